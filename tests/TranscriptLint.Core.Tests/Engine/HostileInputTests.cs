using System;
using System.Linq;
using System.Text;
using TranscriptLint.Configuration;
using TranscriptLint.Engine;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Engine;

/// <summary>Whatever the bytes, the engine answers with findings (or a skip), never an exception or a rule failure.</summary>
public sealed class HostileInputTests
{
    private static readonly string[] Names = { "a.txt", "a.md", "a.vtt", "a.srt", "noext" };

    // Pieces of every dialect, so random mixes reach deep into the readers and rules.
    private static readonly string[] Pieces =
    {
        "ANN LEE:", "ANN LEE :", "**Ann Lee:**", "**Ann Lee**:", "<v Ann Lee>", "</v>", "WEBVTT", "NOTE", "-->", "00:00:01.000", "00:00:01,000",
        "[END OF TRANSCRIPTION]", "**[FIN DE LA TRANSCRIPTION]**", "---", "```", "~~~", "# ", "## ", "<!--", "-->", "transcriptlint-disable",
        "transcriptlint-disable-next-line TL0001", "transcriptlint-enable", "\\[12:34\\]", "[99:99]", "15h15 à 16h45", "3:15 PM to 4:45 PM",
        "Samedi 10 mars 2018", "Vendredi 31 février 2018", "Ã©", "â€™", "\uFFFD", "\f", "\r", "\n", "\r\n", " ", ":", "(", ")", ",", "/", "&",
        "Jane Doe (JDE):", "WH, DH:", "- AWB:", "All:", "Break:", "speakers:", "\uD800", "\uDC00", "é", "ß", "Ω", "1", "\t", "*", "_",
        // Digits of other scripts: fullwidth, Arabic-Indic, Devanagari, and a mathematical digit outside the BMP.
        "０", "１５", "٢", "١٣", "१२", "\U0001D7D8", "[00:01.０]", "[00:0٢]", "00:０0:01.000", "15h００", "Tuesday, ١٣ March 2018",
    };

    [Fact]
    public void Random_mixes_of_dialect_pieces_never_throw_or_fail_a_rule()
    {
        var random = new Random(20261128);
        for (int round = 0; round < 3000; round++)
        {
            var builder = new StringBuilder();
            int count = random.Next(1, 80);
            for (int i = 0; i < count; i++) builder.Append(Pieces[random.Next(Pieces.Length)]);
            AssertLintsCleanly(builder.ToString(), Names[round % Names.Length]);
        }
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(7);
        for (int round = 0; round < 500; round++)
        {
            var bytes = new byte[random.Next(0, 2000)];
            random.NextBytes(bytes);
            if (round % 3 == 0) bytes = new byte[] { 0xFF, 0xFE }.Concat(bytes).ToArray(); // claims UTF-16
            if (round % 5 == 0) bytes = bytes.Select(b => b == 0 ? (byte)'x' : b).ToArray(); // no NUL: decoded as invalid UTF-8
            var result = TranscriptLinter.Lint(Names[round % Names.Length], SourceText.FromBytes(bytes), FileSettings.Default);
            Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == "TL0000");
        }
    }

    [Fact]
    public void Many_speakers_and_a_huge_line_are_answered_with_findings()
    {
        var builder = new StringBuilder("Title\n\n");
        for (int i = 0; i < 100_000; i++) builder.Append("SPEAKER ").Append(i.ToString("X5")).Append("Q: Words.\n");
        builder.Append("ANN LEE: ").Append('x', 20_000_000).Append('\n');
        AssertLintsCleanly(builder.ToString(), "big.txt");
    }

    private static void AssertLintsCleanly(string text, string name)
    {
        var result = TranscriptLinter.Lint(name, SourceText.From(text), FileSettings.Default);
        var failure = result.Diagnostics.FirstOrDefault(d => d.RuleId == "TL0000");
        Assert.True(failure is null, $"{name}: {failure?.Message}\n--- input\n{(text.Length > 2000 ? text.Substring(0, 2000) : text)}");
        foreach (var d in result.Diagnostics)
        {
            Assert.InRange(d.Span.End, 0, text.Length);
            Assert.True(d.Start.CompareTo(d.End) <= 0);
        }
    }
}
