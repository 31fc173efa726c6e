using TranscriptLint.Text;

namespace TranscriptLint.Model;

public enum ElementKind
{
    /// <summary>A line of the title block before the first speaker (title, date and time, venue).</summary>
    Header,

    /// <summary>A speaker label, with or without speech on the same line.</summary>
    SpeakerLabel,

    /// <summary>A line of spoken text.</summary>
    Speech,

    /// <summary>A Markdown heading.</summary>
    Heading,

    /// <summary>A page break: <c>---</c> or a form feed.</summary>
    PageBreak,

    /// <summary>A Markdown thematic break (<c>---</c>) in a file that shows no pagination: a section divider, not a page break.</summary>
    ThematicBreak,

    /// <summary>An end marker such as <c>[END OF TRANSCRIPTION]</c>.</summary>
    EndMarker,

    /// <summary>A caption cue's timing line, <c>start --&gt; end</c>.</summary>
    CueTiming,

    /// <summary>Text that is not speech: transcriber's notes, front matter, code blocks, caption headers and cue numbers.</summary>
    Note,

    /// <summary>A line of a fenced code block: never transcript text.</summary>
    Code,

    /// <summary>A comment for tools and editors: <c>&lt;!-- … --&gt;</c>, or a WebVTT NOTE block.</summary>
    Comment,
}

/// <summary>
/// One line-level piece of a transcript, in document order. Rules walk these; the reader decides what
/// each line is, so rules never look at raw text layout.
/// </summary>
public sealed class TranscriptElement
{
    public TranscriptElement(ElementKind kind, int line, TextSpan span)
    {
        Kind = kind;
        Line = line;
        Span = span;
    }

    public ElementKind Kind { get; }

    /// <summary>1-based line of the element's first character.</summary>
    public int Line { get; }

    /// <summary>The element's text, trimmed of surrounding white space.</summary>
    public TextSpan Span { get; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="ElementKind.SpeakerLabel"/>.</summary>
    public SpeakerLabel? Label { get; init; }

    /// <summary>Heading level 1–6 when <see cref="Kind"/> is <see cref="ElementKind.Heading"/>.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>
    /// The format's own structure, not text of the transcript, as the reader decided: comments, page breaks, cue timings,
    /// and a caption file's header and cue identifiers (notes there, but never anything a person said or wrote).
    /// </summary>
    public bool IsLayout { get; init; }

    public override string ToString() => $"{Line}: {Kind} {Span}";
}
