using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TranscriptLint.Analyzers;

/// <summary>
/// Lints the transcripts that the TranscriptLint package hands the compiler as AdditionalFiles (metadata
/// <c>TranscriptLintKind=Transcript</c>), with the transcriptlint.json files it hands over beside them, through
/// TranscriptLint.Core: the same findings as the CLI and the MSBuild task, as compiler diagnostics located in the
/// transcript. transcriptlint.json decides each finding's severity; Roslyn's own options (a .globalconfig's
/// <c>dotnet_diagnostic.TL0001.severity</c>, <c>NoWarn</c>, <c>WarningsAsErrors</c>) then apply as to any analyzer.
/// The analyzer reads no file itself: everything comes through <see cref="AnalyzerOptions"/>. Per-file rules are
/// reported per additional file; TL0013 (spellings across the compilation's transcripts) at compilation end.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TranscriptLintAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => TranscriptDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var session = new AnalysisSession(start.Options);
            if (session.IsEmpty) return;
            start.RegisterAdditionalFileAction(session.Analyze);

            // TL0013 needs every transcript: worked out once all are linted (each file is linted once either way).
            start.RegisterCompilationEndAction(session.AnalyzeRun);
        });
    }
}
