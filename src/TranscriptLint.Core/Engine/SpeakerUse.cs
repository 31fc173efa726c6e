using TranscriptLint.Text;

namespace TranscriptLint.Engine;

/// <summary>
/// One speaker label of a linted file, kept for the passes that look at a whole run (TL0013, <c>transcriptlint
/// speakers</c>): the spelling, where it is, and what the file's settings say of cross-file findings there.
/// </summary>
public sealed class SpeakerUse
{
    public SpeakerUse(string spelling, TextSpan span, LinePosition start, LinePosition end, bool pinned, bool suppressed)
    {
        Spelling = spelling;
        Span = span;
        Start = start;
        End = end;
        IsPinned = pinned;
        IsSuppressed = suppressed;
    }

    public string Spelling { get; }

    public TextSpan Span { get; }

    public LinePosition Start { get; }

    public LinePosition End { get; }

    /// <summary>The spelling is on the file's roster or an alias canonical: never reported as a variant.</summary>
    public bool IsPinned { get; }

    /// <summary>An inline comment turns TL0013 off on this line.</summary>
    public bool IsSuppressed { get; }
}
