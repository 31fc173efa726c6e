using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Rules;

public sealed class TL0006SpeakerLabelStyleTests
{
    [Fact]
    public void Space_before_the_colon_among_plain_labels_is_reported_with_the_fix()
    {
        var text = "Title\n\nANN LEE: One.\n\nBOB RAY: Two.\n\nANN LEE: Three.\n\nCAT DOE : Four.\n\n[END OF TRANSCRIPTION]\n";
        var finding = Assert.Single(TestLint.Run(text).Only("TL0006"));
        Assert.Equal((9, 1, 9, 10), (finding.Start.Line, finding.Start.Column, finding.End.Line, finding.End.Column));
        Assert.Contains("Write 'CAT DOE:'", finding.Message);
    }

    [Fact]
    public void Bold_colon_outside_among_colon_inside_is_reported()
    {
        var text = "# Show\n\n**Ann Lee:** One.\n\n**Bob Ray:** Two.\n\n**Ann Lee**: Three.\n";
        var finding = Assert.Single(TestLint.Run(text, "a.md").Only("TL0006"));
        Assert.Equal(7, finding.Start.Line);
        Assert.Contains("Write '**Ann Lee:**'", finding.Message);
    }

    [Fact]
    public void No_majority_style_means_no_finding()
    {
        var text = "# Show\n\n**Ann Lee:** One.\n\n**Bob Ray**: Two.\n";
        Assert.Empty(TestLint.Run(text, "a.md").Only("TL0006"));
    }

    [Fact]
    public void Introduced_abbreviations_and_several_speakers_keep_the_plain_style()
    {
        var text = "Notes\n\nJane Doe (JDE): One.\n\nJDE: Two.\n\nWH, DH: Three.\n\nJDE: Four.\n";
        Assert.Empty(TestLint.Run(text, "notes.txt").Only("TL0006"));
    }

    [Fact]
    public void Labels_in_a_quoted_chat_list_are_not_held_to_the_paragraph_style()
    {
        var text = "# Call\n\n**Ann Lee**: One.\n\n**Bob Ray**: Two.\n\n**Ann Lee**: Three.\n\nChat:\n\n- Bob Ray: a link\n- Ann Lee: thanks\n\n**Bob Ray**: Four.\n";
        Assert.Empty(TestLint.Run(text, "c.md").Only("TL0006"));
        Assert.Single(TestLint.Run(text.Replace("**Bob Ray**: Four.", "Bob Ray: Four."), "c.md").Only("TL0006"));
    }
}
