using System;
using System.Collections.Generic;
using System.Globalization;

namespace TranscriptLint.Tasks;

/// <summary>
/// The findings a no-op build would log again, counted for the one line that stands for them. There is no such count
/// (null) when any of them fails the build: an error, or a warning the build treats as one. Those are all logged again.
/// </summary>
internal sealed class UnchangedFindings
{
    private UnchangedFindings(int warnings, int suggestions, int files)
    {
        Warnings = warnings;
        Suggestions = suggestions;
        Files = files;
    }

    public int Warnings { get; }

    public int Suggestions { get; }

    /// <summary>The files they are in.</summary>
    public int Files { get; }

    public int Findings => Warnings + Suggestions;

    /// <summary>A finding is what carries a rule's code; the task's own messages (SARIF written, baseline counts) carry none.</summary>
    public static bool IsFinding(LoggedEvent e) => e.Code is not null;

    /// <summary>The count, or null when some finding fails the build (<paramref name="wouldBeError"/> says which warnings do).</summary>
    public static UnchangedFindings? Count(IReadOnlyList<LoggedEvent?> events, Func<string, bool> wouldBeError)
    {
        int warnings = 0, suggestions = 0;
        var files = new HashSet<string>(StringComparer.Ordinal);
        var checkedCodes = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e is null || !IsFinding(e)) continue;
            switch (e.Kind)
            {
                case LoggedEventKind.Error:
                    return null;
                case LoggedEventKind.Warning:
                    if (!checkedCodes.TryGetValue(e.Code!, out bool fails)) checkedCodes[e.Code!] = fails = wouldBeError(e.Code!);
                    if (fails) return null;
                    warnings++;
                    break;
                default:
                    suggestions++;
                    break;
            }

            if (e.File is not null) files.Add(e.File);
        }

        return new UnchangedFindings(warnings, suggestions, files.Count);
    }

    /// <summary>The line logged in their place; names the SARIF log, which holds them all, when there is one.</summary>
    public string Describe(string? sarifFile)
    {
        string what = Warnings > 0 && Suggestions > 0
            ? Plural(Warnings, "warning") + " and " + Plural(Suggestions, "suggestion")
            : Warnings > 0 ? Plural(Warnings, "warning") : Plural(Suggestions, "suggestion");
        string where = sarifFile is null ? string.Empty : " All of them are in the SARIF log " + sarifFile + ".";
        return string.Format(
            CultureInfo.InvariantCulture,
            "TranscriptLint: no transcript, config or roster changed since the last build; its {0} in {1} are not printed again.{2} Set TranscriptLintRepeatWarnings=true to print them on every build, or build with --no-incremental.",
            what,
            Plural(Files, "file"),
            where);
    }

    private static string Plural(int count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
