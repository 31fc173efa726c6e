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
        ReportAbbreviationSlips(document, context);
        ReportFirstNameForms(document, context);
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
            string? target = FixTarget(name, best, context.Settings);
            // A spelling used in several turns that differs only in case or spacing is one habit: reported once.
            if (name.Occurrences.Count >= EstablishedUses && name.Squashed == best.Squashed)
            {
                context.Report(name.Occurrences[0].NameSpan, message + $" It is written this way in {name.Occurrences.Count} turns; this is reported at the first.", Rename(name.Name, target, name.Occurrences));
                continue;
            }

            foreach (var label in name.Occurrences) context.Report(label.NameSpan, message, Rename(name.Name, target, new[] { label }));
        }
    }

    /// <summary>
    /// In notes with abbreviation labels, a rare abbreviation that is a slip of a much-used one: its letters in another
    /// order (<c>JDH</c> beside dozens of <c>JHD</c>), one letter changed (<c>JHB</c>), or another case (<c>Dh</c>).
    /// Never when the roster lists the rare one: two delegates can have close abbreviations.
    /// </summary>
    private static void ReportAbbreviationSlips(TranscriptDocument document, RuleContext context)
    {
        var uses = new Dictionary<string, List<SpeakerLabel>>(StringComparer.Ordinal);
        foreach (var label in document.LabelList)
        {
            if (!label.IsPerson || !LooksAbbreviated(label.Name)) continue;
            if (!uses.TryGetValue(label.Name, out var list)) uses[label.Name] = list = new List<SpeakerLabel>();
            list.Add(label);
        }

        if (uses.Count < 2) return;
        var roster = context.Settings.Speakers.RosterFor(document);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>(uses.Keys);
        names.Sort((a, b) => uses[b].Count != uses[a].Count ? uses[b].Count.CompareTo(uses[a].Count) : string.CompareOrdinal(a, b));
        foreach (var rare in names)
        {
            int rareUses = uses[rare].Count;
            if (IsListed(roster, rare)) continue;
            foreach (var dominant in names)
            {
                int dominantUses = uses[dominant].Count;
                if (dominant == rare || dominantUses <= rareUses || !IsAbbreviation(dominant)) continue;
                string? how = SlipKind(rare, dominant);
                if (how is null) continue;
                bool dominantListed = IsListed(roster, dominant);
                // A changed letter is a weaker sign than the same letters reordered or recased: it needs a clearer majority.
                int ratio = how == "with one letter changed" ? 5 : 3;
                bool clear = dominantListed ? dominantUses >= 5 && dominantUses >= ratio * rareUses && rareUses <= 5 : dominantUses >= 10 && dominantUses >= PermutationRatio * rareUses;
                if (!clear) continue;

                // Another abbreviation in steady use here that the rare one is as close to: then which delegate was meant
                // is a guess (JRD beside JRL and JHD), so both are named and nothing is renamed.
                var others = new List<string>();
                foreach (var other in names)
                {
                    if (other != rare && other != dominant && uses[other].Count >= RivalUses && IsAbbreviation(other) && SlipKind(rare, other) is not null) others.Add(other);
                }

                reported.Add(rare);
                if (others.Count > 0)
                {
                    string also = string.Join(", ", others.ConvertAll(o => $"'{o}' ({Uses(uses[o].Count)})"));
                    string ambiguous = $"Speaker '{rare}' ({Uses(rareUses)}) is '{dominant}' ({Uses(dominantUses)}) {how}, but as close to {also}: likely a slip of one of them. Write the one meant, or add '{rare}' to the roster if this is someone else.";
                    foreach (var label in uses[rare]) context.Report(label.NameSpan, ambiguous);
                    break;
                }

                string message = $"Speaker '{rare}' ({Uses(rareUses)}) is '{dominant}' ({Uses(dominantUses)}) {how}: likely a slip. Write '{dominant}', or add '{rare}' to the roster if this is someone else.";
                // Reported only when the roster pins the usual one or the majority is clear: the rename is safe.
                foreach (var label in uses[rare]) context.Report(label.NameSpan, message, Rename(rare, dominant, new[] { label }));
                break;
            }
        }

        ReportTwoAbbreviationsOfOnePerson(document, context, uses, roster, reported);
    }

    /// <summary>
    /// One person under two abbreviations in one file: <c>BAN</c>, the roster's abbreviation for Ben Allen, and
    /// <c>BEN</c>, which the file's own attendee list gives Ben Allen. The one the roster does not list is reported,
    /// naming the roster's. Silent when the roster lists both or neither: which one is right is then a guess.
    /// </summary>
    private static void ReportTwoAbbreviationsOfOnePerson(TranscriptDocument document, RuleContext context, Dictionary<string, List<SpeakerLabel>> uses, Configuration.SpeakerRoster roster, HashSet<string> reported)
    {
        if (roster.IsEmpty || document.Attendees.Count == 0) return;
        var byPerson = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var personOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var abbreviation in uses.Keys)
        {
            if (!IsAbbreviation(abbreviation)) continue;
            string? person = roster.TryFindExactAbbreviation(abbreviation, out var entry)
                ? entry.Name
                : document.Attendees.TryGetValue(abbreviation, out var attendee) ? attendee : null;
            if (person is null) continue;
            string key = NameFolding.Squash(NameFolding.Fold(person));
            if (!byPerson.TryGetValue(key, out var list)) byPerson[key] = list = new List<string>();
            list.Add(abbreviation);
            personOf[abbreviation] = person;
        }

        foreach (var abbreviations in byPerson.Values)
        {
            if (abbreviations.Count < 2) continue;
            var listed = abbreviations.FindAll(a => IsListed(roster, a));
            if (listed.Count != 1) continue;
            string pinned = listed[0];
            foreach (var other in abbreviations)
            {
                if (other == pinned || reported.Contains(other)) continue;
                string message = $"Speaker '{other}' ({Uses(uses[other].Count)}) and '{pinned}' ({Uses(uses[pinned].Count)}) are both {personOf[pinned]} in this file (the file introduces them as '{other}'); the roster writes '{pinned}'. Use one abbreviation for one person.";
                foreach (var label in uses[other]) context.Report(label.NameSpan, message, Rename(other, pinned, new[] { label }));
            }
        }
    }

    private static bool IsListed(Configuration.SpeakerRoster roster, string abbreviation) =>
        roster.TryFindExactAbbreviation(abbreviation, out _);

    /// <summary>How <paramref name="rare"/> is a slip of <paramref name="dominant"/>, or null when it is not.</summary>
    private static string? SlipKind(string rare, string dominant)
    {
        if (rare.Length != dominant.Length) return null;
        if (string.Equals(rare, dominant, StringComparison.OrdinalIgnoreCase)) return "in another case";
        if (!IsAbbreviation(rare) || rare.Length < 3) return null;
        if (NameFolding.SameLetters(rare, dominant)) return "with its letters in another order";
        int differing = 0;
        for (int i = 0; i < rare.Length; i++)
        {
            if (rare[i] != dominant[i]) differing++;
        }

        // One letter changed, keeping the first letter: "JHB" for "JHD", not "YK" for "AK".
        return differing == 1 && rare[0] == dominant[0] ? "with one letter changed" : null;
    }

    /// <summary>Two to five letters, at least the first a capital (<c>JHD</c>, <c>Dh</c>): an abbreviation or a slip of one.</summary>
    private static bool LooksAbbreviated(string name)
    {
        if (name.Length < 2 || name.Length > 5 || !char.IsUpper(name[0])) return false;
        foreach (char c in name)
        {
            if (!char.IsLetter(c)) return false;
        }

        return IsAbbreviation(name) || name.Length <= 3;
    }

    /// <summary>Another abbreviation a slip is as close to makes it ambiguous when it is used at least this often in the file.</summary>
    private const int RivalUses = 3;

    /// <summary>A slip is clear when the usual abbreviation (not on a roster) is used at least this many times as often.</summary>
    private const int PermutationRatio = 8;

    /// <summary>
    /// A speaker called by first name in nearly every turn (<c>John:</c> 70 times) and once by full name
    /// (<c>John Newbery:</c>): one form for one speaker.
    /// </summary>
    private static void ReportFirstNameForms(TranscriptDocument document, RuleContext context)
    {
        // Counts by spelling only: the labels themselves are gathered for the rare name reported.
        var spellings = document.Spellings;
        var labels = document.LabelList;
        var uses = new int[spellings.Names.Count];
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i].IsPerson) uses[spellings.Of(i)]++;
        }

        var fullByFirst = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int spelling = 0; spelling < uses.Length; spelling++)
        {
            string name = spellings.Names[spelling];
            int space = name.IndexOf(' ');
            if (uses[spelling] == 0 || space <= 0) continue;
            string first = name.Substring(0, space);
            if (!fullByFirst.TryGetValue(first, out var list)) fullByFirst[first] = list = new List<int>();
            list.Add(spelling);
        }

        string?[]? messages = null;
        foreach (var pair in fullByFirst)
        {
            if (pair.Value.Count != 1 || !spellings.TryFind(pair.Key, out int firstName) || uses[firstName] < FirstNameDominance) continue;
            int full = pair.Value[0];
            if (uses[full] > 2) continue;
            (messages ??= new string?[uses.Length])[full] =
                $"Speaker '{spellings.Names[full]}' ({Uses(uses[full])}) is written '{pair.Key}' in the other {uses[firstName]} turns of this file. Use one form for the same speaker (or, if they are two people, a full name for both).";
        }

        // The labels of every name reported, in one pass (not one pass a name: a long file may report many).
        if (messages is null) return;
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i].IsPerson && messages[spellings.Of(i)] is { } message) context.Report(labels[i].NameSpan, message);
        }
    }

    /// <summary>The first-name form must carry at least this many turns before a lone full name is held to it.</summary>
    private const int FirstNameDominance = 10;

    /// <summary>
    /// The spelling a fix renames <paramref name="name"/> to: the pinned one (an alias variant goes to its canonical
    /// spelling; a roster spelling the file does not use takes the file's capitals when the variant is all capitals), else
    /// the one with more uses. Null on a tie: which spelling is right is then a guess.
    /// </summary>
    private static string? FixTarget(SpellingName name, SpellingName best, Configuration.FileSettings settings)
    {
        if (!best.IsPinned) return best.Occurrences.Count > name.Occurrences.Count ? best.Name : null;
        string target = settings.Aliases.TryGetCanonical(best.Name, out var canonical) ? canonical : best.Name;
        if (best.Occurrences.Count == 0 && IsAllCapitals(name.Name) && !IsAllCapitals(target)) target = target.ToUpperInvariant();
        return target == name.Name ? null : target;
    }

    private static bool IsAllCapitals(string name)
    {
        bool letters = false;
        foreach (char c in name)
        {
            if (char.IsLower(c)) return false;
            letters |= char.IsLetter(c);
        }

        return letters;
    }

    /// <summary>A fix writing <paramref name="target"/> over the name of each label, or null without a target.</summary>
    internal static Fix? Rename(string written, string? target, IReadOnlyList<SpeakerLabel> labels)
    {
        if (target is null || labels.Count == 0) return null;
        var edits = new List<TextEdit>(labels.Count);
        foreach (var label in labels) edits.Add(new TextEdit(label.NameSpan, target));
        string where = labels.Count == 1 ? string.Empty : $" ({labels.Count} labels)";
        return new Fix($"rename '{written}' to '{target}'{where}", edits);
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

        // A tie goes to the spelling the file's other labels share ("Audience Member 1" among "Audience Member 2…6").
        if (name.Kin != other.Kin) return name.Kin < other.Kin;
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
        var spellings = document.Spellings;
        var bySpelling = new SpellingName?[spellings.Names.Count];
        var abbreviated = new sbyte[spellings.Names.Count]; // per spelling: 1 an abbreviation, -1 not, 0 not asked yet
        var names = new List<SpellingName>();
        // Each spelling's labels counted first, so its list of occurrences is made at its size, not grown by doubling.
        var labelsOf = new int[spellings.Names.Count];
        for (int i = 0; i < document.LabelList.Count; i++)
        {
            if (document.LabelList[i].IsPerson) labelsOf[spellings.Of(i)]++;
        }

        for (int i = 0; i < document.LabelList.Count; i++)
        {
            var label = document.LabelList[i];
            if (!label.IsPerson) continue;
            int spelling = spellings.Of(i);
            if (abbreviated[spelling] == 0) abbreviated[spelling] = IsAbbreviation(label.Name) ? (sbyte)1 : (sbyte)-1;
            if (abbreviated[spelling] > 0) continue;
            var entry = bySpelling[spelling];
            if (entry is null)
            {
                string? pinnedBy = null;
                if (aliases.TryGetCanonical(label.Name, out _)) pinnedBy = "pinned in speakers.aliases";
                else if (roster.TryFindName(label.Name, out _)) pinnedBy = "on the speaker roster";
                else if (IsFrontMatterSpeaker(document, label.Name)) pinnedBy = "named in the front matter's speakers";
                entry = bySpelling[spelling] = new SpellingName(names.Count, label.Name, label.Line, label.Key, labelsOf[spelling]) { PinnedBy = pinnedBy };
                names.Add(entry);
            }

            entry.Occurrences.Add(label);
        }

        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names) present.Add(name.Squashed);

        // How many other spellings share each spelling's words exactly as written, numbers aside: evidence for ties.
        var wordUses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            foreach (var word in LetterWords(name.Name)) wordUses[word] = wordUses.TryGetValue(word, out int n) ? n + 1 : 1;
        }

        foreach (var name in names)
        {
            foreach (var word in LetterWords(name.Name)) name.Kin += wordUses[word] - 1;
        }
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

    private static IEnumerable<string> LetterWords(string name)
    {
        foreach (var word in name.Split(' '))
        {
            if (word.Length > 0 && char.IsLetter(word[0])) yield return word;
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
        /// <param name="index">Its place among the file's spellings.</param>
        /// <param name="name">The spelling.</param>
        /// <param name="firstLine">The line of its first label (int.MaxValue for a spelling only config names).</param>
        /// <param name="key">The name's key when the reader made it (the label's), else null to fold the name here.</param>
        /// <param name="labels">How many labels of the file use it, so its occurrences are kept in a list of that size.</param>
        public SpellingName(int index, string name, int firstLine, Dialects.NameKey? key = null, int labels = 0)
        {
            Index = index;
            Name = name;
            FirstLine = firstLine;
            Key = key ?? new Dialects.NameKey(name);
            Occurrences = new List<SpeakerLabel>(labels);
        }

        public int Index { get; }

        public string Name { get; }

        public int FirstLine { get; }

        public Dialects.NameKey Key { get; }

        public string Squashed => Key.Squashed;

        /// <summary>Why config makes this spelling right (an alias or the roster), or null: pinned spellings are never reported and win against near-variants.</summary>
        public string? PinnedBy { get; init; }

        public bool IsPinned => PinnedBy is not null;

        /// <summary>Uses of this spelling's words, as written, by the file's other spellings.</summary>
        public int Kin { get; set; }

        public List<SpeakerLabel> Occurrences { get; }
    }
}
