using System;
using System.Collections.Concurrent;
using System.IO;
using TranscriptLint.Engine;

namespace TranscriptLint.Configuration;

/// <summary>
/// Config discovery, the one copy every front end uses: the transcriptlint.json that applies to a file is the nearest
/// one walking up from the file's folder, or the one given explicitly. Which files exist and what they hold comes from
/// an <see cref="ILintHost"/> (the disk, or the config files a compilation was given). Thread-safe; each folder is
/// looked up and each config parsed once, and a broken config's error is kept for every file it governs.
/// </summary>
public sealed class ConfigResolver
{
    private readonly ILintHost host;
    private readonly string? explicitConfigPath;
    private readonly ConcurrentDictionary<string, Lazy<TranscriptLintConfig?>> byDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<TranscriptLintConfig>> byPath = new(StringComparer.Ordinal);

    /// <summary>On the disk; an explicit config is read (and a broken one throws) here.</summary>
    public ConfigResolver(string? explicitConfigPath = null)
        : this(DiskLintHost.Default, explicitConfigPath)
    {
        if (explicitConfigPath is not null) Load(explicitConfigPath);
    }

    /// <summary>Through <paramref name="host"/>; an explicit config is read on first use (see <see cref="ExplicitConfig"/>).</summary>
    public ConfigResolver(ILintHost host, string? explicitConfigPath)
    {
        this.host = host;
        this.explicitConfigPath = explicitConfigPath;
    }

    /// <summary>The config given explicitly (read now), or null. Throws <see cref="ConfigException"/> for a broken one.</summary>
    public TranscriptLintConfig? ExplicitConfig => explicitConfigPath is null ? null : Load(explicitConfigPath);

    /// <summary>The config for a file, or null when none applies. Throws <see cref="ConfigException"/> for a broken one.</summary>
    public TranscriptLintConfig? ForFile(string fullPath)
    {
        if (explicitConfigPath is not null) return Load(explicitConfigPath);
        string? directory = Path.GetDirectoryName(fullPath);
        return directory is null ? null : ForDirectory(directory);
    }

    public FileSettings GetSettings(string fullPath) => ForFile(fullPath)?.GetFileSettings(fullPath) ?? FileSettings.Default;

    public TranscriptLintConfig? ForDirectory(string directory)
    {
        if (explicitConfigPath is not null) return Load(explicitConfigPath);

        // Lazy keeps a broken config's exception for every caller, and parses each file once under contention.
        return byDirectory.GetOrAdd(directory, d => new Lazy<TranscriptLintConfig?>(() => Find(d))).Value;
    }

    /// <summary>
    /// The config file at <paramref name="fullPath"/>, parsed once (roster files read through the host). Throws
    /// <see cref="ConfigException"/> for a broken or unreadable one.
    /// </summary>
    public TranscriptLintConfig Load(string fullPath) =>
        byPath.GetOrAdd(fullPath, p => new Lazy<TranscriptLintConfig>(() => Parse(p))).Value;

    private TranscriptLintConfig Parse(string path)
    {
        string text;
        try
        {
            text = host.ReadSettingsText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ConfigException(path, 1, 1, $"Cannot read the config file: {ex.Message}");
        }

        return ConfigLoader.Parse(text, path, host.ReadSettingsText);
    }

    private TranscriptLintConfig? Find(string directory)
    {
        string candidate = Path.Combine(directory, ConfigLoader.FileName);
        if (host.HasConfigFile(candidate)) return Load(candidate);
        string? parent = Path.GetDirectoryName(directory);
        return parent is null || parent == directory ? null : ForDirectory(parent);
    }
}
