using TranscriptLint.Dialects;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Dialects;

public class EndMarkersTests
{
    private static bool IsMatch(EndMarkers markers, string line) => markers.IsMatch(line, new TextSpan(0, line.Length));

    [Theory]
    [InlineData("[END OF TRANSCRIPT]", true)]
    [InlineData("**[end of transcript]**", true)] // emphasis peeled, case ignored
    [InlineData("_ [END OF TRANSCRIPT] _", true)]
    [InlineData("[END OF TRANSCRIPT] and then we went home.", false)] // longer than every marker
    [InlineData("[END OF TRANSCRIPTS]", false)] // as long as no marker
    [InlineData("", false)]
    public void A_line_is_a_marker_only_when_it_is_one_after_its_emphasis(string line, bool expected)
    {
        Assert.Equal(expected, IsMatch(new EndMarkers(new[] { "[END OF TRANSCRIPT]", "[FIN]" }), line));
    }

    [Fact]
    public void Markers_of_any_length_are_found_and_none_means_nothing_matches()
    {
        var markers = new EndMarkers(new[] { "-- end --", "[FIN]" });
        Assert.True(IsMatch(markers, "[fin]"));
        Assert.True(IsMatch(markers, "*-- END --*"));
        Assert.False(IsMatch(markers, "[FINI]"));
        Assert.False(IsMatch(new EndMarkers(new string[0]), "[FIN]"));
        Assert.False(IsMatch(new EndMarkers(new[] { "  " }), " "));
    }
}
