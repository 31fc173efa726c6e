using System;
using System.Collections.Generic;
using System.IO;
using TranscriptLint.Model;
using TranscriptLint.Text;

namespace TranscriptLint.Dialects;

/// <summary>
/// One transcript format: its config name and aliases, the file extensions that mean it, whether it is captions
/// (cue-based: on for every file of a walk, off for rules that need running prose), its reader, and how to recognise it
/// from its first lines when the extension says nothing.
/// </summary>
public sealed class DialectInfo
{
    internal DialectInfo(Dialect dialect, string name, IReadOnlyList<string> aliases, IReadOnlyList<string> extensions, bool isCaptions, IDialectReader reader, Func<SourceText, int, bool>? sniffer)
    {
        Dialect = dialect;
        Name = name;
        Aliases = aliases;
        Extensions = extensions;
        IsCaptions = isCaptions;
        Reader = reader;
        Sniffer = sniffer;
    }

    public Dialect Dialect { get; }

    /// <summary>The name config uses (<c>"dialect": "markdown"</c>).</summary>
    public string Name { get; }

    /// <summary>Other spellings config accepts (ignoring case).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Lower-case, with the dot: <c>.md</c>. A folder walk and the package's default globs consider these.</summary>
    public IReadOnlyList<string> Extensions { get; }

    public bool IsCaptions { get; }

    public IDialectReader Reader { get; }

    /// <summary>True when the text (from its first non-blank line, 1-based) is in this dialect; null for the fallback.</summary>
    public Func<SourceText, int, bool>? Sniffer { get; }
}

/// <summary>
/// Every dialect TranscriptLint reads, in one table: detection, readers, config names, the folder walk's extensions,
/// the package's default globs (generated from <see cref="DefaultGlobs"/>) and "captions or not" all come from here.
/// Adding a dialect is one entry here plus its reader.
/// </summary>
public static class DialectRegistry
{
    /// <summary>In <see cref="Dialect"/> order.</summary>
    public static readonly IReadOnlyList<DialectInfo> All = new[]
    {
        new DialectInfo(Dialect.Text, "text", new[] { "txt" }, new[] { ".txt" }, isCaptions: false, new TextTranscriptReader(), sniffer: null),
        new DialectInfo(Dialect.Markdown, "markdown", new[] { "md" }, new[] { ".md", ".markdown" }, isCaptions: false, new MarkdownTranscriptReader(), SniffMarkdown),
        new DialectInfo(Dialect.WebVtt, "webvtt", new[] { "vtt" }, new[] { ".vtt" }, isCaptions: true, new WebVttReader(), SniffWebVtt),
        new DialectInfo(Dialect.SubRip, "subrip", new[] { "srt" }, new[] { ".srt" }, isCaptions: true, new SubRipReader(), SniffSubRip),
    };

    /// <summary>What a file is when no extension and no sniffer claims it.</summary>
    public static DialectInfo Fallback => Get(Dialect.Text);

    /// <summary>Every registered extension, in registry order (<c>.txt</c>, <c>.md</c>, …).</summary>
    public static readonly IReadOnlyList<string> Extensions = CollectExtensions();

    /// <summary>The globs a folder walk and the package's default items use: <c>**/*.txt</c> and so on.</summary>
    public static readonly IReadOnlyList<string> DefaultGlobs = CollectGlobs();

    /// <summary>Config spellings (name, then aliases) of every dialect, in registry order.</summary>
    public static readonly IReadOnlyList<string> Spellings = CollectSpellings();

    public static DialectInfo Get(Dialect dialect)
    {
        foreach (var info in All)
        {
            if (info.Dialect == dialect) return info;
        }

        throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "not a registered dialect");
    }

    /// <summary>The dialect a file's extension names, or null.</summary>
    public static DialectInfo? FromExtension(string path)
    {
        string extension = Path.GetExtension(path);
        foreach (var info in All)
        {
            foreach (var known in info.Extensions)
            {
                if (extension.Equals(known, StringComparison.OrdinalIgnoreCase)) return info;
            }
        }

        return null;
    }

    /// <summary>A dialect by config name or alias, ignoring case.</summary>
    public static DialectInfo? FromName(string name)
    {
        foreach (var info in All)
        {
            if (string.Equals(info.Name, name, StringComparison.OrdinalIgnoreCase)) return info;
            foreach (var alias in info.Aliases)
            {
                if (string.Equals(alias, name, StringComparison.OrdinalIgnoreCase)) return info;
            }
        }

        return null;
    }

    /// <summary>
    /// The dialect of text whose extension says nothing: the captions' signature headers are tried first, then the
    /// looser evidence of the others, then the fallback.
    /// </summary>
    public static DialectInfo Sniff(SourceText source)
    {
        var text = source.Text;
        int line = 1;
        while (line <= source.LineCount && Scan.IsBlank(text, source.GetLineSpan(line))) line++;
        if (line > source.LineCount) return Fallback;
        foreach (bool captions in new[] { true, false })
        {
            foreach (var info in All)
            {
                if (info.IsCaptions == captions && info.Sniffer is { } sniff && sniff(source, line)) return info;
            }
        }

        return Fallback;
    }

    private static bool SniffWebVtt(SourceText source, int line)
    {
        var first = Scan.Trim(source.Text, source.GetLineSpan(line));
        return Scan.StartsWith(source.Text, first.Start, first.End, "WEBVTT");
    }

    private static bool SniffSubRip(SourceText source, int line)
    {
        var first = Scan.Trim(source.Text, source.GetLineSpan(line));
        return line < source.LineCount && IsDigits(source.Text, first) && Scan.IndexOf(source.Text, source.GetLineSpan(line + 1), "-->") >= 0;
    }

    private static bool SniffMarkdown(SourceText source, int line)
    {
        var text = source.Text;
        for (int l = line; l <= Math.Min(source.LineCount, line + 40); l++)
        {
            var span = Scan.Trim(text, source.GetLineSpan(l));
            if (Scan.StartsWith(text, span.Start, span.End, "**") && MarkdownTranscriptReader.TryParseLabel(text, span, l, ReaderOptions.Default, null) is not null) return true;
            if (Scan.StartsWith(text, span.Start, span.End, "# ")) return true;
        }

        return false;
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

    private static IReadOnlyList<string> CollectExtensions()
    {
        var list = new List<string>();
        foreach (var info in All) list.AddRange(info.Extensions);
        return list;
    }

    private static IReadOnlyList<string> CollectGlobs()
    {
        var list = new List<string>();
        foreach (var extension in CollectExtensions()) list.Add("**/*" + extension);
        return list;
    }

    private static IReadOnlyList<string> CollectSpellings()
    {
        var list = new List<string>();
        foreach (var info in All)
        {
            list.Add(info.Name);
            list.AddRange(info.Aliases);
        }

        return list;
    }
}
