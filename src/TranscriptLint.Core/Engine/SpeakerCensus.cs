using System;
using System.Collections.Generic;
using TranscriptLint.Dialects;

namespace TranscriptLint.Engine;

/// <summary>
/// Every speaker spelling of a run with the files that use it and how often, and the near-variant pairs among them
/// (the same notion of "a slip" TL0001 uses). A translated copy (<c>talk.es.md</c> beside <c>talk.md</c>) counts as a
/// use of its source file: it inherits the source's labels, typos included.
/// </summary>
public sealed class SpeakerCensus
{
    private const int MaxBucket = 64;
    private readonly Dictionary<string, Spelling> bySpelling = new(StringComparer.Ordinal);

    private SpeakerCensus()
    {
    }

    /// <summary>Distinct spellings, most files first, then by name.</summary>
    public IReadOnlyList<Spelling> Spellings { get; private set; } = Array.Empty<Spelling>();

    public static SpeakerCensus Build(IEnumerable<LintResult> results)
    {
        var census = new SpeakerCensus();
        var list = new List<LintResult>(results);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in list) paths.Add(Normalize(result.Path));

        // A spelling's files are counted by key. Almost every key is one file's, so each file using the spelling adds
        // one; only where files share a key (a source and its translations) does a set remember what was counted. A set
        // of keys per spelling held every file of the run again, at the end of a run that already holds its results.
        var keys = new string[list.Count];
        var filesPerKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < list.Count; i++)
        {
            keys[i] = SourceOf(Normalize(list[i].Path), paths);
            filesPerKey.TryGetValue(keys[i], out int files);
            filesPerKey[keys[i]] = files + 1;
        }

        HashSet<(Spelling, string)>? countedInSharedKeys = null;
        for (int i = 0; i < list.Count; i++)
        {
            var result = list[i];
            bool sharedKey = filesPerKey[keys[i]] > 1;
            void Add(string name, int uses, bool pinned, FileSpeaker? speaker)
            {
                if (!census.bySpelling.TryGetValue(name, out var spelling))
                {
                    spelling = new Spelling(name);
                    census.bySpelling.Add(name, spelling);
                }

                bool newFile = !sharedKey || (countedInSharedKeys ??= new HashSet<(Spelling, string)>()).Add((spelling, keys[i]));
                spelling.Add(result, newFile, uses, pinned, speaker);
            }

            // A trimmed summary is read as it is: no object per spelling of every file at the end of a run.
            if (result.Speakers is TrimmedSpeakers trimmed)
            {
                for (int s = 0; s < trimmed.Count; s++) Add(trimmed.Spelling(s), trimmed.UseCount(s), trimmed.IsPinned(s), null);
                continue;
            }

            foreach (var speaker in result.Speakers) Add(speaker.Spelling, speaker.UseCount, speaker.IsPinned, speaker);
        }

        var spellings = new List<Spelling>(census.bySpelling.Values);
        spellings.Sort((a, b) => a.FileCount != b.FileCount ? b.FileCount.CompareTo(a.FileCount) : string.CompareOrdinal(a.Name, b.Name));
        census.Spellings = spellings;
        census.LinkVariants();
        return census;
    }

    /// <summary>
    /// Pairs near-variant spellings through blocking keys, so the work grows with the spellings, not their square. The
    /// keys are hashed (<see cref="NameVariants.BlockingKeyHashes"/>) and most of them have one spelling, which its
    /// bucket holds itself: a run's spellings have a key per letter, and the key strings, a list per key and the
    /// garbage of building them were most of what the census allocated. Buckets fill and pair in the order their keys
    /// first come, as they did keyed by text.
    /// </summary>
    private void LinkVariants()
    {
        // Sized for every key at once: growing by doubling would copy the table a dozen times on a large run.
        int keys = 0;
        foreach (var spelling in Spellings) keys += spelling.Key.Squashed.Length + 3;
        var buckets = new Dictionary<ulong, Bucket>(keys);
        foreach (var spelling in Spellings)
        {
            foreach (ulong key in NameVariants.BlockingKeyHashes(spelling.Key))
            {
                if (!buckets.TryGetValue(key, out var bucket))
                {
                    buckets.Add(key, new Bucket(spelling));
                }
                else if (bucket.Count < MaxBucket)
                {
                    if (bucket.More is null) buckets[key] = bucket = new Bucket(bucket.First, new List<Spelling>(2));
                    bucket.More!.Add(spelling);
                }
            }
        }

        foreach (var bucket in buckets.Values)
        {
            for (int i = 0; i < bucket.Count; i++)
            {
                for (int j = i + 1; j < bucket.Count; j++)
                {
                    var a = bucket[i];
                    var b = bucket[j];
                    if (a.Variants.Contains(b) || !NameVariants.AreNear(a.Key, b.Key)) continue;
                    a.Variants.Add(b);
                    b.Variants.Add(a);
                }
            }
        }
    }

    /// <summary>The spellings under one blocking key, in the order they came: the first, then the rest (null while none).</summary>
    private readonly struct Bucket
    {
        public Bucket(Spelling first, List<Spelling>? more = null)
        {
            First = first;
            More = more;
        }

        public Spelling First { get; }

        public List<Spelling>? More { get; }

        public int Count => 1 + (More?.Count ?? 0);

        public Spelling this[int index] => index == 0 ? First : More![index - 1];
    }

    private static string Normalize(string path) => path.Replace('\\', '/');

    /// <summary><c>dir/talk.es.md</c> → <c>dir/talk.md</c> when that file is in the run; else the path itself.</summary>
    internal static string SourceOf(string path, HashSet<string> paths)
    {
        string? source = WithoutLanguage(path);
        return source is not null && paths.Contains(source) ? source : path;
    }

    /// <summary>
    /// The path with every language part taken off (<c>dir/talk.es.fr.md</c> → <c>dir/talk.md</c>), whichever files the
    /// run has: two paths with the same <see cref="SourceOf"/> have the same root, so a run never has more roots for a
    /// spelling than files counted by the census.
    /// </summary>
    internal static string RootOf(string path)
    {
        path = Normalize(path);
        while (WithoutLanguage(path) is { } source) path = source;
        return path;
    }

    /// <summary><c>dir/talk.es.md</c> → <c>dir/talk.md</c>; null when the name has no language part.</summary>
    private static string? WithoutLanguage(string path)
    {
        int slash = path.LastIndexOf('/');
        string name = path.Substring(slash + 1);
        int last = name.LastIndexOf('.');
        if (last <= 0) return null;
        int previous = name.LastIndexOf('.', last - 1);
        if (previous <= 0) return null;
        string language = name.Substring(previous + 1, last - previous - 1);
        if (language.Length < 2 || language.Length > 3 && !(language.Length == 5 && language[2] == '-')) return null;
        foreach (char c in language)
        {
            if (!char.IsLetter(c) && c != '-') return null;
        }

        return path.Substring(0, slash + 1) + name.Substring(0, previous) + name.Substring(last);
    }

    /// <summary>One spelling of a speaker across the run.</summary>
    public sealed class Spelling
    {
        internal Spelling(string name)
        {
            Name = name;
            Key = new NameKey(name);
        }

        public string Name { get; }

        internal NameKey Key { get; }

        /// <summary>Files using it, a translated copy counted with its source.</summary>
        public int FileCount { get; private set; }

        public int UseCount { get; private set; }

        /// <summary>True when a roster or alias names this spelling in some file of the run.</summary>
        public bool IsPinned { get; private set; }

        /// <summary>
        /// Each file's labels of this spelling, with the result of the file: every file using it, except in a run that
        /// trimmed the label positions TL0013 cannot report (<see cref="CrossFileSpellingPass.Trimming"/>), where only
        /// the files that kept them are here.
        /// </summary>
        public List<(LintResult File, FileSpeaker Speaker)> Files { get; } = new();

        /// <summary>Near-variant spellings (the same person spelled another way, by TL0001's evidence).</summary>
        public List<Spelling> Variants { get; } = new();

        /// <param name="file">A linted file using the spelling.</param>
        /// <param name="newFile">False when the file shares its key with a file already counted (a translated copy).</param>
        /// <param name="uses">How many labels of the spelling the file has.</param>
        /// <param name="pinned">The file's roster or aliases name the spelling.</param>
        /// <param name="speaker">The file's labels of the spelling; null, or without uses, when a run trimmed them.</param>
        internal void Add(LintResult file, bool newFile, int uses, bool pinned, FileSpeaker? speaker)
        {
            if (newFile) FileCount++;
            UseCount += uses;
            IsPinned |= pinned;
            if (speaker is { Uses.Count: > 0 }) Files.Add((file, speaker));
        }

        public override string ToString() => $"{Name} ({FileCount} files, {UseCount} uses)";
    }
}
