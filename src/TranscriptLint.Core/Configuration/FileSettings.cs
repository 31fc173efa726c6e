using System.Collections.Generic;
using TranscriptLint.Diagnostics;
using TranscriptLint.Dialects;
using TranscriptLint.Model;

namespace TranscriptLint.Configuration;

/// <summary>The configuration that applies to one file, after overrides: what the engine and rules read.</summary>
public sealed class FileSettings
{
    public static readonly FileSettings Default = new(
        new Dictionary<string, Severity>(),
        new Dictionary<string, IReadOnlyDictionary<string, object>>(),
        EndMarkers.Default,
        SpeakerSettings.Empty,
        forcedDialect: null,
        configPath: null);

    private readonly IReadOnlyDictionary<string, Severity> severities;
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>> ruleOptions;

    public FileSettings(
        IReadOnlyDictionary<string, Severity> severities,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>> ruleOptions,
        EndMarkers endMarkers,
        SpeakerSettings speakers,
        Dialect? forcedDialect,
        string? configPath)
    {
        this.severities = severities;
        this.ruleOptions = ruleOptions;
        EndMarkers = endMarkers;
        Speakers = speakers;
        ReaderOptions = new ReaderOptions(endMarkers, speakers);
        ForcedDialect = forcedDialect;
        ConfigPath = configPath;
    }

    public EndMarkers EndMarkers { get; }

    public SpeakerSettings Speakers { get; }

    public SpeakerAliases Aliases => Speakers.Aliases;

    public SpeakerRoster Roster => Speakers.Roster;

    public Dialect? ForcedDialect { get; }

    /// <summary>The transcriptlint.json these settings came from, or null for built-in defaults.</summary>
    public string? ConfigPath { get; }

    public ReaderOptions ReaderOptions { get; }

    /// <summary>
    /// The severity a rule runs at for a file of this dialect: config when it names the rule, otherwise the
    /// rule's default, except for dialects the rule does not declare (<see cref="RuleDescriptor.DefaultDialects"/>).
    /// </summary>
    public Severity GetSeverity(RuleDescriptor rule, Dialect dialect)
    {
        if (severities.TryGetValue(rule.Id, out var configured)) return configured;
        if (!rule.AppliesByDefaultTo(dialect)) return Severity.Off;
        return rule.DefaultSeverity;
    }

    public IReadOnlyDictionary<string, object>? GetRuleOptions(string ruleId)
        => ruleOptions.TryGetValue(ruleId, out var options) ? options : null;
}
