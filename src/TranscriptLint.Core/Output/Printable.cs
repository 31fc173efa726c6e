using System.Globalization;
using System.Text;

namespace TranscriptLint.Output;

/// <summary>
/// Text that is safe to print on one terminal or log line: control characters (C0, DEL, C1) and the bidi embedding
/// and override controls are written as <c>\u001B</c>, so a file or speaker name can neither split an MSBuild line
/// nor drive the terminal; a quoted piece of a huge line is cut short.
/// </summary>
public static class Printable
{
    /// <summary>A quoted span ('…') longer than this is cut in the middle.</summary>
    public const int MaxQuoted = 160;

    /// <summary>No message is longer than this.</summary>
    public const int MaxMessage = 2000;

    public static bool NeedsEscape(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>The text with every control character written as <c>\uXXXX</c>; the same string when there is none.</summary>
    public static string Escape(string text)
    {
        int first = 0;
        while (first < text.Length && !NeedsEscape(text[first])) first++;
        if (first == text.Length) return text;
        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (NeedsEscape(c)) builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A finding's message as it is reported: every quoted span over <see cref="MaxQuoted"/> characters keeps its start
    /// and end around an ellipsis (a message may quote a 20 MB malformed line), control characters are escaped, and
    /// the whole is at most <see cref="MaxMessage"/> characters.
    /// </summary>
    public static string Message(string message)
    {
        if (message.Length > MaxQuoted) message = ShortenQuotes(message);
        message = Escape(message);
        return message.Length <= MaxMessage ? message : message.Substring(0, MaxMessage - 1) + "…";
    }

    private static string ShortenQuotes(string message)
    {
        var builder = new StringBuilder(System.Math.Min(message.Length, MaxMessage * 2));
        int i = 0;
        while (i < message.Length)
        {
            int open = message.IndexOf('\'', i);
            if (open < 0)
            {
                builder.Append(message, i, message.Length - i);
                break;
            }

            // A quote opens a span only where a word does not go on before it (not the apostrophe in "file's").
            int close = open > 0 && char.IsLetterOrDigit(message[open - 1]) ? -1 : FindClose(message, open + 1);
            if (close < 0)
            {
                builder.Append(message, i, open + 1 - i);
                i = open + 1;
                continue;
            }

            builder.Append(message, i, open + 1 - i);
            int length = close - open - 1;
            if (length > MaxQuoted)
            {
                int head = MaxQuoted * 2 / 3, tail = MaxQuoted - head;
                builder.Append(message, open + 1, head).Append('…').Append(message, close - tail, tail);
            }
            else
            {
                builder.Append(message, open + 1, length);
            }

            builder.Append('\'');
            i = close + 1;
        }

        return builder.ToString();
    }

    /// <summary>The quote that closes a span: one followed by the end, a space or punctuation.</summary>
    private static int FindClose(string message, int from)
    {
        for (int j = message.IndexOf('\'', from); j >= 0; j = message.IndexOf('\'', j + 1))
        {
            if (j + 1 == message.Length || !char.IsLetterOrDigit(message[j + 1])) return j;
        }

        return -1;
    }
}
