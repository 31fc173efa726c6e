using System;
using System.Collections.Generic;
using System.Text;

namespace TranscriptLint.Text;

/// <summary>How the bytes of a transcript were encoded, so a later fix can write them back the same way.</summary>
public enum TextEncodingKind
{
    Utf8,
    Utf8WithBom,
    Utf16LittleEndian,
    Utf16BigEndian,

    /// <summary>UTF-16 without a byte order mark, recognised by the NUL bytes of mostly-ASCII text.</summary>
    Utf16LittleEndianNoBom,

    /// <summary>UTF-16 big-endian without a byte order mark.</summary>
    Utf16BigEndianNoBom,
    Utf32LittleEndian,
    Utf32BigEndian,
}

/// <summary>
/// The decoded text of one file with its line table. Lines are found once, in one pass; everything
/// else (readers, rules, output) addresses text by offset, never by copying lines out.
/// </summary>
public sealed class SourceText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding LenientUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: false);
    private static readonly char[] LineBreaks = { '\r', '\n' };

    // lineStarts[i] is the offset of line i+1; contentEnds[i] is where its text stops (before the line break).
    private readonly int[] lineStarts;
    private readonly int[] contentEnds;

    private SourceText(string text, TextEncodingKind encoding, bool hadInvalidBytes, bool looksBinary, bool? isAscii = null)
    {
        Text = text;
        Encoding = encoding;
        HadInvalidBytes = hadInvalidBytes;
        LooksBinary = looksBinary;
        IsAscii = isAscii ?? AllAscii(text);
        (lineStarts, contentEnds, LineEnding) = IndexLines(text);
    }

    public string Text { get; }

    public int Length => Text.Length;

    public TextEncodingKind Encoding { get; }

    /// <summary>The first line break in the file ("\n", "\r\n" or "\r"); "\n" when there is none.</summary>
    public string LineEnding { get; }

    /// <summary>True when the bytes were not valid in the detected encoding; the bad bytes decode to U+FFFD.</summary>
    public bool HadInvalidBytes { get; }

    /// <summary>True when the bytes hold NUL characters and are not UTF-16 or UTF-32 text: a binary file, not a transcript.</summary>
    public bool LooksBinary { get; }

    public int LineCount => lineStarts.Length;

    /// <summary>True when every character is ASCII: no accent, no curly quote, no mojibake, no U+FFFD.</summary>
    public bool IsAscii { get; }

    public char this[int offset] => Text[offset];

    public static SourceText From(string text) => new(text, TextEncodingKind.Utf8, hadInvalidBytes: false, looksBinary: false);

    /// <summary>
    /// Decodes UTF-8 (with or without BOM), UTF-32 (with BOM), UTF-16 (with BOM, or without one when the NUL bytes
    /// of mostly-ASCII text show its byte order). Never throws on bad bytes.
    /// </summary>
    public static SourceText FromBytes(byte[] bytes) => FromBytes(bytes, bytes.Length);

    public static SourceText FromBytes(byte[] bytes, int count)
    {
        // UTF-32 LE's mark starts with UTF-16 LE's, so it is checked first.
        if (count >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            return Decode(bytes, 4, count - 4, TextEncodingKind.Utf32LittleEndian);
        }

        if (count >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
        {
            return Decode(bytes, 4, count - 4, TextEncodingKind.Utf32BigEndian);
        }

        if (count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Decode(bytes, 2, count - 2, TextEncodingKind.Utf16LittleEndian);
        }

        if (count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Decode(bytes, 2, count - 2, TextEncodingKind.Utf16BigEndian);
        }

        if (Utf16WithoutBom(bytes, count) is { } kind && Decode(bytes, 0, count, kind) is { } utf16 && !MostlyControl(utf16.Text))
        {
            return utf16;
        }

        bool bom = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        int start = bom ? 3 : 0;
        bool binary = Array.IndexOf(bytes, (byte)0, start, Math.Min(count - start, 8192)) >= 0;
        string text;
        bool invalid = false;
        try
        {
            text = StrictUtf8.GetString(bytes, start, count - start);
        }
        catch (DecoderFallbackException)
        {
            text = LenientUtf8.GetString(bytes, start, count - start);
            invalid = true;
        }

        // UTF-8 gives one character per byte exactly when every byte is ASCII: told without a scan.
        return new SourceText(text, bom ? TextEncodingKind.Utf8WithBom : TextEncodingKind.Utf8, invalid, binary, isAscii: !invalid && text.Length == count - start);
    }

    private static Encoding EncodingFor(TextEncodingKind kind, bool strict) => kind switch
    {
        TextEncodingKind.Utf16LittleEndian or TextEncodingKind.Utf16LittleEndianNoBom => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: strict),
        TextEncodingKind.Utf16BigEndian or TextEncodingKind.Utf16BigEndianNoBom => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: strict),
        TextEncodingKind.Utf32LittleEndian => new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: strict),
        TextEncodingKind.Utf32BigEndian => new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: strict),
        _ => strict ? StrictUtf8 : LenientUtf8,
    };

    private static SourceText Decode(byte[] bytes, int start, int count, TextEncodingKind kind)
    {
        try
        {
            return new SourceText(EncodingFor(kind, strict: true).GetString(bytes, start, count), kind, false, false);
        }
        catch (DecoderFallbackException)
        {
            return new SourceText(EncodingFor(kind, strict: false).GetString(bytes, start, count), kind, true, false);
        }
    }

    /// <summary>
    /// UTF-16 without a byte order mark, told by its NUL bytes: in mostly-ASCII text every other byte is NUL, the
    /// odd ones in little-endian, the even ones in big-endian, and the other half almost never (UTF-32 has both).
    /// </summary>
    private static TextEncodingKind? Utf16WithoutBom(byte[] bytes, int count)
    {
        int n = Math.Min(count, 8192) & ~1;
        if (n < 2) return null;

        // UTF-16 of mostly-ASCII text is nearly a third NUL bytes; most files have none, and a vectorised search says so.
        if (Array.IndexOf(bytes, (byte)0, 0, n) < 0) return null;
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }

        int pairs = n / 2;
        if (oddNul * 10 >= pairs * 3 && evenNul * 50 <= pairs) return TextEncodingKind.Utf16LittleEndianNoBom;
        if (evenNul * 10 >= pairs * 3 && oddNul * 50 <= pairs) return TextEncodingKind.Utf16BigEndianNoBom;
        return null;
    }

    private static bool AllAscii(string text)
    {
        foreach (char c in text)
        {
            if (c >= 0x80) return false;
        }

        return true;
    }

    /// <summary>More than 2% control characters other than tab, line breaks and form feed: binary read as UTF-16, not text.</summary>
    private static bool MostlyControl(string text)
    {
        int control = 0;
        foreach (char c in text)
        {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') control++;
        }

        return control * 50 > text.Length;
    }

    /// <summary>
    /// <paramref name="text"/> encoded the way this file was: the same encoding and byte order, the same byte order
    /// mark or none. Throws <see cref="EncoderFallbackException"/> for text the encoding cannot hold (a lone surrogate).
    /// </summary>
    public byte[] GetBytes(string text)
    {
        byte[] preamble = Encoding switch
        {
            TextEncodingKind.Utf8WithBom => new byte[] { 0xEF, 0xBB, 0xBF },
            TextEncodingKind.Utf16LittleEndian => new byte[] { 0xFF, 0xFE },
            TextEncodingKind.Utf16BigEndian => new byte[] { 0xFE, 0xFF },
            TextEncodingKind.Utf32LittleEndian => new byte[] { 0xFF, 0xFE, 0, 0 },
            TextEncodingKind.Utf32BigEndian => new byte[] { 0, 0, 0xFE, 0xFF },
            _ => Array.Empty<byte>(),
        };
        var encoding = EncodingFor(Encoding, strict: true);
        var bytes = new byte[preamble.Length + encoding.GetByteCount(text)];
        Array.Copy(preamble, bytes, preamble.Length);
        encoding.GetBytes(text, 0, text.Length, bytes, preamble.Length);
        return bytes;
    }

    /// <summary>The span of line <paramref name="line"/> (1-based) without its line break.</summary>
    public TextSpan GetLineSpan(int line) => TextSpan.FromBounds(lineStarts[line - 1], contentEnds[line - 1]);

    /// <summary>The line's text. Allocates: use for short lines or output, not on hot paths.</summary>
    public string GetLineText(int line) => Text.Substring(lineStarts[line - 1], contentEnds[line - 1] - lineStarts[line - 1]);

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>
    /// 1-based line and column of an offset known to be on line <paramref name="line"/> (a label's name on its label's
    /// line): no search. An offset that is not on that line is looked up as <see cref="GetPosition(int)"/> does.
    /// </summary>
    public LinePosition GetPosition(int offset, int line)
    {
        if (line >= 1 && line <= lineStarts.Length && offset >= lineStarts[line - 1] && offset <= contentEnds[line - 1])
        {
            return new LinePosition(line, offset - lineStarts[line - 1] + 1);
        }

        return GetPosition(offset);
    }

    /// <summary>1-based line and column of an offset. Binary search over the line table.</summary>
    public LinePosition GetPosition(int offset)
    {
        int index = Array.BinarySearch(lineStarts, offset);
        if (index < 0) index = ~index - 1;
        if (index < 0) index = 0;
        return new LinePosition(index + 1, offset - lineStarts[index] + 1);
    }

    // Where IndexLines gathers a file's line offsets before copying them out at their exact size: one pair per thread,
    // kept while it stays small (long-lived hosts keep a thread's pair between builds).
    [ThreadStatic]
    private static int[]? scratchStarts;

    [ThreadStatic]
    private static int[]? scratchEnds;

    private const int MaxKeptScratch = 1 << 16;

    private static (int[] Starts, int[] Ends, string LineEnding) IndexLines(string text)
    {
        var starts = scratchStarts ?? new int[256];
        var ends = scratchEnds ?? new int[256];
        int count = 0; // lines closed by a break so far; starts[count] is where the next one starts
        starts[0] = 0;
        string? ending = null;
        // IndexOfAny is vectorised by the runtime, which matters on files with very long lines.
        for (int i = text.IndexOfAny(LineBreaks); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(LineBreaks, i + 1) : -1)
        {
            char c = text[i];
            if (count + 2 > starts.Length)
            {
                Array.Resize(ref starts, starts.Length * 2);
                Array.Resize(ref ends, starts.Length);
            }

            ends[count] = i;
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                ending ??= "\r\n";
                i++;
            }
            else
            {
                ending ??= c == '\n' ? "\n" : "\r";
            }

            starts[++count] = i + 1;
        }

        ends[count] = text.Length;
        int lines = count + 1;

        // A final line break does not open a line of its own.
        if (lines > 1 && starts[lines - 1] == text.Length) lines--;

        var lineStarts = new int[lines];
        var contentEnds = new int[lines];
        Array.Copy(starts, lineStarts, lines);
        Array.Copy(ends, contentEnds, lines);
        if (starts.Length <= MaxKeptScratch)
        {
            scratchStarts = starts;
            scratchEnds = ends;
        }

        return (lineStarts, contentEnds, ending ?? "\n");
    }
}
