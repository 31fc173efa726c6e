using System.Linq;
using TranscriptLint.Dialects;
using TranscriptLint.Model;
using TranscriptLint.Tests.Support;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Dialects;

public sealed class ReaderTests
{
    private static TranscriptDocument Read(string text, string path = "a.txt") => TestLint.Read(text, path);

    [Theory]
    [InlineData("SAN JUAN – Dirigeants régionaux de l'ALAC : Séance de travail, partie 4")]
    [InlineData("*Remarque : Le présent document est une transcription.*")]
    [InlineData("Bien. Le programme de notre réunion est: mise à jour des groupes.")]
    [InlineData("Saturday, 10 March 2018 – 3:15 PM to 4:45 PM AST")]
    [InlineData("Note: this is prose, not a speaker.")]
    [InlineData("See https://example.org/page: it explains")]
    public void Lines_that_only_look_like_labels_are_not_labels(string line)
    {
        var doc = Read("Title\n\n" + line + "\n\nALAN GREENBERG: Hello.\n");
        Assert.Equal(new[] { "ALAN GREENBERG" }, doc.Labels.Select(l => l.Name));
    }

    [Theory]
    [InlineData("ALAN GREENBERG:", "ALAN GREENBERG", false)]
    [InlineData("ALBERTO SOTTO :", "ALBERTO SOTTO", false)]
    [InlineData("JOSÉ O'BRIEN: Bonjour.", "JOSÉ O'BRIEN", true)]
    [InlineData("CHERYL LANGDON-ORR: Yes.", "CHERYL LANGDON-ORR", true)]
    [InlineData("Speaker 1: Hello.", "Speaker 1", true)]
    [InlineData("Maria de Souza: Olá.", "Maria de Souza", true)]
    public void Text_labels_are_read_with_their_name_and_inline_speech(string line, string name, bool speech)
    {
        var label = Assert.Single(Read("Title\n\n" + line + "\n\nMore speech.\n").Labels);
        Assert.Equal(name, label.Name);
        Assert.Equal(speech, label.HasInlineSpeech);
        Assert.Equal(3, label.Line);
    }

    [Theory]
    [InlineData("**Jane Doe:** Hello.", "Jane Doe")]
    [InlineData("**Jane Doe**: Hello.", "Jane Doe")]
    [InlineData("__Jane Doe:__ Hello.", "Jane Doe")]
    [InlineData("**Jane Doe:** \\[01:02\\] Hello.", "Jane Doe")]
    public void Markdown_labels_are_read(string line, string name)
    {
        Assert.Equal(name, Assert.Single(Read("# Show\n\n" + line + "\n", "a.md").Labels).Name);
    }

    [Fact]
    public void Markdown_front_matter_and_code_blocks_hold_no_labels()
    {
        var doc = Read("---\ntitle: Episode\nHOST NAME: not a label\n---\n\n~~~~\nJANE DOE: code\n```\nstill code\n~~~~\n\n**Jane Doe:** Hi.\n", "a.md");
        Assert.Equal(new[] { 12 }, doc.Labels.Select(l => l.Line));
    }

    [Fact]
    public void Inline_code_written_with_three_backticks_opens_no_code_block_but_a_fence_with_an_info_string_does()
    {
        const string Turns = "AB: One.\n\nCD: Two.\n\nAB: Three.\n\n";
        var inline = Read(Turns + "```x?.y```  // same as x.y\n\nAB: Third.\n\nCD: Fourth.\n", "a.md");
        Assert.Equal(new[] { 1, 3, 5, 9, 11 }, inline.Labels.Select(l => l.Line));

        var fenced = Read(Turns + "```js\nAB: not a turn\n```\n\nCD: Fourth.\n", "a.md");
        Assert.Equal(new[] { 1, 3, 5, 11 }, fenced.Labels.Select(l => l.Line));
    }

    [Fact]
    public void Webvtt_voice_spans_notes_and_timings_are_read()
    {
        var doc = Read("WEBVTT - talk\n\nNOTE written by hand\nacross two lines\n\nintro\n00:01.000 --> 00:02.500 align:start\n<v.loud Ann Lee>Hello <b>there</b>.</v>\n", "a.vtt");
        var label = Assert.Single(doc.Labels);
        Assert.Equal("Ann Lee", label.Name);
        Assert.True(label.HasInlineSpeech);
        var range = Assert.Single(doc.TimeRanges);
        Assert.Equal((0, 1, 0), (range.Start.Hour, range.Start.Second, range.Start.Millisecond));
        Assert.Equal(500, range.End.Millisecond);
        Assert.Equal(2, doc.Elements.Count(e => e.Kind == ElementKind.Comment));
    }

    [Fact]
    public void Subrip_cues_and_name_prefixes_are_read()
    {
        var doc = Read("1\n00:00:01,000 --> 00:00:04,000\nANN LEE: Hello.\nSecond line.\n\n2\n00:00:05,000 --> 00:00:06,000\nJust text.\n", "a.srt");
        Assert.Equal(Dialect.SubRip, doc.Dialect);
        Assert.Equal("ANN LEE", Assert.Single(doc.Labels).Name);
        Assert.Equal(2, doc.TimeRanges.Count);
    }

    [Theory]
    [InlineData("WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n", Dialect.WebVtt)]
    [InlineData("1\n00:00:01,000 --> 00:00:02,000\nHi\n", Dialect.SubRip)]
    [InlineData("# Title\n\n**Jane Doe:** Hi\n", Dialect.Markdown)]
    [InlineData("Title\n\nJANE DOE: Hi\n", Dialect.Text)]
    public void Dialect_is_sniffed_when_the_extension_says_nothing(string text, Dialect expected)
    {
        Assert.Equal(expected, DialectDetector.Detect("transcript", SourceText.From(text)));
    }

    [Fact]
    public void A_readme_does_not_look_like_a_transcript()
    {
        Assert.False(Read("# Project\n\nNote: build with dotnet.\n\nUsage: run it.\n", "README.md").LooksLikeTranscript);
        Assert.True(Read("Title\n\nANN LEE: Hi.\n\nBOB RAY: Hello.\n").LooksLikeTranscript);
        Assert.True(Read("Title\n\nSome text.\n\n[END OF TRANSCRIPTION]\n").LooksLikeTranscript);
    }
}
