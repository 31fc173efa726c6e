using System.Collections.Generic;
using System.IO;
using TranscriptLint.Diagnostics;
using TranscriptLint.Output;
using TranscriptLint.Rules;

namespace TranscriptLint.Cli.Output;

/// <summary>For people: findings grouped by file, then a summary by rule.</summary>
internal sealed class TextReportWriter : IReportWriter
{
    private readonly Terminal terminal;

    public TextReportWriter(Terminal? terminal = null)
    {
        this.terminal = terminal ?? Terminal.Plain;
    }

    public void Write(LintRun run, TextWriter writer)
    {
        int files = 0, filesWithFindings = 0;
        foreach (var outcome in run.Linted)
        {
            files++;
            var diagnostics = outcome.Result!.Diagnostics;
            if (diagnostics.Count == 0) continue;
            filesWithFindings++;
            writer.WriteLine(terminal.Paint(Printable.Escape(outcome.DisplayPath), "1"));
            foreach (var d in diagnostics)
            {
                string place = $"{d.Start.Line}:{d.Start.Column}";
                string severity = $"{d.Severity.ToDisplayString(),-10}";
                writer.WriteLine($"  {place,-8} {terminal.Paint(severity, SeverityColour(d.Severity))} {terminal.Paint(d.RuleId, "2")}  {d.Message}");
            }

            writer.WriteLine();
        }

        // Counted as they go by, not gathered into a list: a large run's findings are kept packed until now.
        int total = 0, errors = 0, warnings = 0, suggestions = 0;
        var byRule = new SortedDictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var d in run.Diagnostics)
        {
            total++;
            if (d.Severity == Severity.Error) errors++;
            else if (d.Severity == Severity.Warning) warnings++;
            else if (d.Severity == Severity.Suggestion) suggestions++;
            byRule.TryGetValue(d.RuleId, out int count);
            byRule[d.RuleId] = count + 1;
        }

        if (total == 0)
        {
            writer.WriteLine($"No problems in {Plural(files, "transcript")}.");
            return;
        }

        writer.WriteLine($"{Plural(total, "problem")} ({Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(suggestions, "suggestion")}) in {filesWithFindings} of {Plural(files, "transcript")}.");
        foreach (var group in byRule)
        {
            var rule = RuleCatalog.Find(group.Key)?.Descriptor.Name ?? string.Empty;
            writer.WriteLine($"  {group.Key}  {rule,-26} {group.Value,5}");
        }
    }

    private static string SeverityColour(Severity severity) => severity switch
    {
        Severity.Error => "31",
        Severity.Warning => "33",
        _ => "36",
    };

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
