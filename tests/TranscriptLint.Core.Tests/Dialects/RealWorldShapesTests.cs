using System.Collections.Generic;
using System.Linq;
using TranscriptLint.Configuration;
using TranscriptLint.Dialects;
using TranscriptLint.Engine;
using TranscriptLint.Model;
using TranscriptLint.Tests.Support;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Dialects;

/// <summary>The shapes real docs repos use (issue 5's "dialect details"), read by default without config.</summary>
public sealed class RealWorldShapesTests
{
    private static TranscriptDocument Read(string text, string path = "notes.md") => TestLint.Read(text, path);

    [Fact]
    public void Podcast_labels_with_speech_below_and_escaped_stamps_are_read()
    {
        var doc = Read("# Ep 1\n\n**Ann Lee**:\n\n\\[00:12:03.25\\] Welcome back.\n\n**Bob Ray:** \\[75:10\\] Thanks.\n\n\\[25:59\\] to \\[27:11\\] recap.\n");
        Assert.Equal(new[] { "Ann Lee", "Bob Ray" }, doc.Labels.Select(l => l.Name));
        Assert.Equal(new long[] { 723_250, 4_510_000, 1_559_000, 1_631_000 }, doc.Timestamps.Select(t => t.Milliseconds));
        Assert.Same(doc.Timestamps[2], doc.Timestamps[3].RangeStart);
    }

    [Fact]
    public void Times_in_annotations_are_neither_labels_nor_stamps()
    {
        var doc = Read("# Ep\n\n**Ann Lee:** Yes [inaudible 00:12:03] and \\[crosstalk 00:50:27.28\\] [laughter].\n");
        Assert.Single(doc.Labels);
        Assert.Empty(doc.Timestamps);
    }

    [Fact]
    public void Marker_labels_are_labels_that_are_never_orphans_or_misspellings()
    {
        var text = "# Ep\n\n**Intro:**\n\n**Music:**\n\n**Ann Lee:** Hello.\n\n**Break:**\n\n**Song extract:**\n\n**Bob Ray:** Back.\n\n**Outro:**\n";
        var doc = Read(text);
        Assert.Equal(5, doc.Labels.Count(l => l.IsMarker));
        Assert.DoesNotContain(TestLint.Run(text, "ep.md"), d => d.RuleId is "TL0001" or "TL0003");
    }

    [Fact]
    public void Configured_markers_extend_the_built_in_ones()
    {
        var text = "# Ep\n\n**Ann Lee:** Hello.\n\n**Station Ident:**\n\n**Bob Ray:** Back.\n";
        Assert.Single(TestLint.Run(text, "ep.md").Only("TL0003"));
        Assert.Empty(TestLint.Run(text, "ep.md", """{ "speakers": { "markers": ["Station Ident"] } }""").Only("TL0003"));

        // Name verdicts are remembered per thread: one config's markers must not carry over to the next file's.
        Assert.Single(TestLint.Run(text, "ep.md").Only("TL0003"));
    }

    [Fact]
    public void Labels_of_one_spelling_share_one_name_and_alias_string()
    {
        var doc = Read("# Ep\n\n**Ann Lee (AL):** Hello.\n\n**Bob Ray:** Hi.\n\n**Ann Lee (AL):** Again.\n\n**Bob Ray:** Bye.\n");
        Assert.Equal(4, doc.Labels.Count);
        Assert.Equal("Ann Lee", doc.Labels[0].Name);
        Assert.Equal("AL", doc.Labels[0].Alias);
        Assert.Same(doc.Labels[0].Name, doc.Labels[2].Name);
        Assert.Same(doc.Labels[0].Alias, doc.Labels[2].Alias);
        Assert.Same(doc.Labels[1].Name, doc.Labels[3].Name);
        Assert.Equal(doc.Labels[2].NameSpan.Start, doc.Text.Text.IndexOf("Ann Lee (AL):** Again", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Jane Doe: 00:01:02")]
    [InlineData("**Jane Doe** 00:00:18")]
    [InlineData("Jane Doe 00:01:02")]
    public void Review_tool_labels_take_the_words_before_the_time_as_the_name(string line)
    {
        var doc = Read($"# Review\n\n{line}\n\n## Chapter 1\n\nHello and welcome.\n");
        var label = Assert.Single(doc.Labels);
        Assert.Equal("Jane Doe", label.Name);
        Assert.True(label.HasTurnTime);
        Assert.Single(doc.Timestamps);
        Assert.Empty(TestLint.Run($"# Review\n\n{line}\n\n## Chapter 1\n\nHello and welcome.\n", "r.md").Only("TL0003"));
    }

    [Fact]
    public void Meeting_note_shapes_are_read_as_labels()
    {
        var doc = Read("# Minutes\n\nRPR: Opening.\n\nWH, DH: Agreed.\n\nJHD/PFC: Both of us.\n\nAll: Yes.\n\nJane Doe (JDE): First time.\n\nJDE: Again.\n");
        Assert.Equal(new[] { "RPR", "WH, DH", "JHD/PFC", "All", "Jane Doe", "JDE" }, doc.Labels.Select(l => l.Name));
        Assert.Equal(new[] { "WH", "DH" }, doc.Labels[1].Parts);
        Assert.True(doc.Labels[3].IsCollective);
        Assert.Equal("JDE", doc.Labels[4].Alias);
        Assert.All(doc.Labels, l => Assert.Equal("NAME:", l.Style));
    }

    [Fact]
    public void Abbreviation_labels_one_letter_apart_are_different_people()
    {
        Assert.Empty(TestLint.Run("# Minutes\n\nJDH: One.\n\nJHD: Two.\n\nJDE: Three.\n\nJDH: Four.\n", "m.md").Only("TL0001"));
    }

    [Theory]
    [InlineData("Slides: https://example.org/deck")]
    [InlineData("**Slides:** https://example.org/deck")]
    [InlineData("Action items:")]
    [InlineData("**Conclusion:** we ship on Monday.")]
    [InlineData("TODO: circulate the draft")]
    [InlineData("**What we decided:** to wait.")]
    [InlineData("- Next steps: draft the charter")]
    public void Lines_that_look_like_labels_but_are_not_speech(string line)
    {
        var doc = Read($"# Minutes\n\n{line}\n\nRPR: Hello.\n");
        Assert.Equal(new[] { "RPR" }, doc.Labels.Select(l => l.Name));
    }

    [Fact]
    public void Code_fences_close_only_on_the_same_character_and_length()
    {
        var doc = Read("# Notes\n\n````\n```\nANN LEE: inside\n```\nBOB RAY: still inside\n````\n\nCAT DOE: outside\n");
        Assert.Equal(new[] { "CAT DOE" }, doc.Labels.Select(l => l.Name));
    }

    [Fact]
    public void Front_matter_speakers_serve_as_a_roster_when_config_asks()
    {
        const string text = "---\ntitle: Ep 9\nspeakers:\n  - Ann Lee\n  - \"Bob Ray\"\n---\n\n**Ann Lee:** Hi.\n\n**Bob Ray:** Hello.\n\n**Bob Rae:** Bye.\n\n**Cat Doe:** Hm.\n";
        Assert.Equal(new[] { "Ann Lee", "Bob Ray" }, Read(text).FrontMatterSpeakers);
        Assert.Empty(TestLint.Run(text, "ep.md").Only("TL0007"));
        var findings = TestLint.Run(text, "ep.md", """{ "speakers": { "frontMatterRoster": true } }""");
        Assert.Equal(new[] { "12:3 TL0007", "14:3 TL0007" }, findings.Only("TL0007").Places());
        Assert.Contains("did you mean 'Bob Ray'?", findings.Only("TL0007")[0].Message);
        Assert.Contains("on the speaker roster", Assert.Single(findings.Only("TL0001")).Message);
    }

    [Fact]
    public void Inline_front_matter_speaker_list_is_read()
    {
        Assert.Equal(new[] { "Ann Lee", "Bob Ray" }, Read("---\nspeakers: [Ann Lee, Bob Ray]\n---\n\n**Ann Lee:** Hi.\n").FrontMatterSpeakers);
    }
}
