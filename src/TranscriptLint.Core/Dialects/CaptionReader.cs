using TranscriptLint.Model;
using TranscriptLint.Text;

namespace TranscriptLint.Dialects;

/// <summary>
/// WebVTT and SubRip share a shape: blocks separated by blank lines, each an optional identifier, a
/// <c>start --&gt; end</c> timing line and payload lines. WebVTT adds a <c>WEBVTT</c> header, NOTE/STYLE/REGION
/// blocks and <c>&lt;v Name&gt;</c> voice spans; SubRip payloads may start with a plain <c>NAME:</c> label.
/// </summary>
public abstract class CaptionReader : IDialectReader
{
    public abstract Dialect Dialect { get; }

    public TranscriptDocument Read(string path, SourceText source, ReaderOptions options)
    {
        var builder = new DocumentBuilder(path, source, Dialect);
        var text = source.Text;
        int line = 1;
        if (Dialect == Dialect.WebVtt) line = ReadHeader(builder, source);
        while (line <= source.LineCount)
        {
            var trimmed = Scan.Trim(text, source.GetLineSpan(line));
            if (trimmed.IsEmpty)
            {
                line++;
                continue;
            }

            line = ReadBlock(builder, source, line, options);
        }

        LabelDecision.ApplyToCaptions(builder);
        LabelDecision.MarkTurnContent(builder.Elements, builder.Text, captions: true);
        return builder.Build();
    }

    private int ReadBlock(DocumentBuilder builder, SourceText source, int first, ReaderOptions options)
    {
        var text = source.Text;
        var firstSpan = Scan.Trim(text, source.GetLineSpan(first));
        int end = first;
        while (end + 1 <= source.LineCount && !Scan.IsBlank(text, source.GetLineSpan(end + 1))) end++;

        if (Dialect == Dialect.WebVtt && (IsBlockKeyword(text, firstSpan, "NOTE") || IsBlockKeyword(text, firstSpan, "STYLE") || IsBlockKeyword(text, firstSpan, "REGION")))
        {
            for (int l = first; l <= end; l++)
            {
                var span = Scan.Trim(text, source.GetLineSpan(l));
                builder.AddDirectives(span, l);
                builder.Add(ElementKind.Comment, l, span);
            }

            return end + 1;
        }

        if (Scan.StartsWith(text, firstSpan.Start, firstSpan.End, "<!--"))
        {
            for (int l = first; l <= end; l++)
            {
                var span = Scan.Trim(text, source.GetLineSpan(l));
                builder.AddDirectives(span, l);
                builder.Add(ElementKind.Comment, l, span);
            }

            return end + 1;
        }

        int line = first;
        bool cueStarted = false;
        for (; line <= end; line++)
        {
            var trimmed = Scan.Trim(text, source.GetLineSpan(line));
            if (!cueStarted && TimeScanner.TryParseCueTiming(text, trimmed, line, out var range, out bool malformed))
            {
                cueStarted = true;
                builder.Add(ElementKind.CueTiming, line, trimmed);
                builder.ExtendLastTargets(first, end);
                if (range is not null) builder.TimeRanges.Add(range);
                else if (malformed) builder.TimeRanges.Add(MalformedTiming(trimmed, line));
                continue;
            }

            if (!cueStarted)
            {
                // The cue identifier (a number in SubRip, any text in WebVTT).
                builder.Add(ElementKind.Note, line, trimmed, layout: true);
                continue;
            }

            if (options.EndMarkers.IsMatch(text, trimmed))
            {
                builder.Add(ElementKind.EndMarker, line, trimmed);
            }
            else if (TryParsePayloadLabel(text, trimmed, line, options, out var label))
            {
                builder.Add(ElementKind.SpeakerLabel, line, trimmed, label);
            }
            else
            {
                builder.Add(ElementKind.Speech, line, trimmed);
            }
        }

        return end + 1;
    }

    /// <summary>A timing line whose times could not be read: both ends are the whole line, marked by hour -1.</summary>
    private static TimeRange MalformedTiming(TextSpan trimmed, int line)
    {
        var token = new TimeToken(trimmed, -1, 0, 0, 0, false, Meridiem.None);
        return new TimeRange(TimeRangeKind.CueTiming, token, token, line);
    }

    protected virtual bool TryParsePayloadLabel(string text, TextSpan trimmed, int line, ReaderOptions options, out SpeakerLabel? label)
    {
        label = LabelParser.TryPlain(text, trimmed, line, options, stamps: null) ?? LabelParser.TryDisplayName(text, trimmed, line);
        return label is not null;
    }

    private static int ReadHeader(DocumentBuilder builder, SourceText source)
    {
        var text = source.Text;
        int line = 1;
        for (; line <= source.LineCount; line++)
        {
            var trimmed = Scan.Trim(text, source.GetLineSpan(line));
            if (trimmed.IsEmpty) break;
            builder.Add(ElementKind.Note, line, trimmed, layout: true);
        }

        return line;
    }

    private static bool IsBlockKeyword(string text, TextSpan trimmed, string keyword)
        => Scan.StartsWith(text, trimmed.Start, trimmed.End, keyword) && (trimmed.Length == keyword.Length || Scan.IsSpace(text[trimmed.Start + keyword.Length]));
}

/// <summary>WebVTT captions.</summary>
public sealed class WebVttReader : CaptionReader
{
    public override Dialect Dialect => Dialect.WebVtt;

    /// <summary><c>&lt;v Name&gt;</c> or <c>&lt;v.loud Name&gt;</c> at the start of a payload line; plain labels as a fallback.</summary>
    protected override bool TryParsePayloadLabel(string text, TextSpan trimmed, int line, ReaderOptions options, out SpeakerLabel? label)
    {
        label = null;
        if (Scan.StartsWith(text, trimmed.Start, trimmed.End, "<v") && trimmed.Length > 3 && (text[trimmed.Start + 2] == ' ' || text[trimmed.Start + 2] == '.' || text[trimmed.Start + 2] == '\t'))
        {
            int close = Scan.IndexOf(text, trimmed, '>');
            if (close < 0) return false;
            int nameStart = trimmed.Start + 2;
            while (nameStart < close && !Scan.IsSpace(text[nameStart])) nameStart++; // skip ".class" names
            var name = Scan.Trim(text, TextSpan.FromBounds(nameStart, close));
            if (name.IsEmpty || !SpeakerNames.IsNameLike(text, name, NameShape.Markup)) return false;
            bool speech = HasTextOutsideTags(text, TextSpan.FromBounds(close + 1, trimmed.End));
            label = SpeakerLabel.Create(text, name, TextSpan.FromBounds(trimmed.Start, close + 1), speech, line, style: "<v NAME>");
            return true;
        }

        return base.TryParsePayloadLabel(text, trimmed, line, options, out label);
    }

    private static bool HasTextOutsideTags(string text, TextSpan span)
    {
        bool inTag = false;
        for (int i = span.Start; i < span.End; i++)
        {
            char c = text[i];
            if (c == '<') inTag = true;
            else if (c == '>') inTag = false;
            else if (!inTag && !Scan.IsSpace(c)) return true;
        }

        return false;
    }
}

/// <summary>SubRip captions.</summary>
public sealed class SubRipReader : CaptionReader
{
    public override Dialect Dialect => Dialect.SubRip;
}
