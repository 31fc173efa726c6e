using System.Linq;
using TranscriptLint.Output;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Engine;

public sealed class PrintableTests
{
    [Fact]
    public void Control_and_bidi_override_characters_are_written_as_escapes_and_plain_text_is_untouched()
    {
        Assert.Equal("a\\u001B[2Jb\\u000Ac\\u202Ed", Printable.Escape("a\u001B[2Jb\nc\u202Ed"));
        const string plain = "Ünïcödé — ALAN GREENBERG, ١٣ «ok»";
        Assert.Same(plain, Printable.Escape(plain));
    }

    [Fact]
    public void A_message_quoting_a_huge_malformed_line_is_cut_short_but_keeps_its_advice()
    {
        string line = "00:00:01.000 --> " + new string('9', 1_000_000);
        var findings = TestLint.Run("WEBVTT\n\n" + line + "\nHello.\n", "a.vtt");

        var malformed = Assert.Single(findings, d => d.RuleId == "TL0004");
        Assert.InRange(malformed.Message.Length, 50, 600);
        Assert.Contains("…", malformed.Message);
        Assert.EndsWith("(',' before the milliseconds in SubRip).", malformed.Message);
    }

    [Fact]
    public void Apostrophes_inside_words_do_not_start_a_quote()
    {
        string message = "The file's speaker 'ANN LEE' is Ann's.";
        Assert.Equal(message, Printable.Message(message + new string(' ', 0)));
        string longer = "The file's label '" + new string('x', 400) + "' is odd; it's long.";
        string shortened = Printable.Message(longer);
        Assert.StartsWith("The file's label 'xxx", shortened);
        Assert.EndsWith("xxx' is odd; it's long.", shortened);
        Assert.Equal(Printable.MaxQuoted + 1, shortened.Split('\'')[2].Length);
    }
}
