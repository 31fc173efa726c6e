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
/// One compilation's view of the AdditionalFiles: which are transcripts and which are configs, the config that applies
/// to each folder (the nearest transcriptlint.json walking up, as the CLI finds it, or the project's
/// <c>TranscriptLintConfigFile</c>), each config parsed once. Thread-safe: files are analyzed concurrently.
/// </summary>
internal sealed class AnalysisSession
{
    private static readonly StringComparer PathComparer = Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly AnalyzerOptions options;

    // The first AdditionalText per path: a file listed twice is linted once.
    private readonly Dictionary<string, AdditionalText> byPath = new(PathComparer);
    private readonly Dictionary<string, AdditionalText> configByDirectory = new(PathComparer);
    private readonly AdditionalText? projectConfig;
    private readonly ConcurrentDictionary<AdditionalText, Lazy<ConfigOutcome>> parsed = new();
    private readonly int transcriptCount;

    public AnalysisSession(AnalyzerOptions options)
    {
        this.options = options;
        foreach (var file in options.AdditionalFiles)
        {
            string key = Normalize(file.Path);
            if (byPath.ContainsKey(key)) continue;
            byPath[key] = file;
            switch (GetKind(file))
            {
                case AnalyzerMetadata.Transcript:
                    transcriptCount++;
                    break;
                case AnalyzerMetadata.Config:
                    string? directory = Path.GetDirectoryName(key);
                    if (directory is not null && !configByDirectory.ContainsKey(directory)) configByDirectory[directory] = file;
                    break;
                case AnalyzerMetadata.ProjectConfig:
                    projectConfig ??= file;
                    break;
            }
        }
    }

    /// <summary>True when no additional file is marked for TranscriptLint: nothing to do.</summary>
    public bool IsEmpty => transcriptCount == 0 && configByDirectory.Count == 0 && projectConfig is null;

    public void Analyze(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        if (!byPath.TryGetValue(Normalize(file.Path), out var first) || !ReferenceEquals(first, file)) return;
        switch (GetKind(file))
        {
            case AnalyzerMetadata.Transcript:
                AnalyzeTranscript(context, file);
                break;
            case AnalyzerMetadata.Config:
            case AnalyzerMetadata.ProjectConfig:
                // A broken config is reported once, in the config file itself; the transcripts it governs stay silent.
                if (GetConfig(file).Error is { } error) context.ReportDiagnostic(CreateConfigDiagnostic(file, error, context.CancellationToken));
                break;
        }
    }

    private void AnalyzeTranscript(AdditionalFileAnalysisContext context, AdditionalText file)
    {
        var text = file.GetText(context.CancellationToken);
        if (text is null) return; // The compiler reports files it cannot read.

        string path = file.Path;
        var configFile = FindConfigFile(path);
        TranscriptLintConfig? config = null;
        if (configFile is not null)
        {
            var outcome = GetConfig(configFile);
            if (outcome.Error is not null) return;
            config = outcome.Config;
        }

        // Items from the default globs are folder-walk candidates, as on the CLI: the config's include/exclude globs
        // decide, and a file that does not look like a transcript (a README) is skipped.
        bool fromDefaultGlobs = IsDefaultItem(file);
        if (fromDefaultGlobs && config is not null && !config.IsIncluded(path)) return;

        var settings = config?.GetFileSettings(path) ?? FileSettings.Default;
        var result = TranscriptLinter.Lint(path, ToCoreText(text), settings);
        if (result.SkippedReason is not null || (fromDefaultGlobs && !result.LooksLikeTranscript)) return;

        foreach (var finding in result.Diagnostics)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var diagnostic = CreateDiagnostic(finding, path, text.Length);
            if (diagnostic is not null) context.ReportDiagnostic(diagnostic);
        }
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

    /// <summary>The project's config, else the nearest config among the AdditionalFiles in the file's folder or above.</summary>
    private AdditionalText? FindConfigFile(string path)
    {
        if (projectConfig is not null) return projectConfig;
        string? directory = Path.GetDirectoryName(Normalize(path));
        while (!string.IsNullOrEmpty(directory))
        {
            if (configByDirectory.TryGetValue(directory!, out var config)) return config;
            string? parent = Path.GetDirectoryName(directory);
            if (parent == directory) break;
            directory = parent;
        }

        return null;
    }

    private ConfigOutcome GetConfig(AdditionalText file) =>
        parsed.GetOrAdd(file, f => new Lazy<ConfigOutcome>(() => ParseConfig(f), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private ConfigOutcome ParseConfig(AdditionalText file)
    {
        // Parsed once for all the files it governs, so not tied to one file's cancellation.
        var text = file.GetText(CancellationToken.None);
        if (text is null) return new ConfigOutcome(null, new ConfigException(file.Path, 1, 1, "Cannot read the config file."));
        try
        {
            return new ConfigOutcome(ConfigLoader.Parse(text.ToString(), file.Path, ReadRosterFile), null);
        }
        catch (ConfigException ex)
        {
            return new ConfigOutcome(null, ex);
        }
    }

    /// <summary>Roster files named by a config: read from the AdditionalFiles (the default Transcript globs cover *.txt and *.md).</summary>
    private string ReadRosterFile(string fullPath)
    {
        if (byPath.TryGetValue(Normalize(fullPath), out var file) && file.GetText(CancellationToken.None) is { } text) return text.ToString();
        throw new FileNotFoundException("the file is not among the compilation's AdditionalFiles; add it to the project as <AdditionalFiles Include=\"...\" />");
    }

    /// <summary>
    /// The text Core lints, exactly as the CLI decodes the file's bytes. The compiler decodes UTF-8 (without BOM), and
    /// falls back to code page 1252 (or Latin-1) for bytes that are not UTF-8; those bytes are recovered and decoded
    /// as Core does, so invalid bytes become U+FFFD and NUL bytes mark a binary file, as on the command line.
    /// </summary>
    internal static CoreSourceText ToCoreText(RoslynSourceText text)
    {
        string content = text.ToString();
        var encoding = text.Encoding;
        if (encoding is UnicodeEncoding) return CoreSourceText.From(content);
        if (encoding is not null && (encoding.CodePage == 1252 || encoding.CodePage == 28591)) return CoreSourceText.FromBytes(encoding.GetBytes(content));
        return CoreSourceText.FromBytes(Encoding.UTF8.GetBytes(content));
    }

    private string? GetKind(AdditionalText file) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(AnalyzerMetadata.KindKey, out var kind) ? kind.Trim() : null;

    private bool IsDefaultItem(AdditionalText file) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(AnalyzerMetadata.DefaultItemKey, out var value)
        && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>One spelling per file: full path with the platform's separator, ".." resolved.</summary>
    private static string Normalize(string path)
    {
        string normalized = path.Replace(Path.AltDirectorySeparatorChar, Path.DirectorySeparatorChar);
        return Path.IsPathRooted(normalized) ? Path.GetFullPath(normalized) : normalized;
    }

    private sealed class ConfigOutcome
    {
        public ConfigOutcome(TranscriptLintConfig? config, ConfigException? error)
        {
            Config = config;
            Error = error;
        }

        public TranscriptLintConfig? Config { get; }

        public ConfigException? Error { get; }
    }
}
