using TranscriptLint.Text;

namespace TranscriptLint.Dialects;

/// <summary>Small span helpers over a string, so readers never copy lines to inspect them.</summary>
internal static class Scan
{
    /// <summary>
    /// '0' to '9' only. Numbers are parsed from these; other scripts' digits (fullwidth, Arabic-Indic, ...) are
    /// text, since <c>char.IsDigit</c> accepts them but neither int.Parse nor <c>c - '0'</c> reads them.
    /// </summary>
    public static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

    public static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\uFEFF';

    public static TextSpan Trim(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && IsSpace(text[start])) start++;
        while (end > start && IsSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }

    public static bool IsBlank(string text, TextSpan span) => Trim(text, span).IsEmpty;

    public static bool StartsWith(string text, int offset, int end, string value)
        => end - offset >= value.Length && HasAt(text, offset, value);

    public static bool StartsWithIgnoreCase(string text, int offset, int end, string value)
        => end - offset >= value.Length && string.Compare(text, offset, value, 0, value.Length, System.StringComparison.OrdinalIgnoreCase) == 0;

    public static bool Equals(string text, TextSpan span, string value)
        => span.Length == value.Length && HasAt(text, span.Start, value);

    /// <summary>
    /// True when <paramref name="text"/> holds <paramref name="value"/> at <paramref name="offset"/>, character for
    /// character. A plain loop: the values are markup and names of a few characters, where string.CompareOrdinal's
    /// argument checks cost more than the comparison (about 6% of the instructions of a run went to it).
    /// </summary>
    public static bool HasAt(string text, int offset, string value)
    {
        if (offset < 0 || offset > text.Length - value.Length) return false;
        for (int k = 0; k < value.Length; k++)
        {
            if (text[offset + k] != value[k]) return false;
        }

        return true;
    }

    public static int IndexOf(string text, TextSpan span, string value)
    {
        if (span.Length < value.Length) return -1;
        int found = text.IndexOf(value, span.Start, span.Length, System.StringComparison.Ordinal);
        return found;
    }

    public static int IndexOf(string text, TextSpan span, char value)
        => span.Length == 0 ? -1 : text.IndexOf(value, span.Start, span.Length);

    /// <summary>
    /// A form feed at the start of a line (where text converted from a paginated source starts a page) becomes a page
    /// break element; the rest of the line is returned for the reader to classify.
    /// </summary>
    public static TextSpan TakeFormFeed(DocumentBuilder builder, TextSpan trimmed, int line)
    {
        var text = builder.Text;
        if (trimmed.IsEmpty || text[trimmed.Start] != '\f') return trimmed;
        int end = trimmed.Start;
        while (end < trimmed.End && (text[end] == '\f' || IsSpace(text[end]))) end++;
        builder.Add(Model.ElementKind.PageBreak, line, new TextSpan(trimmed.Start, 1));
        return Trim(text, TextSpan.FromBounds(end, trimmed.End));
    }

    /// <summary>True for a line made only of three or more of the same '-', '*' or '_' (spaces allowed), or a form feed.</summary>
    public static bool IsPageBreak(string text, TextSpan trimmed)
    {
        if (trimmed.Length == 1 && text[trimmed.Start] == '\f') return true;
        if (trimmed.Length < 3) return false;
        char mark = text[trimmed.Start];
        if (mark != '-' && mark != '*' && mark != '_') return false;
        int count = 0;
        for (int i = trimmed.Start; i < trimmed.End; i++)
        {
            char c = text[i];
            if (c == mark) count++;
            else if (c != ' ' && c != '\t') return false;
        }

        return count >= 3;
    }
}
