using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Rules;

public sealed class TL0003OrphanedHeaderTests
{
    [Fact]
    public void Label_followed_by_another_label_is_reported_with_its_full_span()
    {
        var text = "Meeting\n\nJOHN LAPRISE:\n\nALAN GREENBERG: Go ahead.\n\n[END OF TRANSCRIPTION]\n";
        var finding = Assert.Single(TestLint.Run(text).Only("TL0003"));
        Assert.Equal((3, 1, 3, 14), (finding.Start.Line, finding.Start.Column, finding.End.Line, finding.End.Column));
    }

    [Fact]
    public void Label_alone_on_its_line_with_speech_below_is_silent_even_across_a_page_break()
    {
        var text = "Meeting\n\nJOHN LAPRISE:\n\n---\n\nThe speech continues here.\n\n[END OF TRANSCRIPTION]\n";
        Assert.Empty(TestLint.Run(text).Only("TL0003"));
    }

    [Fact]
    public void Label_before_the_end_marker_or_the_end_of_file_is_reported()
    {
        Assert.Single(TestLint.Run("Meeting\n\nALAN GREENBERG: Hi.\n\nJOHN LAPRISE:\n\n[END OF TRANSCRIPTION]\n").Only("TL0003"));
        Assert.Single(TestLint.Run("Meeting\n\nALAN GREENBERG: Hi.\n\nJOHN LAPRISE:\n").Only("TL0003"));
    }

    [Fact]
    public void Italic_note_is_not_speech()
    {
        var text = "Meeting\n\nJOHN LAPRISE:\n\n*Note: the audio dropped here.*\n\nALAN GREENBERG: Back.\n\n[END OF TRANSCRIPTION]\n";
        Assert.Single(TestLint.Run(text).Only("TL0003"));
    }

    [Fact]
    public void Markdown_label_with_speech_in_the_paragraph_below_is_silent()
    {
        var text = "# Episode\n\n**Jane Doe:**\n\nWelcome to the show.\n\n**John Roe:** Thanks.\n";
        Assert.Empty(TestLint.Run(text, "ep.md").Only("TL0003"));
    }

    [Fact]
    public void Markdown_heading_with_an_empty_section_is_reported_but_a_parent_of_a_subsection_is_not()
    {
        var text = "# Episode\n\n## Intro\n\n### Part one\n\n**Jane Doe:** Hi.\n\n## Empty section\n\n## Outro\n\n**John Roe:** Bye.\n";
        var finding = Assert.Single(TestLint.Run(text, "ep.md").Only("TL0003"));
        Assert.Equal(9, finding.Start.Line);
    }

    [Fact]
    public void Labels_inside_fenced_code_do_not_count()
    {
        var text = "# Notes\n\n```\nJANE DOE:\n```\n\n**Jane Doe:** Hi.\n\n**John Roe:** Bye.\n";
        Assert.Empty(TestLint.Run(text, "ep.md").Only("TL0003"));
    }

    [Fact]
    public void Empty_voice_span_in_webvtt_followed_by_a_new_voice_is_reported()
    {
        var vtt = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v Ann Lee></v>\n\n2\n00:00:02.000 --> 00:00:03.000\n<v Bob Ray>Hello.\n";
        var finding = Assert.Single(TestLint.Run(vtt, "a.vtt").Only("TL0003"));
        Assert.Equal(5, finding.Start.Line);
    }

    [Theory]
    [InlineData("## 5. Proposals", "## 5.i Zones")]
    [InlineData("## Report from the secretariat", "## 4.i Budget")]
    [InlineData("## Agenda Approved", "## Next item")]
    [InlineData("## 6.2 Two vendors are implementing prototypes", "## 6.3 Next item")]
    [InlineData("#### Presentation continued on day two", "## Next item")]
    public void Parent_items_and_statement_headings_are_not_empty(string heading, string next)
    {
        var text = $"# Minutes\n\nAB: Opening.\n\nCD: Thanks.\n\nAB: Start.\n\nCD: Fine.\n\n{heading}\n\n{next}\n\nAB: Discussed.\n";
        Assert.Empty(TestLint.Run(text, "m.md").Only("TL0003"));
        Assert.Single(TestLint.Run(text.Replace(heading, "## Reviewer sign up").Replace(next, "## Other business"), "m.md").Only("TL0003"));
    }

    [Fact]
    public void In_a_talk_without_speakers_only_an_empty_tail_or_a_run_of_empty_headings_is_reported()
    {
        var talk = "---\ntranscript_by: Someone\n---\n\n# Talk\n\n## Background\n\n## Part one\n\nText of part one.\n\n## Part two\n\nText.\n\n## Open items\n\n## More items\n\n## Last\n\nText.\n\n# Q&A\n";
        var findings = TestLint.Run(talk, "talk.md").Only("TL0003");
        Assert.Equal(new[] { "17:1 TL0003", "19:1 TL0003", "25:1 TL0003" }, findings.Places());
    }

    [Theory]
    [InlineData("### Moderator: Jane Doe")]
    [InlineData("### [Agenda](https://example.org/agenda)")]
    [InlineData("#")]
    public void Key_value_and_link_headings_are_their_own_content(string heading)
    {
        var text = $"# Call 12\n\nAB: Opening.\n\nCD: Thanks.\n\nAB: Start.\n\n{heading}\n\n## Budget\n\nCD: Fine.\n";
        Assert.Empty(TestLint.Run(text, "m.md").Only("TL0003"));
        Assert.Single(TestLint.Run(text.Replace(heading, "### Moderator"), "m.md").Only("TL0003"));
    }

    [Fact]
    public void Headings_of_a_title_block_are_not_empty_sections()
    {
        var text = "# Call 12 notes\n### Meeting Duration 1 hour\n### Summary\n\n## Decisions\n\nAB: We ship.\n\nCD: Agreed.\n\nAB: Done.\n\n### Follow-ups\n\n## Next call\n\nCD: Monday.\n";
        Assert.Equal(new[] { "13:1 TL0003" }, TestLint.Run(text, "m.md").Only("TL0003").Places());
    }

    [Fact]
    public void A_container_heading_with_its_items_at_the_same_level_is_not_empty()
    {
        var text = "# Call\n\nAB: Hello.\n\nCD: Hi.\n\n## Agenda\n\n## 1. Budget\n\nAB: Numbers.\n\nCD: Fine.\n";
        Assert.Empty(TestLint.Run(text, "m.md").Only("TL0003"));
        Assert.Single(TestLint.Run(text.Replace("## Agenda", "## Summary"), "m.md").Only("TL0003"));
    }

    [Fact]
    public void A_contents_list_written_as_headings_is_not_empty_but_template_sections_are()
    {
        var text = "# Call\n\nAB: Hello.\n\nCD: Hi.\n\n# Contents\n## 1. Budget\n## 2. Hiring\n## 3. Other\n\n## 1. Budget\n\nAB: Numbers.\n\n### Conclusion\n\n## 2. Hiring\n\nCD: Two roles.\n\n### Conclusion\n\n## 3. Other\n\nAB: None.\n";
        var places = TestLint.Run(text, "m.md").Only("TL0003").Places();
        Assert.Equal(new[] { "16:1 TL0003", "22:1 TL0003" }, places);
    }

    [Fact]
    public void An_item_followed_by_its_conclusion_at_the_same_level_is_not_empty_but_an_empty_summary_template_is()
    {
        var text = "# Minutes\n\nAB: Opening.\n\nCD: Thanks.\n\nAB: Start.\n\n## 4.4 Return values\n\n## Conclusion/Resolution\n\n- Agreed to keep it.\n\n## 4.5 Next\n\nCD: Fine.\n";
        Assert.Empty(TestLint.Run(text, "m.md").Only("TL0003"));
        Assert.Single(TestLint.Run(text.Replace("## 4.4 Return values", "## Speaker's Summary of Key Points"), "m.md").Only("TL0003"));
    }

    [Fact]
    public void Notes_written_as_an_outline_of_headings_have_no_empty_sections()
    {
        var outline = "# Talk\n\nAB: Hello.\n\nCD: Hi.\n\n## Point one\n\n## Point two\n\n### Detail\n\n## Point three\n\n## Point four\n\n## Point five\n\n## Point six\n\nAB: Done.\n";
        Assert.Empty(TestLint.Run(outline, "o.md").Only("TL0003"));
    }
}
