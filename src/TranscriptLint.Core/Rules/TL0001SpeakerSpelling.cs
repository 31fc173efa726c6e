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

        ReportAbbreviationPermutations(document, context);
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

    /// <summary>
    /// In notes with abbreviation labels, a rare permutation of a much-used abbreviation (<c>JDH</c> a few times beside
    /// dozens of <c>JHD</c>) is a slip of the keys, unless the roster lists both.
    /// </summary>
    private static void ReportAbbreviationPermutations(TranscriptDocument document, RuleContext context)
    {
        var uses = new Dictionary<string, List<SpeakerLabel>>(StringComparer.Ordinal);
        foreach (var label in document.Labels)
        {
            if (!label.IsPerson || !IsAbbreviation(label.Name) || label.Name.Length < 3) continue;
            if (!uses.TryGetValue(label.Name, out var list)) uses[label.Name] = list = new List<SpeakerLabel>();
            list.Add(label);
        }

        if (uses.Count < 2) return;
        var bySorted = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var name in uses.Keys)
        {
            var letters = name.ToCharArray();
            Array.Sort(letters);
            string sorted = new string(letters);
            if (!bySorted.TryGetValue(sorted, out var group)) bySorted[sorted] = group = new List<string>();
            group.Add(name);
        }

        var roster = context.Settings.Speakers.RosterFor(document);
        foreach (var group in bySorted.Values)
        {
            if (group.Count < 2) continue;
            group.Sort((a, b) => uses[b].Count.CompareTo(uses[a].Count));
            string dominant = group[0];
            int dominantUses = uses[dominant].Count;
            for (int i = 1; i < group.Count; i++)
            {
                string rare = group[i];
                int rareUses = uses[rare].Count;
                if (rareUses * PermutationRatio > dominantUses || dominantUses < 10 || roster.TryFindAbbreviation(rare, out _)) continue;
                string message = $"Speaker '{rare}' ({Uses(rareUses)}) has the letters of '{dominant}' ({Uses(dominantUses)}) in another order: likely a slip. Write '{dominant}', or add '{rare}' to the roster if this is someone else.";
                foreach (var label in uses[rare]) context.Report(label.NameSpan, message);
            }
        }
    }

    /// <summary>A permuted abbreviation is a slip when the usual one is used at least this many times as often.</summary>
    private const int PermutationRatio = 8;

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
                else if (IsFrontMatterSpeaker(document, label.Name)) pinnedBy = "named in the front matter's speakers";
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

    /// <summary>The file's front matter lists the speaker, in full or (for a one-word label) by first name.</summary>
    private static bool IsFrontMatterSpeaker(TranscriptDocument document, string name)
    {
        if (document.FrontMatterSpeakers.Count == 0) return false;
        // Exactly as written: the front matter pins a spelling, so "Aaron Van Wirdum" is still a slip of "Aaron van Wirdum".
        foreach (var speaker in document.FrontMatterSpeakers)
        {
            if (speaker == name) return true;
            int space = speaker.IndexOf(' ');
            if (space > 0 && name.IndexOf(' ') < 0 && string.CompareOrdinal(speaker, 0, name, 0, space) == 0 && name.Length == space) return true;
        }

        return false;
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
            foreach (var key in Dialects.NameVariants.BlockingKeys(name.Key)) Add(buckets, key, name.Index);
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

    private static void Add(Dictionary<string, List<int>> buckets, string key, int index)
    {
        if (!buckets.TryGetValue(key, out var list))
        {
            list = new List<int>(2);
            buckets.Add(key, list);
        }

        if (list.Count == 0 || list[list.Count - 1] != index) list.Add(index);
    }

    internal static bool AreNearVariants(SpellingName a, SpellingName b) => Dialects.NameVariants.AreNear(a.Key, b.Key);

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
            Key = new Dialects.NameKey(name);
        }

        public int Index { get; }

        public string Name { get; }

        public int FirstLine { get; }

        public Dialects.NameKey Key { get; }

        public string Squashed => Key.Squashed;

        /// <summary>Why config makes this spelling right (an alias or the roster), or null: pinned spellings are never reported and win against near-variants.</summary>
        public string? PinnedBy { get; init; }

        public bool IsPinned => PinnedBy is not null;

        public List<SpeakerLabel> Occurrences { get; } = new();
    }
}
