using System.Linq;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Engine;

public sealed class FingerprintTests
{
    private const string Transcript = "Meeting\n\nHEIDI ULLRICH: One.\n\nHEIDI ULLRICH: Two.\n\nHEIDI ULRICH: Three.\n\n[END OF TRANSCRIPTION]\n";

    [Fact]
    public void Fingerprint_survives_lines_added_above_the_finding()
    {
        var before = Assert.Single(TestLint.Run(Transcript));
        var after = Assert.Single(TestLint.Run(Transcript.Replace("Meeting\n", "Meeting\nA new subtitle\nAnother line\n\nALAN GREENBERG: Added.\n")));
        Assert.NotEqual(before.Start.Line, after.Start.Line);
        Assert.Equal(before.Fingerprint, after.Fingerprint);
    }

    [Fact]
    public void Identical_findings_get_distinct_fingerprints()
    {
        var findings = TestLint.Run(Transcript + "\n").ToList();
        var twice = TestLint.Run(Transcript.Replace("HEIDI ULRICH: Three.", "HEIDI ULRICH: Three.\n\nHEIDI ULRICH: Three.").Replace("HEIDI ULLRICH: Two.", "HEIDI ULLRICH: Two.\n\nHEIDI ULLRICH: Four.")).Only("TL0001");
        Assert.Equal(2, twice.Count);
        Assert.NotEqual(twice[0].Fingerprint, twice[1].Fingerprint);
        Assert.Single(findings);
    }

    [Fact]
    public void Fingerprint_is_sixteen_hex_digits_and_deterministic()
    {
        string a = Assert.Single(TestLint.Run(Transcript)).Fingerprint;
        string b = Assert.Single(TestLint.Run(Transcript)).Fingerprint;
        Assert.Equal(a, b);
        Assert.Matches("^[0-9a-f]{16}$", a);
    }
}
