using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Rules;

public sealed class TL0011PageBreakSplitsSentenceTests
{
    private static string Body(string before, string pageBreak, string after)
        => $"Title\n\nANN LEE: Hello.\n\n{before}\n\n{pageBreak}\n\n{after}\n\nBOB RAY: Bye.\n\n[END OF TRANSCRIPTION]\n";

    [Fact]
    public void Break_between_an_unfinished_sentence_and_lower_case_text_is_reported_on_the_break()
    {
        var finding = Assert.Single(TestLint.Run(Body("We could ask the board to", "---", "approve it next week.")).Only("TL0011"));
        Assert.Equal(7, finding.Start.Line);
        Assert.Contains("line 5", finding.Message);
        Assert.Contains("line 9", finding.Message);
    }

    [Fact]
    public void Form_feed_counts_as_a_page_break()
    {
        Assert.Single(TestLint.Run(Body("We could ask the board to", "\f", "approve it next week.")).Only("TL0011"));
    }

    [Theory]
    [InlineData("We asked the board.", "approve it next week.")]
    [InlineData("We could ask the board to", "Approve it next week.")]
    [InlineData("Is that right?", "yes, it is.")]
    public void Clean_breaks_are_silent(string before, string after)
    {
        Assert.Empty(TestLint.Run(Body(before, "---", after)).Only("TL0011"));
    }

    [Fact]
    public void Running_page_header_repeated_from_the_title_is_a_page_break()
    {
        var text = "\nBUDGET WORKING GROUP – Session 2\nTuesday, 6 March 2018\n\nANN LEE: We could ask the board to\n\nBUDGET WORKING GROUP – Session 2\n\napprove it next week.\n\n[END OF TRANSCRIPTION]\n";
        var finding = Assert.Single(TestLint.Run(text).Only("TL0011"));
        Assert.Equal(7, finding.Start.Line);
    }

    [Fact]
    public void Captions_are_not_checked()
    {
        Assert.Empty(TestLint.Run("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann Lee>We could ask\n\n---\n\nthe board.\n", "a.vtt").Only("TL0011"));
    }
}
