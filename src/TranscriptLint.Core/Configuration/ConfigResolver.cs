using System;
using System.Collections.Concurrent;
using System.IO;

namespace TranscriptLint.Configuration;

/// <summary>
/// Finds the transcriptlint.json that applies to a file: the nearest one walking up from the file's folder,
/// or the one given explicitly. Thread-safe; each folder is looked up and each config parsed once.
/// </summary>
public sealed class ConfigResolver
{
    private readonly TranscriptLintConfig? explicitConfig;
    private readonly ConcurrentDictionary<string, Lazy<TranscriptLintConfig?>> byDirectory = new(StringComparer.Ordinal);

    public ConfigResolver(string? explicitConfigPath = null)
    {
        if (explicitConfigPath is not null) explicitConfig = ConfigLoader.Load(explicitConfigPath);
    }

    /// <summary>The config for a file, or null when none applies. Throws <see cref="ConfigException"/> for a broken one.</summary>
    public TranscriptLintConfig? ForFile(string fullPath)
    {
        if (explicitConfig is not null) return explicitConfig;
        string? directory = Path.GetDirectoryName(fullPath);
        return directory is null ? null : ForDirectory(directory);
    }

    public FileSettings GetSettings(string fullPath) => ForFile(fullPath)?.GetFileSettings(fullPath) ?? FileSettings.Default;

    public TranscriptLintConfig? ForDirectory(string directory)
    {
        if (explicitConfig is not null) return explicitConfig;

        // Lazy keeps a broken config's exception for every caller, and parses each file once under contention.
        return byDirectory.GetOrAdd(directory, d => new Lazy<TranscriptLintConfig?>(() => Find(d))).Value;
    }

    private TranscriptLintConfig? Find(string directory)
    {
        string candidate = Path.Combine(directory, ConfigLoader.FileName);
        if (File.Exists(candidate)) return ConfigLoader.Load(candidate);
        string? parent = Path.GetDirectoryName(directory);
        return parent is null || parent == directory ? null : ForDirectory(parent);
    }
}
