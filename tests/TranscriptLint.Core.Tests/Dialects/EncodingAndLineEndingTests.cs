using System.Linq;
using System.Text;
using TranscriptLint.Tests.Support;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Dialects;

public sealed class EncodingAndLineEndingTests
{
    private const string Transcript = "Meeting\n\nHEIDI ULLRICH: One.\n\nHEIDI ULLRICH: Two.\n\nHEIDI ULRICH: Three.\n\n[END OF TRANSCRIPTION]\n";

    public static TheoryData<string, string> Variants => new()
    {
        { "utf8", "\n" },
        { "utf8", "\r\n" },
        { "utf8", "\r" },
        { "utf8bom", "\r\n" },
        { "utf16le", "\r\n" },
        { "utf16be", "\n" },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Findings_have_the_same_positions_whatever_the_encoding_and_line_endings(string encoding, string newline)
    {
        string text = Transcript.Replace("\n", newline);
        byte[] bytes = encoding switch
        {
            "utf8bom" => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
            "utf16le" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            "utf16be" => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
            _ => Encoding.UTF8.GetBytes(text),
        };

        var findings = TestLint.Run(bytes, "meeting.txt");
        Assert.Equal(new[] { "7:1 TL0001" }, findings.Places());
        Assert.Equal(13, findings[0].End.Column);
    }

    [Fact]
    public void Byte_order_mark_is_recorded_and_not_part_of_the_text()
    {
        var source = SourceText.FromBytes(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\r', (byte)'\n', (byte)'b' });
        Assert.Equal(TextEncodingKind.Utf8WithBom, source.Encoding);
        Assert.Equal("\r\n", source.LineEnding);
        Assert.Equal(2, source.LineCount);
        Assert.Equal("a", source.GetLineText(1));
        Assert.Equal(new LinePosition(2, 1), source.GetPosition(3));
    }

    [Fact]
    public void Invalid_utf8_decodes_with_replacement_characters_and_is_flagged()
    {
        var source = SourceText.FromBytes(new byte[] { (byte)'A', 0xC3, 0x28, (byte)'B' });
        Assert.True(source.HadInvalidBytes);
        Assert.Contains('\uFFFD', source.Text);
        Assert.EndsWith("(B", source.Text);
    }

    [Fact]
    public void Binary_file_is_skipped_not_linted()
    {
        var result = TranscriptLint.Engine.TranscriptLinter.Lint("x.txt", SourceText.FromBytes(new byte[] { 1, 0, 2, 0, 3 }), TranscriptLint.Configuration.FileSettings.Default);
        Assert.NotNull(result.SkippedReason);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Empty_file_has_one_empty_line()
    {
        var source = SourceText.From(string.Empty);
        Assert.Equal(1, source.LineCount);
        Assert.Equal(new LinePosition(1, 1), source.GetPosition(0));
    }

    [Fact]
    public void Very_long_line_is_read_without_trouble()
    {
        string text = "Meeting\n\nALAN GREENBERG: " + new string('x', 5_000_000) + "\n\n[END OF TRANSCRIPTION]\n";
        Assert.Empty(TestLint.Run(text));
    }
}
