using System.Linq;
using System.Text;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Text;

/// <summary>
/// Facts the source text decides once for the rules: whether every character is ASCII (told for free while decoding
/// UTF-8, by a scan otherwise), and line and column of an offset on a known line without a search.
/// </summary>
public sealed class SourceTextFactsTests
{
    [Theory]
    [InlineData("HEIDI ULLRICH: Plain words.\n", true)]
    [InlineData("HEIDI ULLRICH: Caf\u00e9.\n", false)]
    [InlineData("HEIDI ULLRICH: It\u2019s here.\n", false)]
    [InlineData("HEIDI ULLRICH: \u00c3\u00a9 garbled.\n", false)]
    [InlineData("", true)]
    public void Ascii_is_told_the_same_way_for_every_encoding_and_for_a_string(string text, bool ascii)
    {
        Assert.Equal(ascii, SourceText.FromBytes(Encoding.UTF8.GetBytes(text)).IsAscii);
        Assert.Equal(ascii, SourceText.FromBytes(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray()).IsAscii);
        Assert.Equal(ascii, SourceText.FromBytes(new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(text)).ToArray()).IsAscii);
        Assert.Equal(ascii, SourceText.From(text).IsAscii);
    }

    [Fact]
    public void Invalid_utf8_is_not_ascii_though_its_replacement_characters_count_one_per_byte()
    {
        // One bad byte decodes to one U+FFFD: as many characters as bytes, and still not ASCII.
        var source = SourceText.FromBytes(new byte[] { (byte)'A', 0xFF, (byte)'B' });
        Assert.True(source.HadInvalidBytes);
        Assert.False(source.IsAscii);
    }

    [Fact]
    public void A_position_on_a_known_line_is_the_one_a_search_finds_and_a_wrong_line_falls_back_to_the_search()
    {
        var source = SourceText.From("first\r\nsecond line\n\nfourth");
        for (int offset = 0; offset <= source.Length; offset++)
        {
            var searched = source.GetPosition(offset);
            Assert.Equal(searched, source.GetPosition(offset, searched.Line));
            Assert.Equal(searched, source.GetPosition(offset, 1));
            Assert.Equal(searched, source.GetPosition(offset, 99));
        }
    }

    [Theory]
    [InlineData("", new[] { 0 }, new[] { 0 })]
    [InlineData("a", new[] { 0 }, new[] { 1 })]
    [InlineData("a\n", new[] { 0 }, new[] { 1 })]
    [InlineData("a\n\n", new[] { 0, 2 }, new[] { 1, 2 })]
    [InlineData("\n", new[] { 0 }, new[] { 0 })]
    [InlineData("\n\n", new[] { 0, 1 }, new[] { 0, 1 })]
    [InlineData("a\r\nb", new[] { 0, 3 }, new[] { 1, 4 })]
    [InlineData("a\r\n", new[] { 0 }, new[] { 1 })]
    [InlineData("a\rb\r", new[] { 0, 2 }, new[] { 1, 3 })]
    [InlineData("a\n\rb\r\n\r\nc", new[] { 0, 2, 3, 6, 8 }, new[] { 1, 2, 4, 6, 9 })]
    public void Lines_start_after_each_break_and_a_final_break_opens_no_line(string text, int[] starts, int[] ends)
    {
        var source = SourceText.From(text);
        Assert.Equal(starts.Length, source.LineCount);
        for (int line = 1; line <= source.LineCount; line++)
        {
            var span = source.GetLineSpan(line);
            Assert.Equal((starts[line - 1], ends[line - 1]), (span.Start, span.End));
        }
    }
}
