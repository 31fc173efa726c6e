using System;
using System.Collections;
using System.Collections.Generic;

namespace TranscriptLint.Engine;

/// <summary>
/// The speaker summary of a file none of whose labels TL0013 can report (<see cref="SpeakerUseTrimmer"/>): for each
/// spelling, the run's one string of it, how often it is used and whether it is pinned, in two arrays instead of an
/// object per spelling (about 130 bytes a file instead of 260; most files of a large run). The census reads the values
/// as they are; the list's items are made on each access.
/// </summary>
internal sealed class TrimmedSpeakers : IReadOnlyList<FileSpeaker>
{
    private readonly string[] spellings;

    // How often each spelling is used, shifted left one bit; the low bit is set when it is pinned.
    private readonly int[] counts;

    public TrimmedSpeakers(string[] spellings, int[] counts)
    {
        this.spellings = spellings;
        this.counts = counts;
    }

    public int Count => spellings.Length;

    public FileSpeaker this[int index] => FileSpeaker.Trimmed(spellings[index], IsPinned(index), UseCount(index));

    public static int Pack(int useCount, bool pinned) => (useCount << 1) | (pinned ? 1 : 0);

    public string Spelling(int index) => spellings[index];

    public int UseCount(int index) => counts[index] >> 1;

    public bool IsPinned(int index) => (counts[index] & 1) != 0;

    public IEnumerator<FileSpeaker> GetEnumerator()
    {
        for (int i = 0; i < spellings.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
