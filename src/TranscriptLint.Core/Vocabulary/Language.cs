using System;
using System.Collections.Generic;

namespace TranscriptLint.Vocabulary;

/// <summary>
/// The words of one language that the readers and rules recognise: end markers, weekdays and months, the lead-ins of
/// notes, group and marker labels, name particles, and the words some rules read in headings and labels. One file per
/// language (<c>English.cs</c>, <c>French.cs</c>, …); <see cref="Languages"/> joins them for the code that reads them.
/// </summary>
internal sealed class Language
{
    private static readonly string[] None = Array.Empty<string>();

    public Language(string code) => Code = code;

    public string Code { get; }

    /// <summary>End-of-transcript markers used when config names none, in the order they are offered.</summary>
    public string[] EndMarkers { get; init; } = None;

    /// <summary>Weekday names, Monday first (seven, or none).</summary>
    public string[] Weekdays { get; init; } = None;

    /// <summary>Other weekday spellings with their day (<c>sonnabend</c>).</summary>
    public (string Name, DayOfWeek Day)[] WeekdayVariants { get; init; } = Array.Empty<(string, DayOfWeek)>();

    /// <summary>Sets of twelve month names, January first (full names, abbreviations).</summary>
    public string[][] Months { get; init; } = Array.Empty<string[]>();

    /// <summary>Other month spellings with their number (<c>sept</c>, <c>jänner</c>).</summary>
    public (string Name, int Month)[] MonthVariants { get; init; } = Array.Empty<(string, int)>();

    /// <summary>Lead-ins of notes and link lists (<c>Note:</c>, <c>Slides:</c>): never speakers.</summary>
    public string[] NoteKeys { get; init; } = None;

    /// <summary>Note keys that lead a longer lead-in (<c>Note IS:</c>, <c>Update 2:</c>).</summary>
    public string[] LeadingNoteKeys { get; init; } = None;

    /// <summary>Labels for a group rather than a person (<c>All:</c>, <c>Tous :</c>).</summary>
    public string[] Collectives { get; init; } = None;

    /// <summary>Labels that mark a moment rather than a speaker (<c>Break:</c>, <c>Music:</c>): normally empty.</summary>
    public string[] Markers { get; init; } = None;

    /// <summary>Lower-case words inside names (<c>van</c>, <c>de la</c>).</summary>
    public string[] NameParticles { get; init; } = None;

    /// <summary>Words of a schedule (<c>On Wednesday</c>, <c>Next Friday</c>): not a speaker.</summary>
    public string[] ScheduleWords { get; init; } = None;

    /// <summary>Last words of headings that are their own content (<c>Agenda Approved</c>, <c>Break</c>).</summary>
    public string[] StatementWords { get; init; } = None;

    /// <summary>Headings that hold the sections after them at the same level (<c>Agenda</c>, <c>Contents</c>).</summary>
    public string[] ContainerWords { get; init; } = None;

    /// <summary>Headings that hold an item's outcome (<c>Conclusion</c>, <c>Resolution</c>).</summary>
    public string[] ConclusionWords { get; init; } = None;

    /// <summary>Auxiliary verbs: a heading holding one is a sentence reporting its own outcome.</summary>
    public string[] AuxiliaryVerbs { get; init; } = None;

    /// <summary>Role nouns (<c>Audience</c>, <c>Member</c>): labels of unnamed people.</summary>
    public string[] RoleWords { get; init; } = None;

    /// <summary>Words after a bold name in minutes that report speech (<c>**Jane Doe** asks whether…</c>).</summary>
    public string[] ReportingWords { get; init; } = None;
}

/// <summary>Every language's words, joined for the code that reads them.</summary>
internal static class Languages
{
    public static readonly Language[] All = { English.Words, French.Words, Spanish.Words, Portuguese.Words, German.Words, Italian.Words, Dutch.Words, Arabic.Words };

    /// <summary>One list of every language's words of a kind, in language order, without repeats.</summary>
    public static List<string> List(Func<Language, string[]> pick)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var language in All)
        {
            foreach (var word in pick(language))
            {
                if (seen.Add(word)) list.Add(word);
            }
        }

        return list;
    }

    public static HashSet<string> Set(Func<Language, string[]> pick, StringComparer comparer) => new(List(pick), comparer);
}
