using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Rules;

public sealed class TL0008NonMonotonicTimestampTests
{
    [Fact]
    public void Stamp_earlier_than_the_previous_one_is_reported_on_the_stamp()
    {
        var text = "# Show\n\n**Ann Lee:** \\[48:01\\] One.\n\n**Bob Ray:** \\[48:08\\] Two.\n\n**Ann Lee:** \\[48:03\\] Three.\n\n**Bob Ray:** \\[48:30\\] Four.\n";
        var finding = Assert.Single(TestLint.Run(text, "a.md").Only("TL0008"));
        Assert.Equal((7, 14, 7, 23), (finding.Start.Line, finding.Start.Column, finding.End.Line, finding.End.Column));
        Assert.Contains("earlier than \\[48:08\\] on line 5", finding.Message);
    }

    [Fact]
    public void Minutes_above_59_without_hours_and_hour_stamps_are_ordered_by_time()
    {
        var text = "# Show\n\n**Ann Lee:** \\[59:50\\] One.\n\n**Bob Ray:** \\[75:10\\] Two.\n\n**Ann Lee:** \\[01:16:00.25\\] Three.\n\n**Bob Ray:** [01:16:30] Four.\n";
        Assert.Empty(TestLint.Run(text, "a.md").Only("TL0008"));
    }

    [Fact]
    public void Stamp_that_jumped_ahead_is_reported_once_not_every_stamp_after_it()
    {
        var text = "# Show\n\n**Ann Lee:** \\[18:00\\] One.\n\n**Bob Ray:** \\[91:00\\] Two.\n\n**Ann Lee:** \\[19:30\\] Three.\n\n**Bob Ray:** \\[20:00\\] Four.\n\n**Ann Lee:** \\[21:00\\] Five.\n";
        var finding = Assert.Single(TestLint.Run(text, "a.md").Only("TL0008"));
        Assert.Equal(5, finding.Start.Line);
        Assert.Contains("later than the stamps after it", finding.Message);
    }

    [Fact]
    public void Range_ends_are_not_points_in_the_flow_but_a_reversed_range_is_a_bad_time_range()
    {
        var text = "# Show\n\n**Ann Lee:** \\[25:59\\] to \\[27:11\\] recap.\n\n**Bob Ray:** \\[26:30\\] Two.\n\n**Ann Lee:** \\[30:10\\] to \\[30:05\\] Three.\n";
        var findings = TestLint.Run(text, "a.md");
        Assert.Empty(findings.Only("TL0008"));
        var range = Assert.Single(findings.Only("TL0004"));
        Assert.Equal((7, 14), (range.Start.Line, range.Start.Column));
        Assert.Contains("ends before it starts", range.Message);
    }

    [Fact]
    public void Times_inside_annotations_are_not_stamps()
    {
        var text = "# Show\n\n**Ann Lee:** \\[10:00\\] One [inaudible 00:12:03] and \\[crosstalk 00:50:27.28\\].\n\n**Bob Ray:** \\[10:30\\] Two.\n";
        Assert.Empty(TestLint.Run(text, "a.md").Only("TL0008"));
    }

    [Fact]
    public void Review_tool_label_times_are_stamps_too()
    {
        var text = "# Review\n\nJane Doe: 00:01:02\n\nHello there.\n\nJohn Roe: 00:00:58\n\nHi.\n";
        var finding = Assert.Single(TestLint.Run(text, "a.md").Only("TL0008"));
        Assert.Equal(7, finding.Start.Line);
    }
}
