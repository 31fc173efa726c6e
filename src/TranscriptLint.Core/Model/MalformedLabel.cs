using TranscriptLint.Text;

namespace TranscriptLint.Model;

/// <summary>
/// A turn whose label is broken, in a file whose turns use a label style: the colon lost, the bold closed inside the
/// speech, the colon before the name. The reader decides it once; TL0014 reports it.
/// </summary>
public sealed class MalformedLabel
{
    public MalformedLabel(TextSpan span, int line, string name, string written, string expected, string problem)
    {
        Span = span;
        Line = line;
        Name = name;
        Written = written;
        Expected = expected;
        Problem = problem;
    }

    /// <summary>The broken label as written, markup included.</summary>
    public TextSpan Span { get; }

    public int Line { get; }

    /// <summary>The speaker the label names (one who speaks elsewhere in the file).</summary>
    public string Name { get; }

    public string Written { get; }

    /// <summary>What the label should read, in the file's label style.</summary>
    public string Expected { get; }

    /// <summary>What is wrong, in a few words: "the colon is missing".</summary>
    public string Problem { get; }
}
