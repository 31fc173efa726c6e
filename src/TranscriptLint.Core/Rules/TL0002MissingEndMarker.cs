using TranscriptLint.Diagnostics;
using TranscriptLint.Model;
using TranscriptLint.Text;

namespace TranscriptLint.Rules;

/// <summary>TL0002: a meeting transcript must end with an end marker, so a truncated file is noticed.</summary>
public sealed class TL0002MissingEndMarker : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "TL0002",
        "missing-end-marker",
        "Transcript has no end marker",
        "A meeting transcript that does not end with an end marker such as [END OF TRANSCRIPTION]: the file may have been cut short.",
        "Completeness",
        Severity.Warning,
        appliesToCaptions: false);

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(TranscriptDocument document, RuleContext context)
    {
        TranscriptElement? last = null;
        foreach (var element in document.ElementList)
        {
            if (element.Kind == ElementKind.EndMarker) return;
            if (element.Kind != ElementKind.Comment) last = element;
        }

        var markers = context.Settings.EndMarkers.Markers;
        string example = markers.Count > 0 ? markers[0] : "[END OF TRANSCRIPTION]";
        var span = last?.Span ?? new TextSpan(0, 0);
        context.Report(span, $"The transcript does not end with an end marker. If it is complete, add '{example}' after the last line; if it was cut short, restore the missing text. (Set endMarkers in transcriptlint.json if this file uses another marker.)", Append(document.Text, example));
    }

    /// <summary>
    /// The marker on a line of its own after the last line, with the file's line ending (and its final line break, or
    /// none); after a blank line when the file separates its paragraphs with blank lines, so Markdown keeps it apart.
    /// </summary>
    private static Fix Append(SourceText source, string marker)
    {
        string text = source.Text;
        string newline = source.LineEnding;
        if (text.Length == 0) return new Fix($"append '{marker}'", new TextSpan(0, 0), marker + newline);
        bool endsWithBreak = text[text.Length - 1] == '\n' || text[text.Length - 1] == '\r';
        bool paragraphs = text.IndexOf(newline + newline, System.StringComparison.Ordinal) >= 0;
        int last = source.LineCount;
        bool lastLineBlank = source.GetLineSpan(last).IsEmpty || string.IsNullOrWhiteSpace(source.GetLineText(last));
        string blank = paragraphs && !lastLineBlank ? newline : string.Empty;
        string insert = endsWithBreak ? blank + marker + newline : newline + blank + marker;
        return new Fix($"append '{marker}'", new TextSpan(text.Length, 0), insert);
    }
}
