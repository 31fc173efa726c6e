using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace TranscriptLint.Analyzers.Tests.Support;

/// <summary>An additional file as the package's targets hand it to the compiler: text plus its item metadata.</summary>
public sealed class TestAdditionalFile : AdditionalText
{
    private readonly SourceText? text;

    public TestAdditionalFile(string path, SourceText? text, IReadOnlyDictionary<string, string>? metadata = null)
    {
        Path = path;
        this.text = text;
        Metadata = metadata ?? new Dictionary<string, string>();
    }

    public override string Path { get; }

    public IReadOnlyDictionary<string, string> Metadata { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => text;

    /// <summary>A transcript item: named by hand, or from the package's default globs.</summary>
    public static TestAdditionalFile Transcript(string path, string content, bool defaultItem = false) =>
        new(path, SourceText.From(content), Kind("Transcript", defaultItem));

    /// <summary>
    /// A transcript from bytes, decoded as the compiler decodes an additional file (Roslyn's EncodedStringText): the
    /// encoding of a BOM, else strict UTF-8, else (bytes that are not UTF-8) a single-byte code page, Latin-1 here.
    /// </summary>
    public static TestAdditionalFile TranscriptFromBytes(string path, byte[] bytes, bool defaultItem = false)
    {
        SourceText text;
        try
        {
            using var stream = new MemoryStream(bytes);
            text = SourceText.From(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            using var stream = new MemoryStream(bytes);
            text = SourceText.From(stream, Encoding.Latin1);
        }

        return new TestAdditionalFile(path, text, Kind("Transcript", defaultItem));
    }

    public static TestAdditionalFile Config(string path, string content, string kind = "Config") =>
        new(path, SourceText.From(content), Kind(kind, false));

    /// <summary>An additional file TranscriptLint did not mark (another tool's, or a roster file).</summary>
    public static TestAdditionalFile Plain(string path, string content) => new(path, SourceText.From(content));

    private static Dictionary<string, string> Kind(string kind, bool defaultItem)
    {
        var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.TranscriptLintKind"] = kind };
        if (defaultItem) metadata["build_metadata.AdditionalFiles.TranscriptLintDefaultItem"] = "true";
        return metadata;
    }
}

/// <summary>
/// Runs <see cref="TranscriptLintAnalyzer"/> over a one-line C# compilation with the given AdditionalFiles, as the
/// compiler does: item metadata through the AnalyzerConfigOptionsProvider, a .globalconfig's
/// <c>dotnet_diagnostic.*.severity</c> through the compilation's SyntaxTreeOptionsProvider (parsed by Roslyn's own
/// AnalyzerConfig), NoWarn and WarningsAsErrors through the specific diagnostic options.
/// </summary>
public static class AnalyzerRunner
{
    /// <summary>A folder that need not exist: the analyzer reads nothing from disk.</summary>
    public static readonly string Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tl-analyzer-virtual");

    public static string PathOf(string relative) => System.IO.Path.Combine(Root, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public static ImmutableArray<Diagnostic> Run(
        IEnumerable<TestAdditionalFile> files,
        string? globalConfig = null,
        IReadOnlyDictionary<string, ReportDiagnostic>? specificOptions = null,
        ReportDiagnostic generalOption = ReportDiagnostic.Default)
    {
        var list = files.ToImmutableArray<AdditionalText>();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithGeneralDiagnosticOption(generalOption)
            .WithSpecificDiagnosticOptions(specificOptions ?? new Dictionary<string, ReportDiagnostic>());
        if (globalConfig is not null)
        {
            var set = AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse(globalConfig, PathOf(".globalconfig")) });
            options = options.WithSyntaxTreeOptionsProvider(new GlobalOptionsProvider(set.GlobalConfigOptions.TreeOptions));
        }

        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("public static class Greeter { public static string Hello() => \"hello\"; }", path: PathOf("Greeter.cs")) },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            options);

        var analyzerOptions = new AnalyzerOptions(list, new MetadataOptionsProvider(list.OfType<TestAdditionalFile>()));
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new TranscriptLintAnalyzer()),
            new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

        // An analyzer that throws shows as AD0001: never expected.
        var crash = diagnostics.FirstOrDefault(d => d.Id == "AD0001");
        if (crash is not null) throw new InvalidOperationException("The analyzer threw: " + crash.GetMessage());
        return diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>Compact form for assertions: <c>a.txt(10,1): warning TL0001</c>, path relative to <see cref="Root"/>.</summary>
    public static string Short(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        string path = span.Path.StartsWith(Root, StringComparison.Ordinal) ? span.Path.Substring(Root.Length + 1).Replace('\\', '/') : span.Path;
        return $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}";
    }

    private sealed class MetadataOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());
        private readonly Dictionary<AdditionalText, DictionaryOptions> byFile = new();

        public MetadataOptionsProvider(IEnumerable<TestAdditionalFile> files)
        {
            foreach (var file in files) byFile[file] = new DictionaryOptions(file.Metadata);
        }

        public override AnalyzerConfigOptions GlobalOptions => Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => byFile.TryGetValue(textFile, out var options) ? options : Empty;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> values;

        public DictionaryOptions(IReadOnlyDictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = null!;
            return false;
        }
    }

    /// <summary>What the compiler builds from a .globalconfig: global severities, nothing per tree.</summary>
    private sealed class GlobalOptionsProvider : SyntaxTreeOptionsProvider
    {
        private readonly ImmutableDictionary<string, ReportDiagnostic> global;

        public GlobalOptionsProvider(ImmutableDictionary<string, ReportDiagnostic> global) => this.global = global;

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            global.TryGetValue(diagnosticId, out severity);
    }
}
