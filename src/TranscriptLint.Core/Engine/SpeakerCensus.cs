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
        foreach (var result in list)
        {
            string fileKey = SourceOf(Normalize(result.Path), paths);
            foreach (var speaker in result.Speakers)
            {
                if (!census.bySpelling.TryGetValue(speaker.Spelling, out var spelling))
                {
                    spelling = new Spelling(speaker.Spelling);
                    census.bySpelling.Add(speaker.Spelling, spelling);
                }

                spelling.Add(result, fileKey, speaker);
            }
        }

        var spellings = new List<Spelling>(census.bySpelling.Values);
        spellings.Sort((a, b) => a.FileCount != b.FileCount ? b.FileCount.CompareTo(a.FileCount) : string.CompareOrdinal(a.Name, b.Name));
        census.Spellings = spellings;
        census.LinkVariants();
        return census;
    }

    /// <summary>Pairs near-variant spellings through blocking keys, so the work grows with the spellings, not their square.</summary>
    private void LinkVariants()
    {
        var buckets = new Dictionary<string, List<Spelling>>(StringComparer.Ordinal);
        foreach (var spelling in Spellings)
        {
            foreach (var key in NameVariants.BlockingKeys(spelling.Key))
            {
                if (!buckets.TryGetValue(key, out var bucket)) buckets[key] = bucket = new List<Spelling>(2);
                if (bucket.Count < MaxBucket) bucket.Add(spelling);
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
        private readonly HashSet<string> fileKeys = new(StringComparer.Ordinal);

        internal Spelling(string name)
        {
            Name = name;
            Key = new NameKey(name);
        }

        public string Name { get; }

        internal NameKey Key { get; }

        /// <summary>Files using it, a translated copy counted with its source.</summary>
        public int FileCount => fileKeys.Count;

        public int UseCount { get; private set; }

        /// <summary>True when a roster or alias names this spelling in some file of the run.</summary>
        public bool IsPinned { get; private set; }

        /// <summary>Each file's labels of this spelling, with the result of the file.</summary>
        public List<(LintResult File, FileSpeaker Speaker)> Files { get; } = new();

        /// <summary>Near-variant spellings (the same person spelled another way, by TL0001's evidence).</summary>
        public List<Spelling> Variants { get; } = new();

        public bool IsUsedIn(string fileKey) => fileKeys.Contains(fileKey);

        internal void Add(LintResult file, string fileKey, FileSpeaker speaker)
        {
            fileKeys.Add(fileKey);
            UseCount += speaker.UseCount;
            IsPinned |= speaker.IsPinned;
            Files.Add((file, speaker));
        }

        public override string ToString() => $"{Name} ({FileCount} files, {UseCount} uses)";
    }
}
