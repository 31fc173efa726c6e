using System.Linq;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests;

/// <summary>A docs repo with a <c>Full Name (ABBR)</c> roster (Inputs/roster): unknown and misspelled speakers.</summary>
public sealed class RosterTests
{
    private static string[] Findings(string rule)
    {
        using var dir = new TempCopy("roster");
        var (exit, stdout, stderr) = CliRunner.Run(dir.Path, "--format", "msbuild");
        Assert.True(exit == 0, stderr);
        return stdout.Replace('\\', '/').Split('\n').Where(l => l.Contains($" {rule}: ")).ToArray();
    }

    [Fact]
    public void Typo_in_an_abbreviation_is_reported_with_the_roster_entry_it_probably_means()
    {
        var finding = Assert.Single(Findings("TL0007"), l => l.Contains("'JDH'"));
        Assert.StartsWith("notes/2026-03-04.md(11,1): warning TL0007:", finding);
        Assert.Contains("did you mean 'JHD' (Jane Helen Doe)?", finding);
    }

    [Fact]
    public void Abbreviations_on_the_roster_are_silent_in_any_label_shape()
    {
        var lines = string.Join("\n", Findings("TL0007"));
        foreach (var known in new[] { "JHD", "RPR", "AWB", "PN", "All", "GL" }) Assert.DoesNotContain($"Speaker '{known}'", lines);
    }

    [Fact]
    public void Unknown_speaker_in_a_label_for_two_is_reported_on_its_own_part()
    {
        var finding = Assert.Single(Findings("TL0007"), l => l.Contains("'WH'"));
        Assert.StartsWith("notes/2026-03-04.md(16,1): warning TL0007: Speaker 'WH' is not on the speaker roster (delegates.txt).", finding);
    }

    [Fact]
    public void Misspelled_full_name_is_reported_with_the_roster_spelling_even_when_it_is_the_only_one_in_the_file()
    {
        var spelling = Assert.Single(Findings("TL0001"));
        Assert.StartsWith("notes/2026-03-04.md(20,1): warning TL0001: Speaker 'Gehard Lazu' looks like a misspelling of 'Gerhard Lazu', the spelling on the speaker roster.", spelling);
        var unknown = Assert.Single(Findings("TL0007"), l => l.Contains("'Gehard Lazu'"));
        Assert.Contains("did you mean 'Gerhard Lazu'?", unknown);
    }

    [Fact]
    public void Note_keys_are_not_speakers()
    {
        using var dir = new TempCopy("roster");
        var (_, stdout, _) = CliRunner.Run(dir.Path, "--format", "msbuild");
        Assert.DoesNotContain("Present", stdout);
        Assert.DoesNotContain("Action items", stdout);
    }

    [Fact]
    public void Missing_roster_file_is_a_config_error_at_its_entry()
    {
        using var dir = new TempCopy("roster");
        dir.Write("transcriptlint.json", "{\n  \"speakers\": { \"roster\": [\"nobody.txt\"] }\n}\n");
        var (exit, _, stderr) = CliRunner.Run(dir.Path);
        Assert.Equal(2, exit);
        Assert.Contains("transcriptlint.json(2,28): error TL1000: Cannot read the roster file \"nobody.txt\"", stderr);
    }
}
