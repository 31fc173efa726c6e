using System;
using TranscriptLint.Configuration;
using TranscriptLint.Text;

namespace TranscriptLint.Dialects;

/// <summary>
/// What <see cref="LabelParser.Build"/> decides from a label's name part alone: whether it is a name at all, where the
/// name sits in it, its alias or parts, and its kind. Shared by every label that writes the same spelling.
/// </summary>
internal sealed class NameVerdict
{
    public NameVerdict(string nameText, int nameOffset, int nameLength)
    {
        NameText = nameText;
        NameOffset = nameOffset;
        NameLength = nameLength;
    }

    /// <summary>The name (the whole name part, or the name before an alias).</summary>
    public string NameText { get; }

    /// <summary>Where the name starts in the name part, and its length.</summary>
    public int NameOffset { get; }

    public int NameLength { get; }

    public string? Alias { get; init; }

    public string[] Parts { get; init; } = Array.Empty<string>();

    public bool IsMarker { get; init; }

    public bool IsCollective { get; init; }

    public bool IsOneWord { get; init; }

    public bool IsLoose { get; init; }

    /// <summary>The name folded for comparison, made when a label first needs it.</summary>
    public NameKey Key => key ??= new NameKey(NameText);

    private NameKey? key;
}

/// <summary>
/// Name verdicts remembered per thread, per spelling and shape. A file names the same few speakers hundreds of times
/// (a podcast's hosts, a meeting's delegates) and files of one repo share them, so each spelling is decided once,
/// and found again by its characters in the text: looking one up copies nothing. Markers come from the config, so the
/// table starts over when the speaker settings change; it is bounded, so a file of many names cannot grow it without end.
/// </summary>
internal sealed class NameVerdicts
{
    // A file names tens of speakers; the cap bounds what a long-lived host (the compiler server) keeps per thread.
    private const int MaxEntries = 4096;

    [ThreadStatic]
    private static NameVerdicts? current;

    // A verdict that the name part is no name; stored like any other, so a rejected spelling is decided once too.
    private static readonly NameVerdict NoName = new(string.Empty, 0, 0);

    private Entry[] entries = new Entry[1024];
    private int count;
    private SpeakerSettings? owner;

    private struct Entry
    {
        public int Hash;
        public NameShape Shape;
        public string? Key;
        public NameVerdict? Verdict;
    }

    /// <summary>
    /// The verdict on the name part <paramref name="candidate"/> of <paramref name="text"/>, worked out by
    /// <see cref="LabelParser.DecideName"/> the first time this thread meets the spelling; null when it is no name.
    /// </summary>
    public static NameVerdict? Decide(string text, TextSpan candidate, NameShape shape, SpeakerSettings speakers)
    {
        var table = current ??= new NameVerdicts();
        if (!ReferenceEquals(table.owner, speakers))
        {
            table.Clear();
            table.owner = speakers;
        }

        int hash = Hash(text, candidate, shape);
        int mask = table.entries.Length - 1;
        int slot = hash & mask;
        while (table.entries[slot].Key is { } key)
        {
            ref var entry = ref table.entries[slot];
            if (entry.Hash == hash && entry.Shape == shape && key.Length == candidate.Length && Scan.HasAt(text, candidate.Start, key))
            {
                return ReferenceEquals(entry.Verdict, NoName) ? null : entry.Verdict;
            }

            slot = (slot + 1) & mask;
        }

        string whole = text.Substring(candidate.Start, candidate.Length);
        var verdict = LabelParser.DecideName(whole, shape, speakers);
        table.Add(hash, shape, whole, verdict ?? NoName);
        return verdict;
    }

    private void Add(int hash, NameShape shape, string key, NameVerdict verdict)
    {
        if (count >= MaxEntries)
        {
            Clear();
        }
        else if ((count + 1) * 2 > entries.Length)
        {
            var old = entries;
            entries = new Entry[old.Length * 2];
            count = 0;
            foreach (var entry in old)
            {
                if (entry.Key is not null) Insert(entry.Hash, entry.Shape, entry.Key, entry.Verdict!);
            }
        }

        Insert(hash, shape, key, verdict);
    }

    private void Insert(int hash, NameShape shape, string key, NameVerdict verdict)
    {
        int mask = entries.Length - 1;
        int slot = hash & mask;
        while (entries[slot].Key is not null) slot = (slot + 1) & mask;
        entries[slot] = new Entry { Hash = hash, Shape = shape, Key = key, Verdict = verdict };
        count++;
    }

    private void Clear()
    {
        Array.Clear(entries, 0, entries.Length);
        count = 0;
    }

    private static int Hash(string text, TextSpan span, NameShape shape)
    {
        // FNV-1a over the characters, then mixed so that nearby spellings spread over the table.
        uint hash = 2166136261u ^ (uint)shape;
        for (int i = span.Start; i < span.End; i++) hash = (hash ^ text[i]) * 16777619u;
        hash ^= hash >> 15;
        return (int)(hash & 0x7FFFFFFF);
    }
}
