using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TranscriptLint.Configuration;
using TranscriptLint.Engine;
using CoreDiagnostic = TranscriptLint.Diagnostics.Diagnostic;
using CoreSourceText = TranscriptLint.Text.SourceText;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;
using RoslynSourceText = Microsoft.CodeAnalysis.Text.SourceText;

namespace TranscriptLint.Analyzers;

/// <summary>
/// One compilation's view of the AdditionalFiles: which are transcripts and which are configs. Which config applies to a
/// transcript (the nearest transcriptlint.json walking up, or the project's <c>TranscriptLintConfigFile</c>), whether a
/// file is linted and what is kept are decided by Core's <see cref="LintSession"/>, which reads only through
/// <see cref="AdditionalFilesHost"/>. Thread-safe: files are analyzed concurrently.
/// </summary>
internal sealed class AnalysisSession
{
    private readonly AnalyzerOptions options;
    private readonly AdditionalFilesHost host;
    private readonly LintSession session;
    private readonly int transcriptCount;

    // Each transcript's outcome, linted once whether its additional-file action or the compilation-end action asks first.
    private readonly ConcurrentDictionary<string, Lazy<FileOutcome?>> outcomes = new(StringComparer.Ordinal);
    private readonly int configCount;
    private readonly AdditionalText? baselineFile;
    private readonly Lazy<(Baseline? Baseline, ConfigException? Error)> baseline;

    public AnalysisSession(AnalyzerOptions options)
    {
        this.options = options;
        host = new AdditionalFilesHost(options.AdditionalFiles, GetKind);
        string? projectConfig = null;
        foreach (var file in host.Files)
        {
            switch (GetKind(file))
            {
                case AnalyzerMetadata.Transcript:
                    transcriptCount++;
                    break;
                case AnalyzerMetadata.Config:
                    configCount++;
                    break;
                case AnalyzerMetadata.ProjectConfig:
                    configCount++;
                    projectConfig ??= AdditionalFilesHost.Normalize(file.Path);
                    break;
                case AnalyzerMetadata.Baseline:
                    baselineFile ??= file;
                    break;
            }
        }

        baseline = new Lazy<(Baseline?, ConfigException?)>(LoadBaseline, LazyThreadSafetyMode.ExecutionAndPublication);

        session = new LintSession(host, new LintSessionOptions { ExplicitConfigPath = projectConfig });
    }

    /// <summary>True when no additional file is marked for TranscriptLint: nothing to do (a baseline alone lints nothing).</summary>
    public bool IsEmpty => transcriptCount == 0 && configCount == 0;

    public void Analyze(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        if (!host.IsFirst(file)) return;
        switch (GetKind(file))
        {
            case AnalyzerMetadata.Transcript:
                AnalyzeTranscript(context, file);
                break;
            case AnalyzerMetadata.Config:
            case AnalyzerMetadata.ProjectConfig:
                // A broken config is reported once, in the config file itself; the transcripts it governs stay silent.
                try
                {
                    session.Configs.Load(AdditionalFilesHost.Normalize(file.Path));
                }
                catch (ConfigException error)
                {
                    context.ReportDiagnostic(CreateConfigDiagnostic(file, error, context.CancellationToken));
                }

                break;
            case AnalyzerMetadata.Baseline:
                // A broken baseline is reported in itself; nothing is then filtered (every finding shows).
                if (ReferenceEquals(file, baselineFile) && baseline.Value.Error is { } baselineError)
                {
                    context.ReportDiagnostic(CreateConfigDiagnostic(file, baselineError, context.CancellationToken));
                }

                break;
        }
    }

    private void AnalyzeTranscript(AdditionalFileAnalysisContext context, AdditionalText file)
    {
        var text = file.GetText(context.CancellationToken);
        if (text is null) return; // The compiler reports files it cannot read.

        // Items from the default globs are found files, as on the CLI's folder walk: the config's include/exclude globs
        // decide, and a file that does not look like a transcript (a README) is skipped. The session decides both.
        var outcome = Outcome(file, context.CancellationToken);
        if (outcome is null || !outcome.IsLinted) return;

        foreach (var finding in BeyondBaseline(outcome, outcome.Result!.Diagnostics))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var diagnostic = CreateDiagnostic(finding, file.Path, text.Length);
            if (diagnostic is not null) context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>
    /// Compilation end: TL0013 over every transcript of the compilation (any not analyzed yet is linted now), each
    /// finding reported at its transcript, in the same order and with the same severity mapping as the other rules.
    /// </summary>
    public void AnalyzeRun(CompilationAnalysisContext context)
    {
        var linted = new List<(AdditionalText File, LintResult Result)>();
        foreach (var file in host.Files)
        {
            if (GetKind(file) != AnalyzerMetadata.Transcript) continue;
            context.CancellationToken.ThrowIfCancellationRequested();
            if (Outcome(file, context.CancellationToken) is { IsLinted: true, Result: { } result }) linted.Add((file, result));
        }

        linted.Sort((a, b) => string.CompareOrdinal(a.Result.Path, b.Result.Path));
        var results = new List<LintResult>(linted.Count);
        foreach (var item in linted) results.Add(item.Result);
        var findings = RunPasses.CrossFileFindings(results);
        if (findings.Count == 0) return;
        foreach (var (file, result) in linted)
        {
            if (!findings.TryGetValue(result, out var list)) continue;
            var text = file.GetText(context.CancellationToken);
            if (text is null) continue;
            foreach (var finding in BeyondBaseline(Outcome(file, context.CancellationToken)!, list))
            {
                var diagnostic = CreateDiagnostic(finding, file.Path, text.Length);
                if (diagnostic is not null) context.ReportDiagnostic(diagnostic);
            }
        }
    }

    /// <summary>
    /// The findings of one file beyond the baseline (all of them without one). Entries are keyed by file, so each file
    /// (and the compilation-end findings, of another rule) is matched on its own.
    /// </summary>
    private IReadOnlyList<CoreDiagnostic> BeyondBaseline(FileOutcome outcome, IReadOnlyList<CoreDiagnostic> findings)
    {
        if (baseline.Value.Baseline is not { } frozen || findings.Count == 0) return findings;
        string folder = Path.GetDirectoryName(AdditionalFilesHost.Normalize(baselineFile!.Path)) ?? string.Empty;
        return frozen.Match().Filter(BaselinePass.RelativeFile(folder, outcome.FullPath), findings);
    }

    private (Baseline?, ConfigException?) LoadBaseline()
    {
        if (baselineFile is null) return (null, null);
        string path = AdditionalFilesHost.Normalize(baselineFile.Path);
        try
        {
            var text = baselineFile.GetText(CancellationToken.None) ?? throw new ConfigException(path, 1, 1, "the compiler could not read the baseline.");
            return (Baseline.Parse(text.ToString(), path), null);
        }
        catch (ConfigException ex)
        {
            return (null, ex);
        }
    }

    private FileOutcome? Outcome(AdditionalText file, CancellationToken cancellationToken)
    {
        string path = AdditionalFilesHost.Normalize(file.Path);
        bool named = !IsDefaultItem(file);
        var lazy = outcomes.GetOrAdd(path, _ => new Lazy<FileOutcome?>(() => session.LintFile(path, named, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication));
        cancellationToken.ThrowIfCancellationRequested();
        return lazy.Value;
    }

    /// <summary>
    /// Core's finding as a Roslyn diagnostic: Core's severity becomes the reported severity (Roslyn's options apply on
    /// top), and the location is the transcript with Core's span and its 1-based line/column made 0-based.
    /// </summary>
    internal static RoslynDiagnostic? CreateDiagnostic(CoreDiagnostic finding, string path, int textLength)
    {
        var descriptor = TranscriptDescriptors.Find(finding.RuleId);
        if (descriptor is null || finding.Severity == Diagnostics.Severity.Off) return null;

        // The span is in UTF-16 offsets of the same decoded text the compiler holds (no BOM), so it addresses the
        // same characters; clamped for the one case where the texts differ (bytes that are not valid UTF-8).
        int start = Math.Min(finding.Span.Start, textLength);
        int end = Math.Min(Math.Max(finding.Span.End, start), textLength);
        var lineSpan = new Microsoft.CodeAnalysis.Text.LinePositionSpan(
            new Microsoft.CodeAnalysis.Text.LinePosition(finding.Start.Line - 1, finding.Start.Column - 1),
            new Microsoft.CodeAnalysis.Text.LinePosition(finding.End.Line - 1, finding.End.Column - 1));
        var location = Location.Create(path, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, end), lineSpan);
        return RoslynDiagnostic.Create(descriptor, location, TranscriptDescriptors.ToRoslyn(finding.Severity), additionalLocations: null, properties: null, finding.Message);
    }

    private static RoslynDiagnostic CreateConfigDiagnostic(AdditionalText file, ConfigException error, CancellationToken cancellationToken)
    {
        string path = string.IsNullOrEmpty(error.FilePath) ? file.Path : error.FilePath;
        int line = Math.Max(error.Line, 1) - 1;
        int column = Math.Max(error.Column, 1) - 1;
        var span = default(Microsoft.CodeAnalysis.Text.TextSpan);
        var text = file.GetText(cancellationToken);
        if (text is not null && line < text.Lines.Count)
        {
            var textLine = text.Lines[line];
            span = new Microsoft.CodeAnalysis.Text.TextSpan(Math.Min(textLine.Start + column, textLine.End), 0);
        }

        var position = new Microsoft.CodeAnalysis.Text.LinePosition(line, column);
        var location = Location.Create(path, span, new Microsoft.CodeAnalysis.Text.LinePositionSpan(position, position));
        return RoslynDiagnostic.Create(TranscriptDescriptors.ConfigError, location, error.Message);
    }

    private string? GetKind(AdditionalText file) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(AnalyzerMetadata.KindKey, out var kind) ? kind.Trim() : null;

    private bool IsDefaultItem(AdditionalText file) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(AnalyzerMetadata.DefaultItemKey, out var value)
        && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
