using TranscriptLint.Text;

namespace TranscriptLint.Dialects;

/// <summary>Tracks <c>&lt;!-- … --&gt;</c> comments across lines for the text and Markdown readers.</summary>
internal struct HtmlComments
{
    public bool IsOpen;

    /// <summary>
    /// True when the trimmed line is (part of) a comment. Directives inside are handed to the builder.
    /// A line that only opens a comment after other text is not treated as a comment.
    /// </summary>
    public bool TryConsume(DocumentBuilder builder, TextSpan trimmed, int line)
    {
        var text = builder.Text;
        if (!IsOpen && !Scan.StartsWith(text, trimmed.Start, trimmed.End, "<!--")) return false;
        int close = Scan.IndexOf(text, IsOpen ? trimmed : TextSpan.FromBounds(trimmed.Start + 4, trimmed.End), "-->");
        builder.AddDirectives(trimmed, line);
        IsOpen = close < 0;
        builder.Add(Model.ElementKind.Comment, line, trimmed);
        return true;
    }
}
