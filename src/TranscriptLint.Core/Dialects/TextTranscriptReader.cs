using TranscriptLint.Model;
using TranscriptLint.Text;

namespace TranscriptLint.Dialects;

/// <summary>
/// Plain-text meeting transcripts (the ICANN shape): a title block with a date and time range, <c>NAME:</c>
/// labels alone on a line or followed by speech, <c>---</c> page breaks, italic notes, an end marker.
/// </summary>
public sealed class TextTranscriptReader : IDialectReader
{
    private const int MaxHeaderLines = 12;

    public Dialect Dialect => Dialect.Text;

    public TranscriptDocument Read(string path, SourceText source, ReaderOptions options)
    {
        var builder = new DocumentBuilder(path, source, Dialect);
        var text = source.Text;
        var comments = default(HtmlComments);

        // The header is the first block of consecutive text lines, if it comes before any speaker label.
        var header = HeaderState.NotStarted;
        int headerLines = 0;
        TextSpan title = default;
        int lastTextLine = 0;
        for (int line = 1; line <= source.LineCount; line++)
        {
            var raw = source.GetLineSpan(line);
            var trimmed = Scan.Trim(text, raw);
            bool opensParagraph = lastTextLine < line - 1;
            trimmed = Scan.TakeFormFeed(builder, trimmed, line);
            if (trimmed.IsEmpty)
            {
                if (header == HeaderState.Inside) header = HeaderState.Done;
                continue;
            }

            // A comment line (a suppression, a fixture's note) neither opens nor continues a paragraph.
            if (comments.TryConsume(builder, trimmed, line))
            {
                if (lastTextLine == line - 1) lastTextLine = line;
                continue;
            }

            lastTextLine = line;
            // A running page header repeats the title where a page of the source began.
            if (Scan.IsPageBreak(text, trimmed) || (header == HeaderState.Done && title.Length > 0 && trimmed.Length == title.Length && string.CompareOrdinal(text, trimmed.Start, text, title.Start, title.Length) == 0))
            {
                builder.Add(ElementKind.PageBreak, line, trimmed);
                continue;
            }

            if (options.EndMarkers.IsMatch(text, trimmed))
            {
                builder.Add(ElementKind.EndMarker, line, trimmed);
                header = HeaderState.Done;
                continue;
            }

            if ((LabelParser.TryBracketedName(text, trimmed, line, options, builder.Timestamps) ?? LabelParser.TryPlain(text, trimmed, line, options, builder.Timestamps, allowOneWord: header == HeaderState.Done)) is { } label)
            {
                label.IsListItem = IsListItem(text, trimmed);
                label.StartsParagraph = opensParagraph;
                builder.Add(ElementKind.SpeakerLabel, line, trimmed, label);
                if (label.HasInlineSpeech) TimeScanner.ScanBracketedStamps(text, trimmed, line, builder.Timestamps);
                header = HeaderState.Done;
                continue;
            }

            if (header != HeaderState.Done && headerLines < MaxHeaderLines)
            {
                header = HeaderState.Inside;
                if (headerLines++ == 0) title = trimmed;
                builder.Add(ElementKind.Header, line, trimmed);
                TimeScanner.ScanClockRanges(text, trimmed, line, builder.TimeRanges);
                continue;
            }

            header = HeaderState.Done;
            bool note = IsEmphasisedNote(text, trimmed);
            builder.Add(note ? ElementKind.Note : ElementKind.Speech, line, trimmed);
            if (!note) TimeScanner.ScanBracketedStamps(text, trimmed, line, builder.Timestamps);
        }

        LabelDecision.Apply(builder, options);
        return builder.Build();
    }

    private static bool IsListItem(string text, TextSpan trimmed)
        => trimmed.Length > 2 && (text[trimmed.Start] == '-' || text[trimmed.Start] == '*' || text[trimmed.Start] == '+') && Scan.IsSpace(text[trimmed.Start + 1]);

    /// <summary>
    /// A line wholly in <c>*…*</c> or <c>_…_</c>, such as the transcriber's <c>*Remarque : …*</c>. An emphasised
    /// bracketed annotation such as <c>*[inaudible]*</c> stands for speech, so it is not a note.
    /// </summary>
    internal static bool IsEmphasisedNote(string text, TextSpan trimmed)
    {
        if (trimmed.Length < 3) return false;
        char first = text[trimmed.Start];
        if ((first != '*' && first != '_') || text[trimmed.End - 1] != first) return false;
        int inner = trimmed.Start;
        while (inner < trimmed.End && (text[inner] == first || Scan.IsSpace(text[inner]))) inner++;
        return inner < trimmed.End && text[inner] != '[';
    }

    private enum HeaderState
    {
        NotStarted,
        Inside,
        Done,
    }
}
