using System.Collections.Generic;
using TranscriptLint.Text;

namespace TranscriptLint.Engine;

/// <summary>Where one label of a speaker is, and whether an inline comment turns TL0013 off there.</summary>
public readonly struct SpeakerUse
{
    public SpeakerUse(TextSpan span, LinePosition start, LinePosition end, bool suppressed)
    {
        Span = span;
        Start = start;
        End = end;
        IsSuppressed = suppressed;
    }

    public TextSpan Span { get; }

    public LinePosition Start { get; }

    public LinePosition End { get; }

    public bool IsSuppressed { get; }
}

/// <summary>
/// One speaker spelling of a linted file with its labels, kept for the passes that look at a whole run (TL0013,
/// <c>transcriptlint speakers</c>). One object per distinct spelling per file, not per label.
/// </summary>
public sealed class FileSpeaker
{
    private List<SpeakerUse>? uses;

    public FileSpeaker(string spelling, bool pinned)
    {
        Spelling = spelling;
        IsPinned = pinned;
    }

    private FileSpeaker(string spelling, bool pinned, int useCount)
    {
        Spelling = spelling;
        IsPinned = pinned;
        UseCount = useCount;
    }

    public string Spelling { get; }

    /// <summary>The spelling is on the file's roster or an alias canonical: never reported as a variant.</summary>
    public bool IsPinned { get; }

    /// <summary>How many labels of this spelling the file has (also when <see cref="Uses"/> was dropped).</summary>
    public int UseCount { get; private set; }

    /// <summary>
    /// Every label of this spelling in the file, in document order; empty when a run dropped them because TL0013 cannot
    /// report this spelling in this file (see <see cref="WithoutUses"/>).
    /// </summary>
    public IReadOnlyList<SpeakerUse> Uses => (IReadOnlyList<SpeakerUse>?)uses ?? System.Array.Empty<SpeakerUse>();

    /// <summary>Room for this many uses, when the count is known before they are added.</summary>
    internal void ReserveUses(int count) => uses ??= new List<SpeakerUse>(count);

    public void AddUse(SpeakerUse use)
    {
        (uses ??= new List<SpeakerUse>(4)).Add(use);
        UseCount++;
    }

    /// <summary>
    /// The spelling, whether it is pinned and how often it is used, without where: what a run keeps of a spelling that
    /// TL0013 will not report in this file, so the labels' positions are not held until the run ends.
    /// </summary>
    /// <param name="spelling">The same spelling, as one string shared by every file of the run that uses it.</param>
    public FileSpeaker WithoutUses(string spelling) => new(spelling, IsPinned, UseCount);

    /// <summary>A spelling's summary without its uses, as <see cref="WithoutUses"/> gives it.</summary>
    internal static FileSpeaker Trimmed(string spelling, bool pinned, int useCount) => new(spelling, pinned, useCount);

    /// <summary>
    /// A copy with the same uses that the run owns, so it can drop them later (<see cref="DropUses"/>) while this one,
    /// which a cache may hold, keeps them.
    /// </summary>
    internal FileSpeaker RunCopy(string spelling) => new(spelling, IsPinned, UseCount) { uses = uses };

    /// <summary>Forgets where the labels are (a run copy, once TL0013 cannot report the spelling); the count stays.</summary>
    internal void DropUses() => uses = null;
}
