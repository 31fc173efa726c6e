using TranscriptLint.Dialects;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Dialects;

public class ScanTests
{
    [Theory]
    [InlineData("**Jane:** hi", 0, "**", true)]
    [InlineData("**Jane:** hi", 6, ":**", true)]
    [InlineData("**Jane:** hi", 6, "**:", false)]
    [InlineData("**Jane:** hi", 10, "hi", true)]
    [InlineData("**Jane:** hi", 11, "hi", false)] // runs past the end: no match, no exception
    [InlineData("**Jane:** hi", 12, "", true)]
    [InlineData("**Jane:** hi", -1, "*", false)]
    [InlineData("ab", 0, "abc", false)]
    public void HasAt_compares_character_for_character_and_says_no_past_either_end(string text, int offset, string value, bool expected)
    {
        Assert.Equal(expected, Scan.HasAt(text, offset, value));
    }

    [Fact]
    public void StartsWith_and_Equals_stay_inside_the_span_they_are_given()
    {
        const string text = "https://example.org";
        Assert.True(Scan.StartsWith(text, 0, text.Length, "https://"));
        Assert.False(Scan.StartsWith(text, 0, 5, "https://")); // the span ends before the value does
        Assert.True(Scan.Equals(text, new TextSpan(8, 7), "example"));
        Assert.False(Scan.Equals(text, new TextSpan(8, 8), "example")); // same start, longer span
        Assert.False(Scan.Equals(text, new TextSpan(8, 7), "Example")); // ordinal: case counts
    }
}
