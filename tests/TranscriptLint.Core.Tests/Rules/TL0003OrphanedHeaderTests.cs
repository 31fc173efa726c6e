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
}
