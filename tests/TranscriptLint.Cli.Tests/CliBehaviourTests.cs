using System.IO;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests;

public sealed class CliBehaviourTests
{
    [Fact]
    public void Error_severity_from_config_gives_exit_code_1()
    {
        using var dir = new TempCopy("minutes");
        dir.Write("transcriptlint.json", """{ "rules": { "TL0001": "error" }, "exclude": ["drafts/**"] }""");
        var (exit, stdout, _) = CliRunner.Run(dir.Path, "--format", "msbuild");
        Assert.Equal(1, exit);
        Assert.Contains("meetings/budget-review.txt(19,1): error TL0001:", stdout.Replace('\\', '/'));
    }

    [Fact]
    public void Warnaserror_turns_warnings_into_a_failing_exit_code()
    {
        using var dir = new TempCopy("minutes");
        Assert.Equal(1, CliRunner.Run(dir.Path, "--warnaserror").ExitCode);
    }

    [Fact]
    public void Broken_config_gives_exit_code_2_naming_file_line_and_column()
    {
        using var dir = new TempCopy("minutes");
        dir.Write("transcriptlint.json", "{\n  \"rules\": {\n    \"TL0042\": \"error\"\n  }\n}\n");
        var (exit, stdout, stderr) = CliRunner.Run(dir.Path);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("transcriptlint.json(3,5): error TL1000: Unknown rule \"TL0042\"", stderr);
        Assert.DoesNotContain("   at ", stderr); // no stack trace
    }

    [Fact]
    public void Invalid_json_in_an_explicit_config_gives_exit_code_2()
    {
        using var dir = new TempCopy("minutes");
        dir.Write("other.json", "{ \"rules\": { \"TL0001\": \"error\", } ");
        var (exit, _, stderr) = CliRunner.Run(dir.Path, "--config", "other.json");
        Assert.Equal(2, exit);
        Assert.Contains("other.json(1,35): error TL1000:", stderr);
    }

    [Fact]
    public void Explicit_config_applies_to_every_file()
    {
        using var dir = new TempCopy("minutes");
        dir.Write("strict.json", """{ "rules": { "bad-time-range": "error" }, "exclude": ["drafts/**"] }""");
        var (exit, stdout, _) = CliRunner.Run(dir.Path, "--config", "strict.json", "--format", "msbuild");
        Assert.Equal(1, exit);
        Assert.Contains("captions/keynote.vtt(8,1): error TL0004", stdout.Replace('\\', '/'));
    }

    [Fact]
    public void Folder_walk_skips_build_output_excluded_files_and_non_transcripts()
    {
        using var dir = new TempCopy("minutes");
        dir.Write("bin/Debug/old.txt", "Draft\n\nANN LEE:\n\nBOB RAY:\n");
        dir.Write("node_modules/x/notes.md", "**Ann Lee:**\n\n**Bob Ray:**\n");
        var (_, stdout, _) = CliRunner.Run(dir.Path, "--format", "msbuild");
        Assert.DoesNotContain("bin", stdout);
        Assert.DoesNotContain("node_modules", stdout);
        Assert.DoesNotContain("drafts", stdout);
        Assert.DoesNotContain("README", stdout);
    }

    [Fact]
    public void A_file_named_on_the_command_line_is_always_linted()
    {
        using var dir = new TempCopy("minutes");
        var (_, stdout, _) = CliRunner.Run(dir.Path, "drafts/unfinished.txt", "--format", "msbuild");
        Assert.Contains("drafts/unfinished.txt(3,1): warning TL0003", stdout.Replace('\\', '/'));
    }

    [Fact]
    public void Missing_path_gives_exit_code_2()
    {
        using var dir = new TempCopy("minutes");
        var (exit, _, stderr) = CliRunner.Run(dir.Path, "no-such-folder");
        Assert.Equal(2, exit);
        Assert.Contains("'no-such-folder' does not exist", stderr);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--bogus")]
    [InlineData("--config")]
    public void Bad_usage_gives_exit_code_2_and_a_hint(params string[] args)
    {
        using var dir = new TempCopy("minutes");
        var (exit, _, stderr) = CliRunner.Run(dir.Path, args);
        Assert.Equal(2, exit);
        Assert.Contains("transcriptlint --help", stderr);
    }

    [Fact]
    public void Binary_file_named_explicitly_is_skipped_with_a_note()
    {
        using var dir = new TempCopy("minutes");
        File.WriteAllBytes(Path.Combine(dir.Path, "blob.txt"), new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2 });
        var (exit, _, stderr) = CliRunner.Run(dir.Path, "blob.txt");
        Assert.Equal(0, exit);
        Assert.Contains("blob.txt: skipped: binary file", stderr);
    }

    [Fact]
    public void Help_and_rule_list_exit_0()
    {
        using var dir = new TempCopy("minutes");
        Assert.Contains("transcriptlint [<paths>...] [command] [options]", CliRunner.Run(dir.Path, "--help").Stdout);
        var rules = CliRunner.Run(dir.Path, "--list-rules");
        Assert.Equal(0, rules.ExitCode);
        Assert.Contains("TL0005  content-after-end-marker", rules.Stdout);
    }

    [SharedSamplesFact]
    public void Icann61_sample_sarif_has_the_core_rules_findings_and_nothing_on_the_title()
    {
        string sample = Path.Combine(RepoPaths.SharedSamples, "icann61-alac-working-session-fr.txt");
        var (exit, stdout, _) = CliRunner.Run(RepoPaths.Root, sample, "--format", "sarif");
        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results");
        var found = new System.Collections.Generic.List<string>();
        foreach (var r in results.EnumerateArray())
        {
            string rule = r.GetProperty("ruleId").GetString()!;
            int line = r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();
            Assert.NotEqual(5, line);
            if (string.CompareOrdinal(rule, "TL0005") <= 0) found.Add($"{rule}@{line}");
        }

        Assert.Equal(new[] { "TL0001@127", "TL0001@199" }, found);
        Assert.Equal("../shared/samples/icann61-alac-working-session-fr.txt", results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }
}
