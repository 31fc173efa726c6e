using TranscriptLint.Diagnostics;
using TranscriptLint.Model;

namespace TranscriptLint.Rules;

/// <summary>
/// TL0012: UTF-8 text that was decoded as Latin-1 or Windows-1252 somewhere along the way (<c>Ã©</c> for <c>é</c>,
/// <c>â€™</c> for <c>’</c>), or U+FFFD replacement characters where bytes were lost.
/// </summary>
public sealed class TL0012Mojibake : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "TL0012",
        "mojibake",
        "Garbled characters (mojibake)",
        "Text that shows the signature of UTF-8 decoded as Latin-1/Windows-1252 (such as 'Ã©' or 'â€™'), or U+FFFD replacement characters.",
        "Encoding",
        Severity.Warning);

    // What bytes 0x80..0x9F become in Windows-1252; 0xA0..0xBF map to U+00A0..U+00BF in both code pages.
    private const string Windows1252Specials = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(TranscriptDocument document, RuleContext context)
    {
        var source = document.Text;
        if (source.IsAscii) return; // every sequence it looks for has a character above U+007F
        var text = source.Text;
        int reportedLine = 0;
        for (int i = 0; i < text.Length; i++)
        {
            // Four characters at a time while none can start a sequence: their bitwise OR is at least the largest of
            // them, so below U+00C2 it clears all four (U+FFFD included). Most characters of most files are ASCII.
            while (i + 3 < text.Length && (text[i] | text[i + 1] | text[i + 2] | text[i + 3]) < '\u00C2') i += 4;
            if (i >= text.Length) break;
            char c = text[i];
            if (c < '\u00C2' && c != '\uFFFD') continue;
            int length = c == '\uFFFD' ? 1 : SequenceLength(text, i);
            if (length == 0) continue;
            string? meant = c == '\uFFFD' ? null : Decode(text.Substring(i, length));
            if (c != '\uFFFD' && meant is null) continue;
            int line = source.GetPosition(i).Line;
            if (line != reportedLine)
            {
                reportedLine = line;
                string found = text.Substring(i, length);
                context.Report(new Text.TextSpan(i, length), c == '\uFFFD'
                    ? "Replacement character U+FFFD: bytes were lost when this text was converted. Restore the original character from the source."
                    : $"'{Show(found)}' looks like UTF-8 read as Windows-1252 (mojibake), probably '{Show(meant!)}'. Re-save the file as UTF-8 from a correct copy, or fix the characters.",
                    c == '\uFFFD' ? null : RepairLine(source, i));
            }

            i += length - 1;
        }
    }

    /// <summary>
    /// Every mojibake sequence of the line from <paramref name="start"/> on, each replaced by the character it stood
    /// for — only when each repair is exact (the character's UTF-8 bytes, read as Windows-1252, give back exactly the
    /// sequence). The finding is reported once a line, so its fix repairs the line; null when one sequence is not exact.
    /// </summary>
    private static Fix? RepairLine(Text.SourceText source, int start)
    {
        var text = source.Text;
        int end = source.GetLineSpan(source.GetPosition(start).Line).End;
        var edits = new System.Collections.Generic.List<TextEdit>();
        string? first = null;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '\uFFFD') return null;
            if (c < '\u00C2') continue;
            int length = SequenceLength(text, i);
            if (length == 0 || i + length > end) continue;
            string found = text.Substring(i, length);
            string? meant = Decode(found);
            if (meant is null) continue;
            if (Garble(meant) != found) return null;
            first ??= $"'{Show(found)}'";
            edits.Add(new TextEdit(new Text.TextSpan(i, length), meant));
            i += length - 1;
        }

        if (edits.Count == 0) return null;
        return new Fix(edits.Count == 1 ? $"repair {first} as '{Show(edits[0].NewText)}'" : $"repair {edits.Count} mojibake sequences on the line", edits);
    }

    /// <summary>What <paramref name="meant"/> looks like when its UTF-8 bytes are read as Windows-1252 (Latin-1 where Windows-1252 has no character).</summary>
    private static string Garble(string meant)
    {
        var bytes = new System.Text.UTF8Encoding(false, true).GetBytes(meant);
        var builder = new System.Text.StringBuilder(bytes.Length);
        foreach (byte b in bytes)
        {
            char special = b >= 0x80 && b <= 0x9F ? Windows1252Char(b) : '\0';
            builder.Append(special != '\0' ? special : (char)b);
        }

        return builder.ToString();
    }

    private static char Windows1252Char(byte b)
    {
        foreach (char c in Windows1252Specials)
        {
            if (Windows1252Byte(c) == b) return c;
        }

        return '\0';
    }

    /// <summary>The length of a UTF-8 lead byte followed by its continuation bytes, all seen as Windows-1252 characters; 0 if none.</summary>
    private static int SequenceLength(string text, int i)
    {
        char lead = text[i];
        int continuations = lead >= '\u00C2' && lead <= '\u00DF' ? 1 : lead >= '\u00E0' && lead <= '\u00EF' ? 2 : lead >= '\u00F0' && lead <= '\u00F4' ? 3 : 0;
        if (continuations == 0) return 0;
        for (int k = 1; k <= continuations; k++)
        {
            if (i + k >= text.Length || !IsContinuation(text[i + k])) return 0;
        }

        return continuations + 1;
    }

    private static bool IsContinuation(char c) => (c >= '\u0080' && c <= '\u00BF') || Windows1252Specials.IndexOf(c) >= 0;

    /// <summary>
    /// The character the sequence stood for, or null when it decodes to nothing a transcript would hold: a real
    /// accented capital before a closing quote ("ß“", "É»") decodes to N'Ko or IPA, and is left alone.
    /// </summary>
    private static string? Decode(string found)
    {
        var bytes = new byte[found.Length];
        for (int k = 0; k < found.Length; k++)
        {
            char c = found[k];
            int special = Windows1252Specials.IndexOf(c);
            bytes[k] = special >= 0 ? Windows1252Byte(c) : (byte)c;
        }

        string decoded;
        try
        {
            decoded = new System.Text.UTF8Encoding(false, true).GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return null;
        }

        return decoded.Length == 1 && IsPlausible(decoded[0]) || decoded.Length == 2 && char.IsSurrogatePair(decoded[0], decoded[1]) ? decoded : null;
    }

    /// <summary>Latin, Greek, Cyrillic, punctuation, currency, letter-like symbols, kana and CJK: what mojibake usually hides.</summary>
    private static bool IsPlausible(char c)
        => (c >= '\u00A0' && c <= '\u024F') || (c >= '\u0370' && c <= '\u04FF') || (c >= '\u2000' && c <= '\u214F') || (c >= '\u3000' && c <= '\u9FFF');

    /// <summary>Invisible characters (no-break spaces and the like) are named by code point so the message shows them.</summary>
    private static string Show(string value)
    {
        var builder = new System.Text.StringBuilder();
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u00AD') builder.Append("<U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('>');
            else builder.Append(c);
        }

        return builder.ToString();
    }

    private static byte Windows1252Byte(char c) => c switch
    {
        '€' => 0x80, '‚' => 0x82, 'ƒ' => 0x83, '„' => 0x84, '…' => 0x85, '†' => 0x86, '‡' => 0x87, 'ˆ' => 0x88, '‰' => 0x89,
        'Š' => 0x8A, '‹' => 0x8B, 'Œ' => 0x8C, 'Ž' => 0x8E, '‘' => 0x91, '’' => 0x92, '“' => 0x93, '”' => 0x94, '•' => 0x95,
        '–' => 0x96, '—' => 0x97, '˜' => 0x98, '™' => 0x99, 'š' => 0x9A, '›' => 0x9B, 'œ' => 0x9C, 'ž' => 0x9E, _ => 0x9F,
    };
}
