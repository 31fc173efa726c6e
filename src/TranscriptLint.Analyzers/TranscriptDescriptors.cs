using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TranscriptLint.Diagnostics;
using TranscriptLint.Rules;

namespace TranscriptLint.Analyzers;

/// <summary>
/// One <see cref="DiagnosticDescriptor"/> per rule of Core's catalog (plus the engine's rule failure TL0000 and the
/// config error TL1000), built from the rules' own metadata so a new rule needs no change here.
/// </summary>
public static class TranscriptDescriptors
{
    /// <summary>The id of a transcriptlint.json that cannot be used, as the CLI and the task report it.</summary>
    public const string ConfigErrorId = ReportingCodes.ConfigErrorId;

    /// <summary>A broken transcriptlint.json: located in the config file at the problem's line and column.</summary>
    public static readonly DiagnosticDescriptor ConfigError = new(
        ConfigErrorId,
        "transcriptlint.json cannot be used",
        "{0}",
        "Configuration",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The transcriptlint.json that applies to these transcripts has an error; the transcripts it governs are not linted until it is fixed.",
        helpLinkUri: "https://github.com/transcriptlint/transcriptlint/blob/main/docs/configuration.md");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Build();

    /// <summary>Every descriptor the analyzer can report, rules in catalog order, then TL0000 and TL1000.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = CreateAll();

    /// <summary>The descriptor for a rule id, or null when the id is unknown.</summary>
    public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : null;

    /// <summary>Core's severity as a Roslyn severity: suggestion is Info; off (never reported) is Hidden.</summary>
    public static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Suggestion => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    /// <summary>
    /// Rules that need every transcript of the compilation (TL0013): reported by a compilation-end action, so their
    /// descriptors carry the CompilationEnd tag (RS1037); the IDE then shows them after a full analysis, not live per file.
    /// </summary>
    public static bool IsCompilationEnd(string id) => string.Equals(id, TL0013SpeakerSpellingAcrossFiles.Rule.Id, StringComparison.Ordinal);

    /// <summary>The descriptor for one of Core's rules: id, title, message format "{0}" (Core writes the message), category, default severity, help link.</summary>
    public static DiagnosticDescriptor Create(RuleDescriptor rule) => new(
        rule.Id,
        rule.Title,
        "{0}",
        rule.Category,
        ToRoslyn(rule.DefaultSeverity),
        isEnabledByDefault: true,
        description: rule.Description,
        helpLinkUri: rule.HelpUri,
        customTags: IsCompilationEnd(rule.Id) ? new[] { rule.Name, WellKnownDiagnosticTags.CompilationEnd } : new[] { rule.Name });

    private static Dictionary<string, DiagnosticDescriptor> Build()
    {
        var map = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var descriptor in RuleCatalog.Descriptors) map[descriptor.Id] = Create(descriptor);
        map[ConfigErrorId] = ConfigError;
        return map;
    }

    private static ImmutableArray<DiagnosticDescriptor> CreateAll()
    {
        var builder = ImmutableArray.CreateBuilder<DiagnosticDescriptor>(RuleCatalog.Descriptors.Count + 1);
        foreach (var descriptor in RuleCatalog.Descriptors) builder.Add(ById[descriptor.Id]);
        builder.Add(ConfigError);
        return builder.ToImmutable();
    }
}
