using System;
using System.IO;
using TranscriptLint.Model;
using TranscriptLint.Text;

namespace TranscriptLint.Dialects;

/// <summary>Picks a dialect from the file name, then from the first lines when the extension says nothing.</summary>
public static class DialectDetector
{
    public static readonly IDialectReader Text = new TextTranscriptReader();
    public static readonly IDialectReader Markdown = new MarkdownTranscriptReader();
    public static readonly IDialectReader WebVtt = new WebVttReader();
    public static readonly IDialectReader SubRip = new SubRipReader();

    public static IDialectReader GetReader(Dialect dialect) => dialect switch
    {
        Dialect.Text => Text,
        Dialect.Markdown => Markdown,
        Dialect.WebVtt => WebVtt,
        _ => SubRip,
    };

    /// <summary>True for the extensions a folder walk considers: .txt, .md, .markdown, .vtt, .srt.</summary>
    public static bool IsTranscriptExtension(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Equals(".txt", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".vtt", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".srt", StringComparison.OrdinalIgnoreCase);
    }

    public static Dialect Detect(string path, SourceText source)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".vtt":
                return Dialect.WebVtt;
            case ".srt":
                return Dialect.SubRip;
            case ".md":
            case ".markdown":
                return Dialect.Markdown;
            case ".txt":
                return Dialect.Text;
        }

        return Sniff(source);
    }

    private static Dialect Sniff(SourceText source)
    {
        var text = source.Text;
        int line = 1;
        while (line <= source.LineCount && Scan.IsBlank(text, source.GetLineSpan(line))) line++;
        if (line > source.LineCount) return Dialect.Text;
        var first = Scan.Trim(text, source.GetLineSpan(line));
        if (Scan.StartsWith(text, first.Start, first.End, "WEBVTT")) return Dialect.WebVtt;
        if (line < source.LineCount && IsDigits(text, first) && Scan.IndexOf(text, source.GetLineSpan(line + 1), "-->") >= 0) return Dialect.SubRip;
        for (int l = line; l <= Math.Min(source.LineCount, line + 40); l++)
        {
            var span = Scan.Trim(text, source.GetLineSpan(l));
            if (Scan.StartsWith(text, span.Start, span.End, "**") && MarkdownTranscriptReader.TryParseLabel(text, span, l, ReaderOptions.Default, null) is not null) return Dialect.Markdown;
            if (Scan.StartsWith(text, span.Start, span.End, "# ")) return Dialect.Markdown;
        }

        return Dialect.Text;
    }

    private static bool IsDigits(string text, TextSpan span)
    {
        if (span.IsEmpty) return false;
        for (int i = span.Start; i < span.End; i++)
        {
            if (!Scan.IsAsciiDigit(text[i])) return false;
        }

        return true;
    }
}
