using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Engine;

public sealed class SuppressionTests
{
    private const string Orphans = "Meeting\n\nANN LEE: Hi.\n\n{0}\nJOHN LAPRISE:\n\nBOB RAY:\n\nANN LEE: Bye.\n\n[END OF TRANSCRIPTION]\n";

    [Fact]
    public void Disable_next_line_suppresses_only_the_next_line_with_text()
    {
        var findings = TestLint.Run(string.Format(Orphans, "<!-- transcriptlint-disable-next-line TL0003 -->"));
        Assert.Equal(new[] { "8:1 TL0003" }, findings.Places());
    }

    [Fact]
    public void Rule_names_work_as_well_as_ids()
    {
        var findings = TestLint.Run(string.Format(Orphans, "<!-- transcriptlint-disable-next-line orphaned-header -->"));
        Assert.Equal(new[] { "8:1 TL0003" }, findings.Places());
    }

    [Fact]
    public void Disable_holds_until_enable()
    {
        var text = "Meeting\n\nANN LEE: Hi.\n\n<!-- transcriptlint-disable TL0003 -->\nJOHN LAPRISE:\n\nBOB RAY:\n<!-- transcriptlint-enable TL0003 -->\n\nCAT DOE:\n\nANN LEE: Bye.\n\n[END OF TRANSCRIPTION]\n";
        Assert.Equal(new[] { "11:1 TL0003" }, TestLint.Run(text).Places());
    }

    [Fact]
    public void Disable_without_rules_disables_every_rule()
    {
        var findings = TestLint.Run(string.Format(Orphans, "<!-- transcriptlint-disable -->").Replace("[END OF TRANSCRIPTION]", "The end."));
        Assert.Empty(findings);
    }

    [Fact]
    public void Directive_for_another_rule_does_not_suppress()
    {
        var findings = TestLint.Run(string.Format(Orphans, "<!-- transcriptlint-disable-next-line TL0001 -->"));
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void Webvtt_note_block_suppresses_the_next_cue()
    {
        var vtt = "WEBVTT\n\nNOTE transcriptlint-disable-next-line TL0004\n\n7\n00:00:04.000 --> 00:00:01.000\n<v Ann Lee>Hi.\n\n8\n00:00:05.000 --> 00:00:02.000\n<v Ann Lee>Again.\n";
        Assert.Equal(new[] { "10:1 TL0004" }, TestLint.Run(vtt, "a.vtt").Places());
    }
}
