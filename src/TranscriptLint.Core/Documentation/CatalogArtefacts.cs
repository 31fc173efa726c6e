using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TranscriptLint.Diagnostics;
using TranscriptLint.Dialects;
using TranscriptLint.Rules;

namespace TranscriptLint.Documentation;

/// <summary>
/// A block of a committed file that is generated from the catalog: the lines between
/// <c>&lt;!-- generated: NAME --&gt;</c> and <c>&lt;!-- end generated: NAME --&gt;</c>.
/// </summary>
public sealed class GeneratedRegion
{
    public GeneratedRegion(string file, string name, Func<string> generate)
    {
        File = file;
        Name = name;
        Generate = generate;
    }

    /// <summary>The file, relative to the repository root, with '/' separators.</summary>
    public string File { get; }

    public string Name { get; }

    /// <summary>The region's lines (each ending in '\n').</summary>
    public Func<string> Generate { get; }

    public override string ToString() => $"{File}#{Name}";
}

/// <summary>
/// The facts that committed files repeat, generated from <see cref="RuleCatalog"/>, <see cref="ReportingCodes"/> and
/// <see cref="DialectRegistry"/> (as <see cref="Configuration.ConfigSchema"/> generates the config schema). A test fails
/// when a committed region is stale; <c>TRANSCRIPTLINT_ACCEPT=1 dotnet test</c> rewrites it locally (never in CI).
/// </summary>
public static class CatalogArtefacts
{
    public static readonly IReadOnlyList<GeneratedRegion> Regions = new[]
    {
        // Markdown regions keep a blank line on each side, so the markers never touch the table.
        new GeneratedRegion("README.md", "rule-table", () => "\n" + ReadmeRuleTable() + "\n"),
        new GeneratedRegion("docs/configuration.md", "rule-options", () => "\n" + RuleOptionsTable() + "\n"),
        new GeneratedRegion("build/TranscriptLint.targets", "warning-codes", WarningCodesProperty),
        new GeneratedRegion("build/TranscriptLint.props", "default-globs", DefaultGlobsProperty),
    };

    /// <summary>The README's table of rules: id (linking its docs page), name, default severity, title.</summary>
    public static string ReadmeRuleTable()
    {
        var text = new StringBuilder();
        text.Append("| Id | Name | Default | What it finds |\n");
        text.Append("|----|------|---------|---------------|\n");
        foreach (var rule in RuleCatalog.All)
        {
            var d = rule.Descriptor;
            text.Append($"| [{d.Id}](docs/rules/{d.Id}.md) | {d.Name} | {d.DefaultSeverity.ToDisplayString()} | {d.Title} |\n");
        }

        return text.ToString();
    }

    /// <summary>docs/configuration.md's table of each rule's options (name, type, default, what it does).</summary>
    public static string RuleOptionsTable()
    {
        var text = new StringBuilder();
        text.Append("| Rule | Options |\n");
        text.Append("|------|---------|\n");
        foreach (var rule in RuleCatalog.All)
        {
            var d = rule.Descriptor;
            var options = new List<string>();
            foreach (var option in rule.Options)
            {
                options.Add($"`{option.Name}`: {Describe(option.Kind)}, default {Format(option.DefaultValue)}. {option.Description}");
            }

            text.Append($"| [{d.Id}](rules/{d.Id}.md) {d.Name} | {(options.Count == 0 ? "none" : string.Join("<br>", options))} |\n");
        }

        return text.ToString();
    }

    /// <summary>The targets' codes that TreatWarningsAsErrors promotes: every code a finding can carry.</summary>
    public static string WarningCodesProperty() =>
        $"    <_TranscriptLintWarningCodes>{string.Join(";", ReportingCodes.AllIds)}</_TranscriptLintWarningCodes>\n";

    /// <summary>The props' default Transcript globs: every registered dialect's extension.</summary>
    public static string DefaultGlobsProperty() =>
        $"    <_TranscriptLintDefaultGlobs>{string.Join(";", DialectRegistry.DefaultGlobs)}</_TranscriptLintDefaultGlobs>\n";

    public static string StartMarker(string name) => $"<!-- generated: {name} -->";

    public static string EndMarker(string name) => $"<!-- end generated: {name} -->";

    /// <summary>The lines between the region's markers, or null when the file has no such region.</summary>
    public static string? Extract(string fileText, string name)
    {
        if (!Find(fileText, name, out int start, out int end)) return null;
        return fileText.Substring(start, end - start);
    }

    /// <summary>The file with the region's lines replaced. Throws when the markers are missing.</summary>
    public static string Splice(string fileText, string name, string content)
    {
        if (!Find(fileText, name, out int start, out int end)) throw new InvalidOperationException($"no region '{name}': add the lines {StartMarker(name)} and {EndMarker(name)}.");
        return fileText.Substring(0, start) + content + fileText.Substring(end);
    }

    /// <summary>Start: after the start marker's line; end: at the start of the end marker's line.</summary>
    private static bool Find(string text, string name, out int start, out int end)
    {
        start = end = -1;
        int open = text.IndexOf(StartMarker(name), StringComparison.Ordinal);
        if (open < 0) return false;
        int lineEnd = text.IndexOf('\n', open);
        if (lineEnd < 0) return false;
        start = lineEnd + 1;
        int close = text.IndexOf(EndMarker(name), start, StringComparison.Ordinal);
        if (close < 0) return false;
        end = text.LastIndexOf('\n', close) + 1;
        return end >= start;
    }

    private static string Describe(RuleOptionKind kind) => kind switch
    {
        RuleOptionKind.PositiveNumber => "a number greater than 0",
        RuleOptionKind.Boolean => "`true` or `false`",
        _ => "a string",
    };

    private static string Format(object value) => value switch
    {
        double number => number.ToString("G", CultureInfo.InvariantCulture),
        bool flag => flag ? "`true`" : "`false`",
        string s => $"`\"{s}\"`",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
