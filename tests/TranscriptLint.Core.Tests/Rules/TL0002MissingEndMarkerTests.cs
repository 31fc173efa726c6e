using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Rules;

public sealed class TL0002MissingEndMarkerTests
{
    private const string Body = "Board meeting\n\nALAN GREENBERG: Welcome.\n\nHEIDI ULLRICH: Thanks.\n";

    [Fact]
    public void Missing_marker_is_reported_on_the_last_non_blank_line()
    {
        var finding = Assert.Single(TestLint.Run(Body + "\n\n").Only("TL0002"));
        Assert.Equal(5, finding.Start.Line);
        Assert.Equal(1, finding.Start.Column);
        Assert.Equal(23, finding.End.Column);
    }

    [Theory]
    [InlineData("[END OF TRANSCRIPTION]")]
    [InlineData("**[FIN DE LA TRANSCRIPTION]**")]
    [InlineData("[FIN DE LA TRANSCRIPCIÓN]")]
    [InlineData("[FIM DA TRANSCRIÇÃO]")]
    [InlineData("[ENDE DER TRANSKRIPTION]")]
    [InlineData("  [end of transcription]  ")]
    public void Default_markers_in_five_languages_are_recognised(string marker)
    {
        Assert.Empty(TestLint.Run(Body + "\n" + marker + "\n").Only("TL0002"));
    }

    [Fact]
    public void Configured_markers_replace_the_defaults()
    {
        const string config = """{ "endMarkers": ["(END)"] }""";
        Assert.Empty(TestLint.Run(Body + "\n(END)\n", configJson: config).Only("TL0002"));
        Assert.Single(TestLint.Run(Body + "\n[END OF TRANSCRIPTION]\n", configJson: config).Only("TL0002"));
    }

    [Fact]
    public void Captions_are_not_checked_by_default()
    {
        const string vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann Lee>Hello.\n";
        Assert.Empty(TestLint.Run(vtt, "talk.vtt").Only("TL0002"));
    }

    [Fact]
    public void Captions_are_checked_when_config_turns_the_rule_on()
    {
        const string vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann Lee>Hello.\n";
        Assert.Single(TestLint.Run(vtt, "talk.vtt", """{ "rules": { "missing-end-marker": "warning" } }""").Only("TL0002"));
    }

    [Fact]
    public void Marker_followed_by_text_is_left_to_TL0005()
    {
        var findings = TestLint.Run(Body + "\n[END OF TRANSCRIPTION]\n\nStray line.\n");
        Assert.Empty(findings.Only("TL0002"));
        Assert.Single(findings.Only("TL0005"));
    }
}
