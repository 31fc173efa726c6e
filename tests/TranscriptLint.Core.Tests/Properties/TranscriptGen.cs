using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using TranscriptLint.Configuration;
using TranscriptLint.Diagnostics;
using TranscriptLint.Engine;
using TranscriptLint.Rules;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Properties;

/// <summary>
/// Generators of hostile transcripts for the property tests: pieces of every dialect mixed with random Unicode
/// (digits of other scripts, lone and paired surrogates, control characters, bidi marks, U+2028), and the rule
/// fixtures mutated (pieces inserted, ranges deleted, lines repeated and swapped, digits swapped for other scripts').
/// </summary>
public static class TranscriptGen
{
    public static readonly string[] Extensions = { ".txt", ".md", ".vtt", ".srt" };

    private static readonly string[] Pieces =
    {
        "ANN LEE:", "ANN LEE :", "Ann Lee:", "**Ann Lee:**", "**Ann Lee**:", "[Ann Lee]", "<v Ann Lee>", "</v>", "- AWB:", "All:",
        "Jane Doe (JDE):", "WH, DH:", "ANN LE:", "ann lee:", "BOB RAY:", "1. BOB:", "WEBVTT", "NOTE", " --> ", "00:00:01.000", "00:00:01,000",
        "00:59:59.999", "99:99:99,999", "1\n", "[12:34]", "[1:02:03]", "\\[12:34\\]", "[12:34](https://example.org)", "(00:01)",
        "[END OF TRANSCRIPTION]", "**[FIN DE LA TRANSCRIPTION]**", "[END]", "---", "```", "~~~", "# ", "## ", "### ", "> ", "* ", "| a | b |",
        "<!--", "-->", "<!-- transcriptlint-disable -->", "<!-- transcriptlint-disable-next-line TL0001 -->", "transcriptlint-enable",
        "15h15 à 16h45", "3:15 PM to 4:45 PM", "10:00-09:00", "Samedi 10 mars 2018", "Tuesday, 13 March 2018", "Friday, 31 February 2018",
        "Ã©", "â€™", "Ã", "\uFFFD", "\f", "speakers: [Ann Lee]", "DECISION 68.3:", "Break:", "[music]", "(inaudible)", "the", "and.", ",",
    };

    private static readonly string[] OddUnicode =
    {
        "０", "１５", "٢", "١٣", "۴", "१२", "๓", "\U0001D7D8", "\U0001F600", "[00:01.０]", "[00:0٢]", "00:０0:01.000", "15h００", "Tuesday, ١٣ March 2018",
        "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u061C",
        "\u2028", "\u2029", "\u0085", "\u000B", "\u00A0", "\u3000", "\uFEFF", "\u200B", "\u0301", "e\u0301", "ß", "İ", "ﬁ", "Ω", "\u0000", "\u001B[31m",
    };

    private static readonly Gen<string> Piece = Gen.OneOf(Pieces);

    private static readonly Gen<string> Odd = Gen.Frequency(
        (6, (IGen<string>)Gen.OneOf(OddUnicode)),
        (2, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString())), // lone surrogates, high or low
        (1, Gen.Char['\uD800', '\uDBFF'].Select(Gen.Char['\uDC00', '\uDFFF'], (h, l) => new string(new[] { h, l }))),
        (2, Gen.Char['\u0000', '\u001F'].Select(c => c.ToString())),
        (1, Gen.Char['\u007F', '\u009F'].Select(c => c.ToString())),
        (2, Gen.Char.Select(c => c.ToString())));

    private static readonly Gen<string> Word = Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéü0123456789 .,:;'-"].Array[1, 10].Select(c => new string(c));

    private static readonly Gen<string> LineBreak = Gen.OneOf("\n", "\n\n", "\r\n", "\r", " ");

    private static readonly Gen<string> Token = Gen.Frequency(
        (6, (IGen<string>)Piece),
        (4, Word),
        (3, Odd),
        (4, LineBreak));

    /// <summary>Random text built from dialect pieces, words, odd Unicode and line breaks.</summary>
    public static readonly Gen<string> Text = Token.Array[0, 80].Select(string.Concat);

    /// <summary>As <see cref="Text"/> but with '\n' as the only line break and no lone '\r' (for the line-ending property).</summary>
    public static readonly Gen<string> LfText = Text.Select(t => t.Replace("\r\n", "\n").Replace('\r', '\n'));

    public static readonly Gen<string> Extension = Gen.OneOf(Extensions);

    /// <summary>The rule fixtures (every dialect), the seeds that mutations start from.</summary>
    public static readonly IReadOnlyList<(string Name, string Text)> Seeds = LoadSeeds();

    private static List<(string, string)> LoadSeeds()
    {
        string root = Path.Combine(Support.RepoPaths.Root, "tests", "TranscriptLint.Core.Tests", "Rules", "Fixtures");
        return Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f)) && !f.EndsWith(".verified.txt", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
    }

    private enum Edit
    {
        Insert,
        Delete,
        RepeatLine,
        SwapLines,
        OtherDigit,
    }

    private static readonly Gen<(Edit Kind, double At, double To, string Token)> Mutation =
        Gen.Select(Gen.Enum<Edit>(), Gen.Double[0, 1], Gen.Double[0, 1], Gen.OneOf(Token, Odd), (k, a, b, t) => (k, a, b, t));

    /// <summary>A rule fixture (by index) with up to 12 random edits, and the fixture's name (its dialect).</summary>
    public static readonly Gen<(string Name, string Text)> Mutated =
        Gen.Select(Gen.Int[0, Seeds.Count - 1], Mutation.Array[1, 12], (i, edits) => (Seeds[i].Name, Apply(Seeds[i].Text, edits)));

    private static string Apply(string text, (Edit Kind, double At, double To, string Token)[] edits)
    {
        var sb = new StringBuilder(text);
        foreach (var (kind, at, to, token) in edits)
        {
            int p = (int)(at * sb.Length), q = (int)(to * sb.Length);
            switch (kind)
            {
                case Edit.Insert:
                    sb.Insert(p, token);
                    break;
                case Edit.Delete:
                    sb.Remove(Math.Min(p, q), Math.Min(Math.Abs(q - p), 40));
                    break;
                case Edit.OtherDigit:
                    for (int i = p; i < sb.Length && i < p + 200; i++)
                    {
                        if (sb[i] is >= '0' and <= '9')
                        {
                            sb[i] = (char)((token.Length % 2 == 0 ? '０' : '٠') + (sb[i] - '0'));
                            break;
                        }
                    }

                    break;
                default:
                    var lines = sb.ToString().Split('\n').ToList();
                    int a = (int)(at * (lines.Count - 1)), b = (int)(to * (lines.Count - 1));
                    if (kind == Edit.RepeatLine) lines.Insert(a, lines[a]);
                    else (lines[a], lines[b]) = (lines[b], lines[a]);
                    sb.Clear().Append(string.Join("\n", lines));
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Every rule on, with a roster, aliases, markers and end markers, so every code path of every rule runs.</summary>
    public static readonly FileSettings EveryRule = ConfigLoader.Parse(
        "{ \"rules\": { " + string.Join(", ", RuleCatalog.All.Select(r => $"\"{r.Descriptor.Id}\": \"warning\"")) + " },\n" +
        "  \"endMarkers\": [\"[END OF TRANSCRIPTION]\", \"[END]\", \"١٣\"],\n" +
        "  \"speakers\": { \"roster\": \"roster.txt\", \"aliases\": { \"ANN LEE\": [\"ANN LE\"] }, \"markers\": [\"Break\"], \"frontMatterRoster\": true } }",
        "/repo/transcriptlint.json",
        _ => "Ann Lee (AL)\nBob Ray\nJane Doe (JDE)\nJosé Ünal\n٢ Digit Person\n\u202EEvil Name\n").GetFileSettings("/repo/x.txt");

    /// <summary>Lints <paramref name="text"/> as <paramref name="name"/> and checks what must hold for any input.</summary>
    public static LintResult LintChecked(string name, string text, FileSettings? settings = null)
    {
        var source = SourceText.From(text);
        var result = TranscriptLinter.Lint(name, source, settings ?? FileSettings.Default);
        foreach (var d in result.Diagnostics)
        {
            Assert.True(d.RuleId != "TL0000", $"{name}: {d.Message}");
            Assert.True(d.Span.Start >= 0 && d.Span.Length >= 0 && d.Span.End <= text.Length, $"{name}: {d.RuleId} span {d.Span.Start}+{d.Span.Length} outside a text of {text.Length}");
            Assert.True(d.Start.CompareTo(d.End) <= 0, $"{name}: {d.RuleId} range {d.Start}-{d.End} runs backwards");
            Assert.True(d.Start.Line >= 1 && d.End.Line <= source.LineCount, $"{name}: {d.RuleId} range {d.Start}-{d.End} outside {source.LineCount} lines");
            Assert.Equal(source.GetPosition(d.Span.Start), d.Start);
        }

        return result;
    }

    /// <summary>What must not depend on line endings, file order or the current folder: where, which rule, what it says.</summary>
    public static string[] Summary(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Start.Line}:{d.Start.Column} {d.RuleId} {d.Message}").ToArray();
}
