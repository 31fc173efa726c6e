using System;
using System.Collections.Generic;
using TranscriptLint.Rules;

namespace TranscriptLint.Dialects;

/// <summary>A speaker name folded for comparison: lower case, no accents, and without spaces or hyphens.</summary>
internal sealed class NameKey
{
    public NameKey(string name)
    {
        Name = name;
        var folded = NameFolding.Fold(name);
        Squashed = NameFolding.Squash(folded);
        Words = folded.Split(' ');
        RawWords = name.Split(' ');
    }

    /// <summary>The words as written, case kept.</summary>
    public string[] RawWords { get; }

    public string Name { get; }

    public string Squashed { get; }

    public string[] Words { get; }
}

/// <summary>
/// The one notion of "the same speaker spelled another way", shared by the label decision (a slip of a known name is
/// still a label) and TL0001/TL0007 (which report it).
/// </summary>
internal static class NameVariants
{
    // Role nouns: "Audience Member" and "Audience Members" are one voice and several, not a slip.
    private static readonly HashSet<string> RoleWords = Vocabulary.Languages.Set(l => l.RoleWords, StringComparer.Ordinal);

    /// <summary>
    /// Same letters once case, accents, spacing and hyphens are folded; or one word differing by one letter (dropped,
    /// doubled, swapped, replaced) or by letters missing from a shortened form. A number, a whole different word or a
    /// plural role ("Audience Members") makes two labels different speakers.
    /// </summary>
    public static bool AreNear(NameKey a, NameKey b)
    {
        // "Audience member" and "Audience Member" label many unnamed people: a role, not one person misspelt. A
        // numbered role ("Audience Member 1") is one person again.
        if (IsAnonymousRole(a) && IsAnonymousRole(b)) return false;
        if (a.Squashed == b.Squashed) return true;
        if (LabelParser.IsDoubled(a.Name, out int ha) && a.Name.Substring(0, ha) == b.Name) return true;
        if (LabelParser.IsDoubled(b.Name, out int hb) && b.Name.Substring(0, hb) == a.Name) return true;
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
        if (IsPluralOf(longer, shorter) && (RoleWords.Contains(shorter) || HasRoleWord(wordsA) || IsLowerCase(a, differing) || IsLowerCase(b, differing))) return false;
        // Short first names a letter apart are usually two people ("Jon" and "John", "Eric" and "Erick").
        if (wordsA.Length == 1 && longer.Length != shorter.Length && shorter.Length < 5) return false;
        int distance = NameFolding.Distance(longer, shorter, 3);
        if (distance == 1) return true;

        // A shortened form: the shorter word is the longer with letters left out, and they start alike.
        return shorter.Length >= 4 && distance == longer.Length - shorter.Length && CommonPrefix(longer, shorter) >= 3;
    }

    /// <summary>Keys under which two near names meet at least once (folded letters, one letter deleted, leading words plus the surname's start).</summary>
    public static IEnumerable<string> BlockingKeys(NameKey name)
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

    /// <summary>
    /// <see cref="BlockingKeys"/> as 64-bit FNV-1a hashes of the same texts (<see cref="KeyHash"/>), worked out without
    /// building the strings: a run's census blocks every spelling of the run under a key per letter, and the key strings
    /// and their buckets were most of what it allocated. Two keys share a hash by chance about once in 2^64 pairs, which
    /// would only compare two more names (<see cref="AreNear"/> still decides).
    /// </summary>
    public static IEnumerable<ulong> BlockingKeyHashes(NameKey name)
    {
        string squashed = name.Squashed;
        yield return Hash(Hash(OffsetBasis, "d:"), squashed);
        for (int i = 0; i < squashed.Length; i++)
        {
            yield return Hash(Hash(Hash(OffsetBasis, "d:"), squashed, 0, i), squashed, i + 1, squashed.Length - i - 1);
        }

        var words = name.Words;
        if (words.Length >= 2)
        {
            string last = words[words.Length - 1];
            ulong leading = Hash(OffsetBasis, "p:");
            for (int w = 0; w < words.Length - 1; w++) leading = Hash(w > 0 ? Hash(leading, " ") : leading, words[w]);
            yield return Hash(Hash(leading, "|"), last, 0, Math.Min(3, last.Length));

            ulong trailing = Hash(Hash(Hash(OffsetBasis, "f:"), words[0], 0, Math.Min(3, words[0].Length)), "|");
            for (int w = 1; w < words.Length; w++) trailing = Hash(w > 1 ? Hash(trailing, " ") : trailing, words[w]);
            yield return trailing;
        }
    }

    /// <summary>The hash <see cref="BlockingKeyHashes"/> gives a key's text.</summary>
    public static ulong KeyHash(string key) => Hash(OffsetBasis, key);

    private const ulong OffsetBasis = 14695981039346656037UL;

    private static ulong Hash(ulong hash, string text) => Hash(hash, text, 0, text.Length);

    private static ulong Hash(ulong hash, string text, int start, int length)
    {
        for (int i = start; i < start + length; i++) hash = (hash ^ text[i]) * 1099511628211UL;
        return hash;
    }

    /// <summary>True when a word is a role noun: "Speaker", "Audience", "Participant".</summary>
    public static bool IsRoleWord(string word) => RoleWords.Contains(word.ToLowerInvariant());

    /// <summary>The word at <paramref name="index"/> is written in lower case ("New tests"): a common noun, not a name.</summary>
    private static bool IsLowerCase(NameKey name, int index)
        => name.RawWords.Length == name.Words.Length && name.RawWords[index].Length > 0 && char.IsLower(name.RawWords[index][0]);

    /// <summary>Every word a role noun, no number: "Audience member", "Unknown Speaker", "Male voice".</summary>
    private static bool IsAnonymousRole(NameKey name)
    {
        foreach (var word in name.Words)
        {
            if (!RoleWords.Contains(word)) return false;
        }

        return true;
    }

    private static bool IsPluralOf(string longer, string shorter)
        => (longer.Length == shorter.Length + 1 && longer[longer.Length - 1] == 's' && longer.StartsWith(shorter, StringComparison.Ordinal))
           || (longer.Length == shorter.Length + 2 && longer.EndsWith("es", StringComparison.Ordinal) && longer.StartsWith(shorter, StringComparison.Ordinal));

    private static bool HasRoleWord(string[] words)
    {
        foreach (var word in words)
        {
            if (RoleWords.Contains(word)) return true;
        }

        return false;
    }

    private static string Prefix(string word, int length) => word.Length <= length ? word : word.Substring(0, length);

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
            if (c >= '0' && c <= '9') return true;
        }

        return false;
    }
}

/// <summary>
/// Finds, among a growing set of names, one that is a near-variant of a given name, through shared blocking keys so
/// the work grows with the names, not their square.
/// </summary>
internal sealed class NameVariantIndex
{
    private const int MaxBucketSize = 32;
    private readonly Dictionary<string, List<NameKey>> buckets = new(StringComparer.Ordinal);
    private readonly HashSet<string> present = new(StringComparer.Ordinal);

    public int Count => present.Count;

    private readonly List<NameKey> pending = new();

    /// <summary>Adds a name; its blocking keys are built only when a lookup needs them (most files never look one up).</summary>
    public void Add(NameKey name)
    {
        if (present.Add(name.Name)) pending.Add(name);
    }

    private void Index()
    {
        foreach (var name in pending)
        {
            foreach (var key in NameVariants.BlockingKeys(name))
            {
                if (!buckets.TryGetValue(key, out var list))
                {
                    list = new List<NameKey>(1);
                    buckets.Add(key, list);
                }

                if (list.Count < MaxBucketSize) list.Add(name);
            }
        }

        pending.Clear();
    }

    public bool Contains(string name) => present.Contains(name);

    /// <summary>A different name in the index that is a near-variant of <paramref name="name"/>, or null.</summary>
    public NameKey? FindNear(NameKey name)
    {
        if (pending.Count > 0) Index();
        foreach (var key in NameVariants.BlockingKeys(name))
        {
            if (!buckets.TryGetValue(key, out var list)) continue;
            foreach (var other in list)
            {
                if (other.Name != name.Name && NameVariants.AreNear(name, other)) return other;
            }
        }

        return null;
    }
}
