using System;
using System.IO;
using System.Linq;
using System.Text;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests;

/// <summary><c>transcriptlint baseline</c> and the lint against it: only findings beyond the baseline are reported.</summary>
public sealed class BaselineCommandTests
{
    private const string Meeting = "Budget meeting\n\nHEIDI ULLRICH: Welcome.\n\nALAN GREENBERG: Thanks.\n\nHEIDI ULLRICH: Next item.\n\nHEIDI ULRICH: Agreed.\n\nALAN GREENBERG: Bye.\n";

    [Fact]
    public void Baseline_is_written_beside_the_config_sorted_one_finding_a_line_and_the_lint_then_reports_nothing()
    {
        using var repo = new TempFolder();
        repo.WriteBytes("transcriptlint.json", Encoding.UTF8.GetBytes("{}\n"));
        repo.WriteBytes("minutes/b.txt", Encoding.UTF8.GetBytes(Meeting));
        repo.WriteBytes("minutes/a.txt", Encoding.UTF8.GetBytes(Meeting + "\n[END OF TRANSCRIPTION]\n"));

        var written = CliRunner.Run(Path.Combine(repo.Path, "minutes"), "baseline");
        Assert.Equal(0, written.ExitCode);
        Assert.Contains("Wrote 3 findings (3 entries) to ../transcriptlint.baseline.json.", written.Stderr);
        var lines = File.ReadAllLines(Path.Combine(repo.Path, "transcriptlint.baseline.json"));
        var entries = lines.Where(l => l.StartsWith("    { \"file\": ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, entries.Length);
        Assert.Equal(entries.OrderBy(l => l, StringComparer.Ordinal), entries);
        Assert.StartsWith("    { \"file\": \"minutes/a.txt\", \"rule\": \"TL0001\"", entries[0]);

        var (exit, stdout, stderr) = CliRunner.Run(repo.Path);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("TL0", stdout);
        Assert.Contains("3 findings in the baseline transcriptlint.baseline.json not shown.", stderr);
    }

    [Fact]
    public void Entries_that_no_longer_occur_are_counted_and_update_baseline_drops_them()
    {
        using var repo = new TempFolder();
        string path = repo.WriteBytes("a.txt", Encoding.UTF8.GetBytes(Meeting));
        Assert.Equal(0, CliRunner.Run(repo.Path, "baseline").ExitCode);
        File.WriteAllText(path, Meeting.Replace("HEIDI ULRICH", "HEIDI ULLRICH"));

        var (_, _, stderr) = CliRunner.Run(repo.Path);
        Assert.Contains("1 baseline entry in transcriptlint.baseline.json no longer occurs; run with --update-baseline to drop it.", stderr);

        var updated = CliRunner.Run(repo.Path, "--update-baseline");
        Assert.Contains("updated transcriptlint.baseline.json: 1 finding that no longer occurs dropped, 1 finding left.", updated.Stderr);
        string baseline = File.ReadAllText(Path.Combine(repo.Path, "transcriptlint.baseline.json"));
        Assert.DoesNotContain("TL0001", baseline);
        Assert.Contains("TL0002", baseline);
        Assert.DoesNotContain("no longer occur", CliRunner.Run(repo.Path).Stderr);
    }

    [Fact]
    public void A_named_baseline_that_does_not_exist_is_an_error()
    {
        using var repo = new TempFolder();
        repo.WriteBytes("a.txt", Encoding.UTF8.GetBytes(Meeting));
        var (exit, _, stderr) = CliRunner.Run(repo.Path, "--baseline", "missing.json");
        Assert.Equal(2, exit);
        Assert.Contains("the baseline does not exist", stderr);
    }

    [GeneratedCorpusFact]
    public void After_ten_lines_are_inserted_at_the_top_of_ten_files_only_a_new_defect_is_reported()
    {
        string corpus = GeneratedCorpusCopy.Make();
        try
        {
            Assert.Equal(0, CliRunner.Run(corpus, "baseline").ExitCode);
            var before = CliRunner.Run(corpus, "--format", "msbuild");
            Assert.Equal(string.Empty, before.Stdout);

            // Ten transcripts with baselined findings get ten lines at the top, in their own line endings and BOM.
            var withFindings = File.ReadAllLines(Path.Combine(corpus, "transcriptlint.baseline.json"))
                .Select(l => l.Split('"')).Where(p => p.Length > 3 && p[1] == "file").Select(p => p[3])
                .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
                .Distinct().OrderBy(f => f, StringComparer.Ordinal).Take(10).ToList();
            Assert.Equal(10, withFindings.Count);
            foreach (var file in withFindings)
            {
                string full = Path.Combine(corpus, file);
                byte[] bytes = File.ReadAllBytes(full);
                bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
                string text = Encoding.UTF8.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
                string newline = text.Contains("\r\n") ? "\r\n" : "\n";
                string top = string.Concat(Enumerable.Range(1, 10).Select(i => $"<!-- archived copy, reviewed ({i}) -->{newline}"));
                File.WriteAllBytes(full, (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(top + text)).ToArray());
            }

            // One new defect: mojibake in a meeting that had none.
            string meeting = Directory.GetFiles(Path.Combine(corpus, "meetings"), "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)
                .First(f => !File.ReadAllText(f).Contains('Ã') && !File.ReadAllText(f).Contains('â'));
            var lines = File.ReadAllText(meeting).Split('\n');
            int speech = Array.FindIndex(lines, l => l.Contains(": ") && l.TrimEnd('\r').EndsWith(".", StringComparison.Ordinal) && char.IsUpper(l[0]));
            lines[speech] = lines[speech].TrimEnd('\r') + " The cafÃ© was closed." + (lines[speech].EndsWith("\r", StringComparison.Ordinal) ? "\r" : string.Empty);
            File.WriteAllText(meeting, string.Join("\n", lines), new UTF8Encoding(File.ReadAllBytes(meeting)[0] == 0xEF));

            var (exit, stdout, stderr) = CliRunner.Run(corpus, "--format", "msbuild");
            Assert.Equal(0, exit);
            string expected = Path.GetRelativePath(corpus, meeting);
            var reported = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var single = Assert.Single(reported);
            Assert.StartsWith($"{expected}({speech + 1},", single);
            Assert.Contains("TL0012", single);
            Assert.DoesNotContain("no longer occur", stderr);
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }
    }
}
