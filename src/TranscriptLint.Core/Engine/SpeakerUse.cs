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
    public FileSpeaker(string spelling, bool pinned)
    {
        Spelling = spelling;
        IsPinned = pinned;
    }

    public string Spelling { get; }

    /// <summary>The spelling is on the file's roster or an alias canonical: never reported as a variant.</summary>
    public bool IsPinned { get; }

    /// <summary>Every label of this spelling in the file, in document order.</summary>
    public List<SpeakerUse> Uses { get; } = new(1);
}
