using System.Linq;
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
    public void Styles_are_counted_over_every_run_of_labels_not_the_first_run_alone()
    {
        // The dominant style comes back after the other style's run; its two runs add up to the majority (4 of 6).
        var text = "# Show\n\n**Ann Lee:** One.\n\n**Bob Ray:** Two.\n\n**Ann Lee**: Three.\n\n**Bob Ray**: Four.\n\n**Ann Lee:** Five.\n\n**Bob Ray:** Six.\n";
        var findings = TestLint.Run(text, "a.md").Only("TL0006");
        Assert.Equal(new[] { 7, 9 }, findings.Select(f => f.Start.Line).OrderBy(l => l));

        // Two and three of five: the bold-outside style is the majority only when its labels are counted across runs.
        var flipped = "# Show\n\n**Ann Lee**: One.\n\n**Bob Ray:** Two.\n\n**Ann Lee**: Three.\n\n**Bob Ray:** Four.\n\n**Ann Lee**: Five.\n";
        var finding = Assert.Single(TestLint.Run(flipped, "a.md").Only("TL0006"), f => f.Start.Line == 5);
        Assert.Contains("Write '**Bob Ray**:'", finding.Message);
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
