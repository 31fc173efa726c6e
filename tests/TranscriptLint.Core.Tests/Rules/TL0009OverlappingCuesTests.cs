using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Rules;

public sealed class TL0009OverlappingCuesTests
{
    [Fact]
    public void Cue_starting_before_the_previous_one_ends_is_reported()
    {
        var vtt = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Ann Lee>One.\n\n2\n00:00:03.500 --> 00:00:06.000\n<v Bob Ray>Two.\n";
        var finding = Assert.Single(TestLint.Run(vtt, "a.vtt").Only("TL0009"));
        Assert.Equal(8, finding.Start.Line);
        Assert.Contains("before the cue on line 4 ends at 00:00:04.000", finding.Message);
    }

    [Fact]
    public void Touching_cues_are_silent_in_subrip_too()
    {
        var srt = "1\n00:00:01,000 --> 00:00:04,000\nANN LEE: One.\n\n2\n00:00:04,000 --> 00:00:06,000\nBOB RAY: Two.\n";
        Assert.Empty(TestLint.Run(srt, "a.srt").Only("TL0009"));
    }

    [Fact]
    public void Reversed_cues_are_left_to_TL0004()
    {
        var srt = "1\n00:00:01,000 --> 00:00:04,000\nANN LEE: One.\n\n2\n00:00:06,000 --> 00:00:03,000\nBOB RAY: Two.\n";
        var findings = TestLint.Run(srt, "a.srt");
        Assert.Empty(findings.Only("TL0009"));
        Assert.Single(findings.Only("TL0004"));
    }
}
