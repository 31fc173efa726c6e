using System.Linq;
using System.Text;
using TranscriptLint.Engine;
using TranscriptLint.Tests.Support;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Dialects;

/// <summary>
/// UTF-16 without a byte order mark is told by its NUL bytes and decoded (it was skipped as "binary"); UTF-32 with a
/// byte order mark is decoded as UTF-32 (it was read as UTF-16, every other character a NUL).
/// </summary>
public sealed class EncodingDetectionTests
{
    private const string Transcript = "Meeting\r\n\r\nHEIDI ULLRICH: One, café.\r\n\r\nHEIDI ULLRICH: Two.\r\n\r\nHEIDI ULRICH: Three.\r\n\r\n[END OF TRANSCRIPTION]\r\n";

    public static TheoryData<string, TextEncodingKind> Encodings => new()
    {
        { "utf16le-nobom", TextEncodingKind.Utf16LittleEndianNoBom },
        { "utf16be-nobom", TextEncodingKind.Utf16BigEndianNoBom },
        { "utf32le", TextEncodingKind.Utf32LittleEndian },
        { "utf32be", TextEncodingKind.Utf32BigEndian },
    };

    private static byte[] Encode(string name, string text) => name switch
    {
        "utf16le-nobom" => Encoding.Unicode.GetBytes(text),
        "utf16be-nobom" => Encoding.BigEndianUnicode.GetBytes(text),
        "utf32le" => new UTF32Encoding(false, true).GetPreamble().Concat(new UTF32Encoding(false, true).GetBytes(text)).ToArray(),
        "utf32be" => new UTF32Encoding(true, true).GetPreamble().Concat(new UTF32Encoding(true, true).GetBytes(text)).ToArray(),
        _ => Encoding.UTF8.GetBytes(text),
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Text_is_decoded_and_linted_like_utf8(string name, TextEncodingKind kind)
    {
        var source = SourceText.FromBytes(Encode(name, Transcript));
        Assert.Equal(kind, source.Encoding);
        Assert.False(source.LooksBinary);
        Assert.False(source.HadInvalidBytes);
        Assert.Equal(Transcript, source.Text);

        var findings = TestLint.Run(Encode(name, Transcript), "meeting.txt");
        Assert.Equal(new[] { "7:1 TL0001" }, findings.Places());
    }

    [Fact]
    public void Utf16_without_bom_is_not_skipped_as_binary()
    {
        var result = TranscriptLinter.Lint("meeting.txt", SourceText.FromBytes(Encoding.Unicode.GetBytes(Transcript)), TranscriptLint.Configuration.FileSettings.Default);
        Assert.Null(result.SkippedReason);
        Assert.NotEmpty(result.Diagnostics);
    }

    [Fact]
    public void Binary_with_nul_bytes_in_every_other_place_is_still_binary()
    {
        var bytes = Enumerable.Range(0, 4000).SelectMany(i => new byte[] { (byte)(i % 7 + 1), 0 }).ToArray();
        Assert.True(SourceText.FromBytes(bytes).LooksBinary);
    }

    [Fact]
    public void Utf32_without_bom_is_not_taken_for_utf16()
    {
        var bytes = new UTF32Encoding(false, false).GetBytes(Transcript);
        Assert.True(SourceText.FromBytes(bytes).LooksBinary);
    }
}
