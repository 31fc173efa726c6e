using System.IO;
using System.Linq;
using System.Text.Json;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests;

/// <summary>The command's output formats, pinned by snapshots of a small folder of minutes (Inputs/minutes).</summary>
public sealed class CliOutputTests
{
    private static string SnapshotPath(string name) => Path.Combine(Snapshot.SourceDirectory(), "Snapshots", name);

    [Fact]
    public void Text_output_groups_findings_by_file_and_sums_them_by_rule()
    {
        using var dir = new TempCopy("minutes");
        var (exit, stdout, stderr) = CliRunner.Run(dir.Path);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Snapshot.Verify(stdout, SnapshotPath("minutes.text.verified.txt"));
    }

    [Fact]
    public void Msbuild_output_has_one_canonical_line_per_finding()
    {
        using var dir = new TempCopy("minutes");
        var (exit, stdout, _) = CliRunner.Run(dir.Path, ".", "--format", "msbuild");
        Assert.Equal(0, exit);
        Snapshot.Verify(stdout.Replace('\\', '/'), SnapshotPath("minutes.msbuild.verified.txt"));
    }

    [Fact]
    public void Sarif_output_describes_the_rules_and_locates_each_result()
    {
        using var dir = new TempCopy("minutes");
        var (exit, stdout, _) = CliRunner.Run(dir.Path, "--format", "sarif");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "TL0001" && r.GetProperty("name").GetString() == "speaker-spelling"
            && r.GetProperty("helpUri").GetString()!.EndsWith("docs/rules/TL0001.md") && r.GetProperty("defaultConfiguration").GetProperty("level").GetString() == "warning");
        var first = run.GetProperty("results")[0];
        Assert.Equal("captions/keynote.vtt", first.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());

        // The base uri is the machine's folder; everything else is pinned.
        string root = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        Snapshot.Verify(stdout.Replace(root, "file:///ROOT/"), SnapshotPath("minutes.sarif.verified.txt"));
    }

    [Fact]
    public void Json_output_lists_findings_with_ranges_and_fingerprints()
    {
        using var dir = new TempCopy("minutes");
        var (_, stdout, _) = CliRunner.Run(dir.Path, "--format", "json");
        using var json = JsonDocument.Parse(stdout);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(6, items.Count);
        Assert.All(items, i => Assert.Matches("^[0-9a-f]{16}$", i.GetProperty("fingerprint").GetString()!));
        var spelling = items.Single(i => i.GetProperty("ruleId").GetString() == "TL0001");
        Assert.Equal(("meetings/budget-review.txt", 19, 1, 19, 13), (spelling.GetProperty("path").GetString(), spelling.GetProperty("line").GetInt32(), spelling.GetProperty("column").GetInt32(), spelling.GetProperty("endLine").GetInt32(), spelling.GetProperty("endColumn").GetInt32()));
    }

    [Fact]
    public void Output_is_the_same_on_every_run()
    {
        using var dir = new TempCopy("minutes");
        var first = CliRunner.Run(dir.Path, "--format", "sarif").Stdout;
        var second = CliRunner.Run(dir.Path, "--format", "sarif").Stdout;
        Assert.Equal(first, second);
    }

    [Fact]
    public void Output_option_writes_the_report_to_a_file()
    {
        using var dir = new TempCopy("minutes");
        var (exit, stdout, _) = CliRunner.Run(dir.Path, "--format", "sarif", "--output", "out/report.sarif");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stdout);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.Path, "out", "report.sarif")));
        Assert.Equal(6, json.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Output_replaces_the_last_report_by_renaming_a_complete_new_one_never_by_truncating_it()
    {
        using var dir = new TempCopy("minutes");
        string report = dir.Write("out/report.sarif", "the last complete report");

        // A reader holding the old report open still sees it whole: the new report is a new file renamed over it.
        using var reader = new FileStream(report, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var (exit, _, stderr) = CliRunner.Run(dir.Path, "--format", "sarif", "--output", "out/report.sarif");

        Assert.Equal(0, exit);
        Assert.Equal("the last complete report", new StreamReader(reader).ReadToEnd());
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal(6, json.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
        Assert.Equal(new[] { "report.sarif" }, Directory.GetFiles(Path.Combine(dir.Path, "out")).Select(Path.GetFileName)); // no temp file left
        Assert.Equal(string.Empty, stderr);
    }

    [Theory]
    [InlineData("meetings/budget-review.txt", "meetings/budget-review.txt")]
    [InlineData(".", "meetings/budget-review.txt")]
    public void Output_that_is_one_of_the_inputs_is_refused_with_exit_code_2_and_the_transcript_is_untouched(string input, string output)
    {
        using var dir = new TempCopy("minutes");
        string transcript = Path.Combine(dir.Path, "meetings", "budget-review.txt");
        string before = File.ReadAllText(transcript);

        var (exit, stdout, stderr) = CliRunner.Run(dir.Path, input, "--output", output);

        Assert.Equal(2, exit);
        Assert.Contains($"--output '{output}' is one of the", stderr);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(before, File.ReadAllText(transcript));
    }

    [Fact]
    public void Output_that_is_a_folder_is_refused_with_a_clear_message()
    {
        using var dir = new TempCopy("minutes");
        var (exit, _, stderr) = CliRunner.Run(dir.Path, "--output", "meetings");
        Assert.Equal(2, exit);
        Assert.Contains("--output 'meetings' is a folder", stderr);
    }

    [UnixPermissionsFact]
    public void Sarif_escapes_each_segment_of_the_source_root_and_a_backslash_in_a_unix_file_name_stays_in_the_name()
    {
        using var dir = new TempCopy("minutes");
        string odd = Path.Combine(dir.Path, "%41 [x]");
        Directory.CreateDirectory(odd);
        File.Copy(Path.Combine(dir.Path, "meetings", "budget-review.txt"), Path.Combine(odd, "a\\b.txt"));

        var (_, sarif, _) = CliRunner.Run(odd, "--format", "sarif");
        var (_, json, _) = CliRunner.Run(odd, "--format", "json");

        using var log = JsonDocument.Parse(sarif);
        var run = log.RootElement.GetProperty("runs")[0];
        string root = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        Assert.EndsWith("/%2541%20%5Bx%5D/", root);
        Assert.StartsWith("file:///", root);
        string uri = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.Equal("a%5Cb.txt", uri);
        using var findings = JsonDocument.Parse(json);
        Assert.Equal("a\\b.txt", findings.RootElement[0].GetProperty("path").GetString());
    }
}
