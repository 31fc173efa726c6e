using System;
using System.Collections.Generic;
using TranscriptLint.Rules;

namespace TranscriptLint.Configuration;

/// <summary>
/// What TL0007 asks a roster for its suggestions, indexed once per roster so the cost grows with labels plus entries,
/// not their product: abbreviations by their letters sorted (the same letters reordered) and by all but their last
/// letter (the start of one abbreviation), names by pieces that survive two edits. Each answer is the one a pass over
/// the entries in roster order would give.
/// </summary>
internal sealed class RosterSuggestionIndex
{
    /// <summary>The edit distance within which a name is suggested.</summary>
    public const int MaxNameDistance = 2;

    // Two edits (a swap of neighbours counts as one) touch at most four pieces of a name cut in five, so a name within
    // two edits of the label has a piece found in the label, at most two characters away from where it starts.
    private const int Pieces = 2 * MaxNameDistance + 1;

    private readonly IReadOnlyList<RosterEntry> entries;
    private readonly string[] foldedNames;
    private readonly Dictionary<string, RosterEntry> bySortedLetters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Count, RosterEntry Entry)> byAbbreviationStart = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> byNamePiece = new(StringComparer.Ordinal);

    public RosterSuggestionIndex(IReadOnlyList<RosterEntry> entries)
    {
        this.entries = entries;
        foldedNames = new string[entries.Count];
        for (int i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Abbreviation is { } abbreviation)
            {
                string sorted = NameFolding.SortedLetters(NameFolding.Fold(abbreviation));
                if (!bySortedLetters.ContainsKey(sorted)) bySortedLetters.Add(sorted, entry);
                if (abbreviation.Length >= 1)
                {
                    string start = abbreviation.Substring(0, abbreviation.Length - 1);
                    byAbbreviationStart[start] = byAbbreviationStart.TryGetValue(start, out var seen) ? (seen.Count + 1, entry) : (1, entry);
                }
            }

            string name = NameFolding.Fold(entry.Name);
            foldedNames[i] = name;
            for (int piece = 0; piece < Pieces; piece++)
            {
                string key = PieceKey(name.Length, piece, name.Substring(PieceStart(name.Length, piece), PieceLength(name.Length, piece)));
                if (!byNamePiece.TryGetValue(key, out var list)) byNamePiece.Add(key, list = new List<int>(1));
                if (list.Count == 0 || list[list.Count - 1] != i) list.Add(i);
            }
        }
    }

    /// <summary>The first entry whose folded abbreviation has the same letters as <paramref name="folded"/>, in any order.</summary>
    public RosterEntry? FindSameLetters(string folded)
        => bySortedLetters.TryGetValue(NameFolding.SortedLetters(folded), out var entry) ? entry : null;

    /// <summary>The entries whose abbreviation is <paramref name="start"/> and one more letter (ordinal): how many, and the last.</summary>
    public (int Count, RosterEntry? Entry) FindAbbreviationsStartingWith(string start)
        => byAbbreviationStart.TryGetValue(start, out var found) ? found : (0, null);

    /// <summary>The entry whose folded name is nearest <paramref name="folded"/> within <see cref="MaxNameDistance"/> edits (the first in roster order on a tie), or null.</summary>
    public RosterEntry? FindNearName(string folded)
    {
        var candidates = new HashSet<int>();
        for (int length = Math.Max(0, folded.Length - MaxNameDistance); length <= folded.Length + MaxNameDistance; length++)
        {
            for (int piece = 0; piece < Pieces; piece++)
            {
                int start = PieceStart(length, piece), pieceLength = PieceLength(length, piece);
                for (int shift = -MaxNameDistance; shift <= MaxNameDistance; shift++)
                {
                    int at = start + shift;
                    if (at < 0 || at + pieceLength > folded.Length) continue;
                    if (byNamePiece.TryGetValue(PieceKey(length, piece, folded.Substring(at, pieceLength)), out var list)) candidates.UnionWith(list);
                }
            }
        }

        int best = -1, bestDistance = int.MaxValue;
        foreach (int candidate in candidates)
        {
            int distance = NameFolding.Distance(folded, foldedNames[candidate], MaxNameDistance);
            if (distance > MaxNameDistance) continue;
            if (distance < bestDistance || (distance == bestDistance && candidate < best))
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return best < 0 ? null : entries[best];
    }

    private static int PieceStart(int length, int piece) => piece * length / Pieces;

    private static int PieceLength(int length, int piece) => PieceStart(length, piece + 1) - PieceStart(length, piece);

    private static string PieceKey(int length, int piece, string text) => length + ":" + piece + ":" + text;
}
