using System;
using System.Collections.Generic;
using TranscriptLint.Diagnostics;
using TranscriptLint.Dialects;
using TranscriptLint.Globbing;
using TranscriptLint.Model;

namespace TranscriptLint.Configuration;

/// <summary>One parsed transcriptlint.json. Globs are relative to the folder that holds it.</summary>
public sealed class TranscriptLintConfig
{
    /// <summary>What a folder walk considers without an include list: every registered dialect's extension.</summary>
    public static IReadOnlyList<string> DefaultInclude => DialectRegistry.DefaultGlobs;

    internal TranscriptLintConfig(string filePath, string directory, RuleBlock rules, EndMarkers? endMarkers, SpeakerSettings speakers, IReadOnlyList<Glob>? include, IReadOnlyList<Glob> exclude, IReadOnlyList<ConfigOverride> overrides, Dialect? dialect)
    {
        FilePath = filePath;
        Directory = directory;
        Rules = rules;
        EndMarkers = endMarkers;
        Speakers = speakers;
        Include = include;
        Exclude = exclude;
        Overrides = overrides;
        Dialect = dialect;
    }

    public string FilePath { get; }

    /// <summary>
    /// SHA-256 (hex) of everything this config was built from: its own text and the full path and text of every file
    /// it pulled in (roster files). A cache keyed on it goes stale when any of them changes.
    /// </summary>
    /// <remarks>
    /// Worked out on first use: only a cache asks for it, and hashing loads the platform's crypto library (OpenSSL on
    /// Linux: the folder walk of a command-line run that never needs it took about 16 ms with it, 10 ms without).
    /// </remarks>
    public string ContentHash => contentHash ??= hashSources?.Invoke() ?? string.Empty;

    private string? contentHash;
    private Func<string>? hashSources;

    /// <summary>Sets what <see cref="ContentHash"/> is worked out from, when first asked.</summary>
    internal void HashOnDemand(Func<string> hash) => hashSources = hash;

    /// <summary>The full paths of the files the config pulled in (roster files), in the order they were read.</summary>
    public IReadOnlyList<string> IncludedFiles { get; internal set; } = Array.Empty<string>();

    /// <summary>The folder globs are relative to.</summary>
    public string Directory { get; }

    internal RuleBlock Rules { get; }

    internal EndMarkers? EndMarkers { get; }

    internal SpeakerSettings Speakers { get; }

    /// <summary>Null when the config sets no include list (the default extensions apply).</summary>
    internal IReadOnlyList<Glob>? Include { get; }

    internal IReadOnlyList<Glob> Exclude { get; }

    internal IReadOnlyList<ConfigOverride> Overrides { get; }

    internal Dialect? Dialect { get; }

    /// <summary>The path of <paramref name="fullPath"/> relative to the config's folder, with '/' separators.</summary>
    public string GetRelativePath(string fullPath)
    {
        string normalized = fullPath.Replace('\\', '/');
        string root = Directory.Replace('\\', '/').TrimEnd('/') + "/";
        var comparison = System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return normalized.StartsWith(root, comparison) ? normalized.Substring(root.Length) : normalized;
    }

    /// <summary>Whether a file found by walking a folder is one to lint: matched by include, not by exclude.</summary>
    public bool IsIncluded(string fullPath)
    {
        string relative = GetRelativePath(fullPath);
        if (Include is null)
        {
            if (!DialectDetector.IsTranscriptExtension(relative)) return false;
        }
        else if (!MatchesAny(Include, relative))
        {
            return false;
        }

        return !MatchesAny(Exclude, relative);
    }

    /// <summary>The settings for one file: top-level values, then each matching override in order.</summary>
    public FileSettings GetFileSettings(string fullPath)
    {
        string relative = GetRelativePath(fullPath);
        var severities = new Dictionary<string, Severity>(Rules.Severities, StringComparer.Ordinal);
        var options = new Dictionary<string, IReadOnlyDictionary<string, object>>(StringComparer.Ordinal);
        foreach (var pair in Rules.Options) options[pair.Key] = pair.Value;
        var endMarkers = EndMarkers;
        var dialect = Dialect;
        foreach (var entry in Overrides)
        {
            if (!MatchesAny(entry.Files, relative)) continue;
            foreach (var pair in entry.Rules.Severities) severities[pair.Key] = pair.Value;
            foreach (var pair in entry.Rules.Options)
            {
                var merged = new Dictionary<string, object>(StringComparer.Ordinal);
                if (options.TryGetValue(pair.Key, out var existing))
                {
                    foreach (var option in existing) merged[option.Key] = option.Value;
                }

                foreach (var option in pair.Value) merged[option.Key] = option.Value;
                options[pair.Key] = merged;
            }

            endMarkers = entry.EndMarkers ?? endMarkers;
            dialect = entry.Dialect ?? dialect;
        }

        return new FileSettings(severities, options, endMarkers ?? Dialects.EndMarkers.Default, Speakers, dialect, FilePath);
    }

    private static bool MatchesAny(IReadOnlyList<Glob> globs, string relative)
    {
        foreach (var glob in globs)
        {
            if (glob.IsMatch(relative)) return true;
        }

        return false;
    }
}

/// <summary>An entry of "overrides": settings for the files its globs match.</summary>
internal sealed class ConfigOverride
{
    public ConfigOverride(IReadOnlyList<Glob> files, RuleBlock rules, EndMarkers? endMarkers, Dialect? dialect)
    {
        Files = files;
        Rules = rules;
        EndMarkers = endMarkers;
        Dialect = dialect;
    }

    public IReadOnlyList<Glob> Files { get; }

    public RuleBlock Rules { get; }

    public EndMarkers? EndMarkers { get; }

    public Dialect? Dialect { get; }
}

/// <summary>A "rules" object: severities and options by rule id.</summary>
internal sealed class RuleBlock
{
    public static readonly RuleBlock Empty = new(new Dictionary<string, Severity>(), new Dictionary<string, Dictionary<string, object>>());

    public RuleBlock(Dictionary<string, Severity> severities, Dictionary<string, Dictionary<string, object>> options)
    {
        Severities = severities;
        Options = options;
    }

    public Dictionary<string, Severity> Severities { get; }

    public Dictionary<string, Dictionary<string, object>> Options { get; }
}
