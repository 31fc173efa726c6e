using System.IO;
using System.Linq;
using TranscriptLint.Diagnostics;
using TranscriptLint.Output;
using TranscriptLint.Rules;

namespace TranscriptLint.Cli.Output;

/// <summary>For people: findings grouped by file, then a summary by rule.</summary>
internal sealed class TextReportWriter : IReportWriter
{
    public void Write(LintRun run, TextWriter writer)
    {
        int files = 0, filesWithFindings = 0;
        foreach (var outcome in run.Linted)
        {
            files++;
            var diagnostics = outcome.Result!.Diagnostics;
            if (diagnostics.Count == 0) continue;
            filesWithFindings++;
            writer.WriteLine(Printable.Escape(outcome.DisplayPath));
            foreach (var d in diagnostics)
            {
                string place = $"{d.Start.Line}:{d.Start.Column}";
                writer.WriteLine($"  {place,-8} {d.Severity.ToDisplayString(),-10} {d.RuleId}  {d.Message}");
            }

            writer.WriteLine();
        }

        var all = run.Diagnostics.ToList();
        int errors = all.Count(d => d.Severity == Severity.Error);
        int warnings = all.Count(d => d.Severity == Severity.Warning);
        int suggestions = all.Count(d => d.Severity == Severity.Suggestion);
        if (all.Count == 0)
        {
            writer.WriteLine($"No problems in {Plural(files, "transcript")}.");
            return;
        }

        writer.WriteLine($"{Plural(all.Count, "problem")} ({Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(suggestions, "suggestion")}) in {filesWithFindings} of {Plural(files, "transcript")}.");
        foreach (var group in all.GroupBy(d => d.RuleId).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            var rule = RuleCatalog.Find(group.Key)?.Descriptor.Name ?? string.Empty;
            writer.WriteLine($"  {group.Key}  {rule,-26} {group.Count(),5}");
        }
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
