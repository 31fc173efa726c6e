using System.Collections.Generic;
using TranscriptLint.Model;
using TranscriptLint.Text;

namespace TranscriptLint.Dialects;

/// <summary>
/// Markdown transcripts: <c>**Name:** text</c> or <c>**Name**: text</c> labels (plain <c>NAME:</c> labels too),
/// ATX headings, YAML front matter and fenced code (never transcript text), HTML comments, an optional end marker.
/// </summary>
public sealed class MarkdownTranscriptReader : IDialectReader
{
    private const int MaxHeaderLines = 12;

    public Dialect Dialect => Dialect.Markdown;

    public TranscriptDocument Read(string path, SourceText source, ReaderOptions options)
    {
        var builder = new DocumentBuilder(path, source, Dialect);
        var text = source.Text;
        var comments = default(HtmlComments);
        int line = 1;
        line = SkipFrontMatter(builder, source, line);

        char fenceChar = '\0';
        int fenceLength = 0;
        bool seenLabel = false;
        int headerLines = 0;
        int lastTextLine = 0;
        bool lastWasHeading = false;
        bool paginated = false;
        for (; line <= source.LineCount; line++)
        {
            var raw = source.GetLineSpan(line);
            var trimmed = Scan.Trim(text, raw);
            bool opensParagraph = lastTextLine < line - 1 || lastWasHeading;
            if (!trimmed.IsEmpty && fenceChar == '\0' && !Scan.StartsWith(text, trimmed.Start, trimmed.End, "<!--"))
            {
                lastTextLine = line;
                lastWasHeading = HeadingLevel(text, trimmed) > 0;
            }
            else if (!trimmed.IsEmpty && lastTextLine == line - 1)
            {
                lastTextLine = line; // a comment inside a paragraph keeps it going
            }
            if (fenceChar != '\0')
            {
                if (IsFence(text, trimmed, out char c, out int length) && c == fenceChar && length >= fenceLength && IsOnlyFence(text, trimmed, length))
                {
                    fenceChar = '\0';
                }

                if (!trimmed.IsEmpty) builder.Add(ElementKind.Code, line, trimmed);
                continue;
            }

            trimmed = Scan.TakeFormFeed(builder, trimmed, line);
            if (trimmed.IsEmpty) continue;
            if (IsFence(text, trimmed, out char open, out int openLength) && IsOpeningFence(text, trimmed, open, openLength))
            {
                fenceChar = open;
                fenceLength = openLength;
                builder.Add(ElementKind.Code, line, trimmed);
                continue;
            }

            if (comments.TryConsume(builder, trimmed, line)) continue;
            int level = HeadingLevel(text, trimmed);
            if (level > 0)
            {
                builder.Add(ElementKind.Heading, line, trimmed, headingLevel: level);
                if (!seenLabel && headerLines < MaxHeaderLines) TimeScanner.ScanClockRanges(text, trimmed, line, builder.TimeRanges);
                continue;
            }

            if (Scan.IsPageBreak(text, trimmed))
            {
                builder.Add(ElementKind.PageBreak, line, trimmed);
                continue;
            }

            if (!paginated && IsPageNumber(text, trimmed)) paginated = true;

            if (options.EndMarkers.IsMatch(text, trimmed))
            {
                builder.Add(ElementKind.EndMarker, line, trimmed);
                continue;
            }

            if (TryParseLabel(text, trimmed, line, options, builder.Timestamps) is { } label)
            {
                label.IsListItem = IsListItem(text, trimmed) || trimmed.Start - raw.Start >= 2;
                label.StartsParagraph = opensParagraph;
                seenLabel = true;
                builder.Add(ElementKind.SpeakerLabel, line, trimmed, label);
                if (label.HasInlineSpeech) TimeScanner.ScanBracketedStamps(text, trimmed, line, builder.Timestamps);
                continue;
            }

            // A paragraph that opens in bold but is no label may be a broken one: decided with the file's speakers.
            if (IsBoldLead(text, trimmed)) builder.BoldLeads.Add(builder.Elements.Count);
            bool note = TextTranscriptReader.IsEmphasisedNote(text, trimmed) && !IsBoldLead(text, trimmed);
            if (!seenLabel && headerLines < MaxHeaderLines)
            {
                // Text before the first speaker is the episode's header and show notes, not speech.
                headerLines++;
                builder.Add(note ? ElementKind.Note : ElementKind.Header, line, trimmed);

                // Chapter lists ("- 05:10 – 31:45 The interview") hold media offsets, not times of day.
                if (!IsListItem(text, trimmed)) TimeScanner.ScanClockRanges(text, trimmed, line, builder.TimeRanges);
                continue;
            }

            builder.Add(note ? ElementKind.Note : ElementKind.Speech, line, trimmed);
            if (!note) TimeScanner.ScanBracketedStamps(text, trimmed, line, builder.Timestamps);
        }

        if (!paginated) MarkThematicBreaks(builder);
        LabelDecision.Apply(builder, options);
        return builder.Build();
    }

    /// <summary>
    /// <c>**Name:**</c>, <c>**Name**:</c> (also with <c>__</c>), <c>**Jane Doe** 00:00:18</c> (review-tool style), or a
    /// plain label in any of the shapes <see cref="LabelParser"/> reads.
    /// </summary>
    internal static SpeakerLabel? TryParseLabel(string text, TextSpan trimmed, int line, ReaderOptions options, List<InlineTimestamp>? stamps)
    {
        int start = trimmed.Start;
        if (trimmed.Length > 2 && (text[start] == '-' || text[start] == '+') && Scan.IsSpace(text[start + 1]))
        {
            start++;
            while (start < trimmed.End && Scan.IsSpace(text[start])) start++;
        }

        if (Scan.StartsWith(text, start, trimmed.End, "**") || Scan.StartsWith(text, start, trimmed.End, "__"))
        {
            string marks = text[start] == '*' ? "**" : "__";
            int innerStart = start + 2;
            int close = innerStart < trimmed.End ? text.IndexOf(marks, innerStart, trimmed.End - innerStart, System.StringComparison.Ordinal) : -1;
            if (close <= innerStart) return null;
            int after = close + 2;
            TextSpan name;
            int innerEnd = close;
            while (innerEnd > innerStart && Scan.IsSpace(text[innerEnd - 1])) innerEnd--; // "**Jane Doe: **"
            if (innerEnd > innerStart && text[innerEnd - 1] == ':')
            {
                name = Scan.Trim(text, TextSpan.FromBounds(innerStart, innerEnd - 1));
            }
            else if (after < trimmed.End && text[after] == ':')
            {
                name = Scan.Trim(text, TextSpan.FromBounds(innerStart, close));
                after++;
            }
            else if (LabelParser.TryLoneTime(text, Scan.Trim(text, TextSpan.FromBounds(after, trimmed.End)), out _))
            {
                name = Scan.Trim(text, TextSpan.FromBounds(innerStart, close));
            }
            else if (TryLinkedTime(text, after, trimmed.End, out int linkEnd))
            {
                // "**Jane Doe** [12:34](https://…): text": notes that link each turn to the recording.
                name = Scan.Trim(text, TextSpan.FromBounds(innerStart, close));
                after = linkEnd;
            }
            else
            {
                return null;
            }

            // "**Jane Doe:**...and so" or "**Jane Doe:**\[21:47\]": speech may follow without a space, but not a
            // word or a stray asterisk (that is a broken label, see TL0014).
            if (after < trimmed.End && !Scan.IsSpace(text[after]) && (char.IsLetterOrDigit(text[after]) || text[after] == '*' || text[after] == '_')) return null;
            if (SpeakerNames.StartsWithLink(text, after, trimmed.End)) return null;

            // Bold lead-ins of prose ("**What we decided:**") and notes ("**Note:**") are not speakers: Build checks.
            return LabelParser.Build(text, name, TextSpan.FromBounds(start, after), TextSpan.FromBounds(after, trimmed.End), line, options, stamps, NameShape.Emphasised);
        }

        return LabelParser.TryBracketedName(text, TextSpan.FromBounds(start, trimmed.End), line, options, stamps)
               ?? LabelParser.TryPlain(text, trimmed, line, options, stamps, allowOneWord: true);
    }

    /// <summary>
    /// In Markdown, <c>---</c> is a thematic break (a section divider) unless the file shows pagination: a form feed,
    /// or page numbers such as <c>Page 12</c>.
    /// </summary>
    private static void MarkThematicBreaks(DocumentBuilder builder)
    {
        var elements = builder.Elements;
        foreach (var element in elements)
        {
            if (element.Kind == ElementKind.PageBreak && builder.Text[element.Span.Start] == '\f') return;
        }

        for (int i = 0; i < elements.Count; i++)
        {
            if (elements[i].Kind == ElementKind.PageBreak) elements[i] = new TranscriptElement(ElementKind.ThematicBreak, elements[i].Line, elements[i].Span);
        }
    }

    /// <summary>A line that is a page number: <c>Page 12</c>, <c>Page 12 of 40</c>, <c>- 12 -</c>.</summary>
    private static bool IsPageNumber(string text, TextSpan trimmed)
    {
        if (trimmed.Length > 16) return false;
        string line = text.Substring(trimmed.Start, trimmed.Length).Trim('-', ' ', '*', '_');
        if (line.StartsWith("Page ", System.StringComparison.OrdinalIgnoreCase)) line = line.Substring(5);
        else if (trimmed.Length == line.Length) return false;
        int digits = 0;
        while (digits < line.Length && line[digits] >= '0' && line[digits] <= '9') digits++;
        return digits > 0 && (digits == line.Length || line.Substring(digits).TrimStart().StartsWith("of ", System.StringComparison.OrdinalIgnoreCase));
    }

    /// <summary><c> [12:34](link):</c> after a bold name: a time as a link's text, then a colon; <paramref name="end"/> is past the colon.</summary>
    private static bool TryLinkedTime(string text, int start, int lineEnd, out int end)
    {
        end = start;
        int i = start;
        while (i < lineEnd && Scan.IsSpace(text[i])) i++;
        if (i >= lineEnd || text[i] != '[') return false;
        int close = text.IndexOf(']', i, System.Math.Min(lineEnd - i, 16));
        if (close < 0 || close + 1 >= lineEnd || text[close + 1] != '(' || !TimeScanner.TryParseCueTime(text, TextSpan.FromBounds(i + 1, close), out _) && !LabelParser.TryLoneTime(text, TextSpan.FromBounds(i + 1, close), out _)) return false;
        int paren = text.IndexOf(')', close + 1, lineEnd - close - 1);
        if (paren < 0 || paren + 1 >= lineEnd || text[paren + 1] != ':') return false;
        end = paren + 2;
        return true;
    }

    private static bool IsListItem(string text, TextSpan trimmed)
    {
        char first = text[trimmed.Start];
        if ((first == '-' || first == '*' || first == '+') && trimmed.Length > 1 && Scan.IsSpace(text[trimmed.Start + 1])) return true;
        int i = trimmed.Start;
        while (i < trimmed.End && Scan.IsAsciiDigit(text[i])) i++;
        return i > trimmed.Start && i + 1 < trimmed.End && (text[i] == '.' || text[i] == ')') && Scan.IsSpace(text[i + 1]);
    }

    private static bool IsBoldLead(string text, TextSpan trimmed) => Scan.StartsWith(text, trimmed.Start, trimmed.End, "**");

    private static int SkipFrontMatter(DocumentBuilder builder, SourceText source, int line)
    {
        var text = source.Text;
        if (source.LineCount < 2 || !Scan.Equals(text, Scan.Trim(text, source.GetLineSpan(1)), "---")) return line;
        for (int i = 2; i <= source.LineCount; i++)
        {
            var trimmed = Scan.Trim(text, source.GetLineSpan(i));
            if (Scan.Equals(text, trimmed, "---") || Scan.Equals(text, trimmed, "..."))
            {
                for (int j = 1; j <= i; j++)
                {
                    var span = Scan.Trim(text, source.GetLineSpan(j));
                    if (!span.IsEmpty) builder.Add(ElementKind.Note, j, span);
                }

                ReadFrontMatterSpeakers(builder, source, 2, i - 1);
                return i + 1;
            }
        }

        // No closing fence: a thematic break, not front matter.
        return line;
    }

    /// <summary>
    /// The front matter's <c>speakers:</c> list, as <c>speakers: [A, B]</c> or as <c>- A</c> items below the key
    /// (a plain YAML subset: enough for the lists podcast sites keep, not a YAML parser).
    /// </summary>
    private static void ReadFrontMatterSpeakers(DocumentBuilder builder, SourceText source, int first, int last)
    {
        var text = source.Text;
        for (int line = first; line <= last; line++)
        {
            var raw = source.GetLineSpan(line);
            if (Scan.StartsWithIgnoreCase(text, raw.Start, raw.End, "transcript")) builder.DeclaresTranscript = true; // transcript_by:, transcriber:
            if (!Scan.StartsWith(text, raw.Start, raw.End, "speakers:")) continue;
            var rest = Scan.Trim(text, TextSpan.FromBounds(raw.Start + "speakers:".Length, raw.End));
            if (!rest.IsEmpty)
            {
                string inline = text.Substring(rest.Start, rest.Length).Trim('[', ']');
                foreach (var item in inline.Split(',')) AddSpeaker(builder, item);
                return;
            }

            for (int item = line + 1; item <= last; item++)
            {
                var entry = Scan.Trim(text, source.GetLineSpan(item));
                if (entry.IsEmpty) continue;
                if (text[entry.Start] != '-') return;
                AddSpeaker(builder, text.Substring(entry.Start + 1, entry.Length - 1));
            }

            return;
        }
    }

    private static void AddSpeaker(DocumentBuilder builder, string item)
    {
        string name = item.Trim().Trim('"', '\'').Trim();
        if (name.Length > 0) builder.FrontMatterSpeakers.Add(name);
    }

    private static int HeadingLevel(string text, TextSpan trimmed)
    {
        int level = 0;
        while (level < trimmed.Length && text[trimmed.Start + level] == '#') level++;
        if (level == 0 || level > 6) return 0;
        if (level < trimmed.Length && !Scan.IsSpace(text[trimmed.Start + level])) return 0;
        return level;
    }

    private static bool IsFence(string text, TextSpan trimmed, out char fence, out int length)
    {
        fence = '\0';
        length = 0;
        if (trimmed.Length < 3) return false;
        char c = text[trimmed.Start];
        if (c != '`' && c != '~') return false;
        while (length < trimmed.Length && text[trimmed.Start + length] == c) length++;
        if (length < 3) return false;
        fence = c;
        return true;
    }

    private static bool IsOnlyFence(string text, TextSpan trimmed, int length) => trimmed.Length == length;

    /// <summary>
    /// A backtick fence opens a code block only if its info string holds no backtick (CommonMark): <c>```a?.b```</c> on
    /// one line is inline code in a paragraph, and taking it for a fence would swallow the rest of the file as code.
    /// </summary>
    private static bool IsOpeningFence(string text, TextSpan trimmed, char fence, int length) =>
        fence != '`' || text.IndexOf('`', trimmed.Start + length, trimmed.Length - length) < 0;
}
