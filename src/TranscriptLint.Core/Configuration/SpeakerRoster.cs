using System;
using System.Collections.Generic;
using TranscriptLint.Rules;

namespace TranscriptLint.Configuration;

/// <summary>One person on a roster: a full name and, as standards bodies keep them, an optional abbreviation.</summary>
public sealed class RosterEntry
{
    public RosterEntry(string name, string? abbreviation, string source, int line)
    {
        Name = name;
        Abbreviation = abbreviation;
        Source = source;
        Line = line;
    }

    public string Name { get; }

    /// <summary>The label used in notes, such as <c>JHD</c> for <c>Jane H. Doe (JHD)</c>.</summary>
    public string? Abbreviation { get; }

    /// <summary>The roster file and line it came from, for messages.</summary>
    public string Source { get; }

    public int Line { get; }

    public override string ToString() => Abbreviation is null ? Name : $"{Name} ({Abbreviation})";
}

/// <summary>
/// <c>speakers.roster</c>: the people who may speak, from one or more roster files. Names match ignoring case and
/// accents (labels are often written in capitals); abbreviations match ignoring case.
/// </summary>
public sealed class SpeakerRoster
{
    public static readonly SpeakerRoster Empty = new(Array.Empty<RosterEntry>(), Array.Empty<string>());

    private readonly Dictionary<string, RosterEntry> byFoldedName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RosterEntry> byAbbreviation = new(StringComparer.OrdinalIgnoreCase);

    public SpeakerRoster(IReadOnlyList<RosterEntry> entries, IReadOnlyList<string> files)
    {
        Entries = entries;
        Files = files;
        foreach (var entry in entries)
        {
            byFoldedName[NameFolding.Fold(entry.Name)] = entry;
            if (entry.Abbreviation is not null) byAbbreviation[entry.Abbreviation] = entry;
        }
    }

    public IReadOnlyList<RosterEntry> Entries { get; }

    /// <summary>The roster files, as named in the config.</summary>
    public IReadOnlyList<string> Files { get; }

    public bool IsEmpty => Entries.Count == 0;

    public bool TryFindName(string name, out RosterEntry entry)
    {
        // Asked of every label; without a roster there is nothing to fold the name for.
        if (byFoldedName.Count == 0)
        {
            entry = null!;
            return false;
        }

        return byFoldedName.TryGetValue(NameFolding.Fold(name), out entry!);
    }

    public bool TryFindAbbreviation(string abbreviation, out RosterEntry entry) => byAbbreviation.TryGetValue(abbreviation, out entry!);

    /// <summary>The entry whose abbreviation is exactly <paramref name="abbreviation"/>, case included (<see cref="TryFindAbbreviation"/> ignores case).</summary>
    public bool TryFindExactAbbreviation(string abbreviation, out RosterEntry entry) =>
        TryFindAbbreviation(abbreviation, out entry) && string.Equals(entry.Abbreviation, abbreviation, StringComparison.Ordinal);

    /// <summary>The one entry whose first name is <paramref name="firstName"/> (<c>Istvan</c> for Istvan Sebestyen); false when none or several.</summary>
    public bool TryFindFirstName(string firstName, out RosterEntry entry)
    {
        if (byFirstName is null)
        {
            var map = new Dictionary<string, RosterEntry?>(StringComparer.Ordinal);
            foreach (var candidate in Entries)
            {
                string folded = NameFolding.Fold(candidate.Name);
                int space = folded.IndexOf(' ');
                if (space <= 0) continue;
                string first = folded.Substring(0, space);
                map[first] = map.ContainsKey(first) ? null : candidate;
            }

            byFirstName = map;
        }

        byFirstName.TryGetValue(NameFolding.Fold(firstName), out var found);
        entry = found!;
        return found is not null;
    }

    private Dictionary<string, RosterEntry?>? byFirstName;

    private RosterSuggestionIndex? suggestions;

    /// <summary>The indexes behind TL0007's suggestions, built on first use (a roster is shared by every file it governs).</summary>
    internal RosterSuggestionIndex Suggestions
    {
        get
        {
            var index = System.Threading.Volatile.Read(ref suggestions);
            if (index is not null) return index;
            index = new RosterSuggestionIndex(Entries);
            return System.Threading.Interlocked.CompareExchange(ref suggestions, index, null) ?? index;
        }
    }

    /// <summary>Reads roster text: one name a line, or <c>Full Name (ABBR)</c>; <c>#</c> starts a comment.</summary>
    public static IReadOnlyList<RosterEntry> Parse(string text, string source)
    {
        var entries = new List<RosterEntry>();
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line.Substring(0, hash);
            line = line.Trim().TrimStart('\uFEFF');
            if (line.Length == 0) continue;
            string? abbreviation = null;
            if (line.EndsWith(")", StringComparison.Ordinal))
            {
                int open = line.LastIndexOf('(');
                if (open > 0)
                {
                    abbreviation = line.Substring(open + 1, line.Length - open - 2).Trim();
                    line = line.Substring(0, open).Trim();
                    if (abbreviation.Length == 0) abbreviation = null;
                }
            }

            entries.Add(new RosterEntry(line, abbreviation, source, i + 1));
        }

        return entries;
    }
}
