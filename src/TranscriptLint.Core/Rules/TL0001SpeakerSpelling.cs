using System;
using System.Collections.Generic;
using TranscriptLint.Diagnostics;
using TranscriptLint.Model;

namespace TranscriptLint.Rules;

/// <summary>
/// TL0001: one speaker spelled two ways in the same file (a letter dropped, doubled or swapped, accents, case,
/// spacing, a shortened surname). Reported on the rarer spelling, naming the other.
/// </summary>
public sealed class TL0001SpeakerSpelling : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "TL0001",
        "speaker-spelling",
        "Speaker name spelled more than one way",
        "A speaker label that is a near-variant of another label in the same file (a letter dropped, doubled or swapped, accents, case, spacing, a shortened surname).",
        "Consistency",
        Severity.Warning);

    /// <summary>Two speakers each used this often are taken to be different people, however close their names.</summary>
    private const int EstablishedUses = 3;

    /// <summary>A comparison bucket larger than this is skipped: pairwise work must stay bounded on hostile input.</summary>
    private const int MaxBucketSize = 32;

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(TranscriptDocument document, RuleContext context)
    {
        var names = CollectNames(document, context.Settings);
        if (names.Count < 2) return;

        var partners = FindNearVariants(names);
        foreach (var name in names)
        {
            if (name.Occurrences.Count == 0 || name.IsPinned) continue;
            SpellingName? best = null;
            foreach (int partnerIndex in partners[name.Index] ?? (IEnumerable<int>)Array.Empty<int>())
            {
                var other = names[partnerIndex];
                if (!ShouldReport(name, other)) continue;
                if (best is null || Rank(other) > Rank(best)) best = other;
            }

            if (best is null) continue;
            string message = best.IsPinned
                ? $"Speaker '{name.Name}' looks like a misspelling of '{best.Name}', the spelling {best.PinnedBy}. Write '{best.Name}', or add '{name.Name}' to its accepted variants in speakers.aliases."
                : $"Speaker '{name.Name}' ({Uses(name.Occurrences.Count)}) looks like a misspelling of '{best.Name}' ({Uses(best.Occurrences.Count)}). Use one spelling for the same speaker; if both are right, list one under speakers.aliases in transcriptlint.json.";
            foreach (var label in name.Occurrences) context.Report(label.NameSpan, message);
        }
    }

    private static int Rank(SpellingName name) => name.IsPinned ? int.MaxValue : name.Occurrences.Count;

    private static string Uses(int count) => count == 1 ? "1 use" : $"{count} uses";

    /// <summary>Whether <paramref name="name"/> is the spelling to report against <paramref name="other"/>.</summary>
    private static bool ShouldReport(SpellingName name, SpellingName other)
    {
        if (name.IsPinned) return false;
        if (other.IsPinned) return true;
        bool sameLetters = name.Squashed == other.Squashed;
        if (!sameLetters && name.Occurrences.Count >= EstablishedUses && other.Occurrences.Count >= EstablishedUses) return false;
        if (name.Occurrences.Count != other.Occurrences.Count) return name.Occurrences.Count < other.Occurrences.Count;
        return name.FirstLine > other.FirstLine;
    }

    /// <summary>
    /// The distinct person labels of the file, plus the spellings config pins (speakers.aliases canonicals and roster
    /// names) so that a lone variant is still caught. A label matching a pinned spelling (ignoring case and accents for
    /// the roster) is never reported against it.
    /// </summary>
    private static List<SpellingName> CollectNames(TranscriptDocument document, Configuration.FileSettings settings)
    {
        var aliases = settings.Aliases;
        var roster = settings.Speakers.RosterFor(document);
        var byName = new Dictionary<string, SpellingName>(StringComparer.Ordinal);
        var names = new List<SpellingName>();
        foreach (var label in document.Labels)
        {
            if (!label.IsPerson || IsAbbreviation(label.Name)) continue;
            if (!byName.TryGetValue(label.Name, out var entry))
            {
                string? pinnedBy = null;
                if (aliases.TryGetCanonical(label.Name, out _)) pinnedBy = "pinned in speakers.aliases";
                else if (roster.TryFindName(label.Name, out _)) pinnedBy = "on the speaker roster";
                entry = new SpellingName(names.Count, label.Name, label.Line) { PinnedBy = pinnedBy };
                byName.Add(label.Name, entry);
                names.Add(entry);
            }

            entry.Occurrences.Add(label);
        }

        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names) present.Add(name.Squashed);
        foreach (var canonical in aliases.Canonical) AddPinned(canonical, "pinned in speakers.aliases");
        foreach (var entry in roster.Entries) AddPinned(entry.Name, "on the speaker roster");
        return names;

        void AddPinned(string spelling, string pinnedBy)
        {
            var entry = new SpellingName(names.Count, spelling, int.MaxValue) { PinnedBy = pinnedBy };
            if (!present.Add(entry.Squashed)) return; // the file already uses it, in some case
            names.Add(entry);
        }
    }

    /// <summary>Short all-capital labels (<c>JDH</c>, <c>RPR</c>) are abbreviations: one letter apart is another person.</summary>
    private static bool IsAbbreviation(string name)
    {
        if (name.Length > 4) return false;
        foreach (char c in name)
        {
            if (!char.IsUpper(c)) return false;
        }

        return true;
    }

    /// <summary>
    /// Pairs of near-variant names, found through shared blocking keys (folded letters, one-letter deletions,
    /// leading words plus the start of the last) so the work grows with the names, not their square.
    /// </summary>
    private static List<int>?[] FindNearVariants(List<SpellingName> names)
    {
        var partners = new List<int>?[names.Count];

        // A file with a few dozen speakers is compared pair by pair: cheaper than building the index.
        if (names.Count <= MaxBucketSize)
        {
            for (int a = 0; a < names.Count; a++)
            {
                for (int b = a + 1; b < names.Count; b++) Pair(names, partners, a, b);
            }

            return partners;
        }

        var buckets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            foreach (var key in BlockingKeys(name)) Add(buckets, key, name.Index);
        }

        var compared = new HashSet<long>(PairComparer.Instance);
        foreach (var bucket in buckets.Values)
        {
            if (bucket.Count < 2 || bucket.Count > MaxBucketSize) continue;
            for (int i = 0; i < bucket.Count; i++)
            {
                for (int j = i + 1; j < bucket.Count; j++)
                {
                    int a = Math.Min(bucket[i], bucket[j]), b = Math.Max(bucket[i], bucket[j]);
                    if (a == b || !compared.Add(((long)a << 32) | (uint)b)) continue;
                    Pair(names, partners, a, b);
                }
            }
        }

        return partners;
    }

    private static void Pair(List<SpellingName> names, List<int>?[] partners, int a, int b)
    {
        if (!AreNearVariants(names[a], names[b])) return;
        (partners[a] ??= new List<int>()).Add(b);
        (partners[b] ??= new List<int>()).Add(a);
    }

    private static IEnumerable<string> BlockingKeys(SpellingName name)
    {
        string squashed = name.Squashed;
        yield return "d:" + squashed;
        for (int i = 0; i < squashed.Length; i++) yield return "d:" + squashed.Remove(i, 1);
        var words = name.Words;
        if (words.Length >= 2)
        {
            // Shortened or stretched surnames ("OJEDI" / "OJEDEJI") share the first words and the surname's start.
            yield return "p:" + string.Join(" ", words, 0, words.Length - 1) + "|" + Prefix(words[words.Length - 1], 3);
            yield return "f:" + Prefix(words[0], 3) + "|" + string.Join(" ", words, 1, words.Length - 1);
        }
    }

    private static string Prefix(string word, int length) => word.Length <= length ? word : word.Substring(0, length);

    private static void Add(Dictionary<string, List<int>> buckets, string key, int index)
    {
        if (!buckets.TryGetValue(key, out var list))
        {
            list = new List<int>(2);
            buckets.Add(key, list);
        }

        if (list.Count == 0 || list[list.Count - 1] != index) list.Add(index);
    }

    /// <summary>
    /// Same letters once case, accents and spacing are folded; or one word differing by one letter (dropped,
    /// doubled, swapped, replaced) or by letters missing from a shortened form. A number or a whole different word
    /// makes two labels different speakers ("Speaker 1"/"Speaker 2", "Recording begins"/"Recording ends").
    /// </summary>
    internal static bool AreNearVariants(SpellingName a, SpellingName b)
    {
        if (a.Squashed == b.Squashed) return true;
        var wordsA = a.Words;
        var wordsB = b.Words;
        if (wordsA.Length != wordsB.Length) return false;
        int differing = -1;
        for (int i = 0; i < wordsA.Length; i++)
        {
            if (wordsA[i] == wordsB[i]) continue;
            if (differing >= 0) return false;
            differing = i;
        }

        if (differing < 0) return false;
        string x = wordsA[differing], y = wordsB[differing];
        if (HasDigit(x) || HasDigit(y)) return false;
        string longer = x.Length >= y.Length ? x : y, shorter = x.Length >= y.Length ? y : x;
        if (longer.Length < 3) return false;
        int distance = NameFolding.Distance(longer, shorter, 3);
        if (distance == 1) return true;

        // A shortened form: the shorter word is the longer with letters left out, and they start alike.
        return shorter.Length >= 4 && distance == longer.Length - shorter.Length && CommonPrefix(longer, shorter) >= 3;
    }

    private static int CommonPrefix(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    private static bool HasDigit(string word)
    {
        foreach (char c in word)
        {
            if (char.IsDigit(c)) return true;
        }

        return false;
    }

    /// <summary>
    /// Hashes a pair key (a &lt;&lt; 32 | b) with a multiplicative mix: long's own hash is a ^ b, which collides for most
    /// pairs and turns the set quadratic on files with many speakers.
    /// </summary>
    private sealed class PairComparer : IEqualityComparer<long>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long value)
        {
            ulong mixed = (ulong)value * 0x9E3779B97F4A7C15UL;
            return (int)(mixed >> 32) ^ (int)mixed;
        }
    }

    /// <summary>One distinct spelling in a file and where it is used.</summary>
    internal sealed class SpellingName
    {
        public SpellingName(int index, string name, int firstLine)
        {
            Index = index;
            Name = name;
            FirstLine = firstLine;
            var folded = NameFolding.Fold(name);
            Squashed = NameFolding.Squash(folded);
            Words = folded.Split(' ');
        }

        public int Index { get; }

        public string Name { get; }

        public int FirstLine { get; }

        public string Squashed { get; }

        public string[] Words { get; }

        /// <summary>Why config makes this spelling right (an alias or the roster), or null: pinned spellings are never reported and win against near-variants.</summary>
        public string? PinnedBy { get; init; }

        public bool IsPinned => PinnedBy is not null;

        public List<SpeakerLabel> Occurrences { get; } = new();
    }
}
