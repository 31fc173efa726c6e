using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests;

/// <summary>Odd files and folders: one of them never stops the run, and each gets a clear message.</summary>
public sealed class OddFilesTests
{
    [Fact]
    public void Other_script_digits_do_not_stop_the_run_and_every_other_file_is_still_linted()
    {
        using var dir = new TempCopy("minutes");
        dir.Write("meetings/fullwidth.txt", "Call\n\nALICE SMITH: [00:01.０] Hello.\n\nBOB JONES: [00:0٢] Hi.\n\n[END OF TRANSCRIPTION]\n");
        dir.Write("meetings/arabic-indic.md", "# Call\n\n## Tuesday, ١٣ March 2018\n\n**Ana Souza:** Hi.\n\n**Ben Okoro:** Hello.\n\n[END OF TRANSCRIPT]\n");
        dir.Write("meetings/range.txt", "Call, 15h００ à 16h45\n\nANN LEE: Hi.\n\nBOB RAY: Hello.\n\n[END OF TRANSCRIPTION]\n");

        var (exit, stdout, stderr) = CliRunner.Run(dir.Path, "--format", "msbuild");

        Assert.True(exit is 0 or 1, $"exit {exit}: {stderr}");
        Assert.DoesNotContain("Exception", stderr + stdout);
        Assert.DoesNotContain("TL0000", stdout);
        Assert.DoesNotContain("717728", stdout); // fullwidth '００' read as a minute
        Assert.Contains("meetings/budget-review.txt(19,1): warning TL0001:", stdout.Replace('\\', '/'));
    }

    private const string BudgetFinding = "meetings/budget-review.txt(19,1): warning TL0001:";

    [Fact]
    public void Symlink_loops_in_the_folder_walk_are_not_followed_so_each_file_is_reported_once()
    {
        using var dir = new TempCopy("minutes");
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "meetings", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "captions", "across"), Path.Combine(dir.Path, "meetings"));

        var run = Task.Run(() => CliRunner.Run(dir.Path, "--format", "msbuild"));
        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), "the walk did not finish in a minute");
        var (exit, stdout, stderr) = run.Result;

        Assert.True(exit is 0 or 1, $"exit {exit}: {stderr}");
        Assert.Single(Regex.Matches(stdout.Replace('\\', '/'), Regex.Escape(BudgetFinding)));
        Assert.DoesNotContain("self/", stdout);
        Assert.DoesNotContain("up/", stdout);
        Assert.DoesNotContain("across/", stdout);
    }

    [Fact]
    public void A_linked_folder_named_on_the_command_line_is_walked()
    {
        using var dir = new TempCopy("minutes");
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "linked"), Path.Combine(dir.Path, "meetings"));

        var (_, stdout, _) = CliRunner.Run(dir.Path, "linked", "--format", "msbuild");

        Assert.Contains("linked/budget-review.txt(19,1): warning TL0001:", stdout.Replace('\\', '/'));
    }

    [UnixPermissionsFact]
    public void An_unreadable_folder_is_reported_by_name_with_exit_code_2_and_the_rest_is_still_linted()
    {
        using var dir = new TempCopy("minutes");
        string locked = Path.Combine(dir.Path, "meetings");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var (exit, stdout, stderr) = Unprivileged.Run(dir.Path, "--format", "msbuild");

            Assert.Equal(2, exit);
            Assert.Contains("cannot read the folder 'meetings'", stderr);
            Assert.Contains("captions/keynote.vtt(", stdout.Replace('\\', '/'));
            Assert.DoesNotContain("   at ", stderr);
        }
        finally
        {
            File.SetUnixFileMode(locked, (UnixFileMode)0b111_101_101);
        }
    }

    [UnixPermissionsFact]
    public void A_file_in_an_unsearchable_folder_is_not_said_not_to_exist()
    {
        using var dir = new TempCopy("minutes");
        string locked = Path.Combine(dir.Path, "meetings");
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        try
        {
            var (exit, _, stderr) = Unprivileged.Run(dir.Path, "meetings/budget-review.txt");

            Assert.Equal(2, exit);
            Assert.DoesNotContain("does not exist", stderr);
            Assert.Contains("'meetings/budget-review.txt' cannot be reached: permission denied", stderr);
        }
        finally
        {
            File.SetUnixFileMode(locked, (UnixFileMode)0b111_101_101);
        }
    }

    [UnixPermissionsFact]
    public void A_fifo_named_like_a_transcript_is_skipped_without_hanging_on_a_walk_or_when_named()
    {
        using var dir = new TempCopy("minutes");
        MakeFifo(Path.Combine(dir.Path, "meetings", "pipe.txt"));

        var walk = RunWithin(TimeSpan.FromSeconds(60), dir.Path, "--format", "msbuild");
        Assert.True(walk.ExitCode is 0 or 1, walk.Stderr);
        Assert.Contains(BudgetFinding, walk.Stdout.Replace('\\', '/'));
        Assert.DoesNotContain("pipe.txt", walk.Stdout);

        var named = RunWithin(TimeSpan.FromSeconds(60), dir.Path, "meetings/pipe.txt");
        Assert.Equal(0, named.ExitCode);
        Assert.Contains("pipe.txt: skipped: empty, or not a regular file (a pipe or a device)", named.Stderr.Replace('\\', '/'));
    }

    [UnixPermissionsFact]
    public void A_transcript_linked_to_dev_zero_is_not_read_forever()
    {
        using var dir = new TempCopy("minutes");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "meetings", "zero.txt"), "/dev/zero");

        var walk = RunWithin(TimeSpan.FromSeconds(60), dir.Path, "--format", "msbuild");
        Assert.True(walk.ExitCode is 0 or 1, walk.Stderr);
        Assert.Contains(BudgetFinding, walk.Stdout.Replace('\\', '/'));

        var named = RunWithin(TimeSpan.FromSeconds(60), dir.Path, "meetings/zero.txt");
        Assert.Equal(0, named.ExitCode);
        Assert.Contains("zero.txt: skipped: empty, or not a regular file", named.Stderr);
    }

    [UnixPermissionsFact]
    public void A_roster_that_is_a_fifo_or_a_link_to_dev_zero_is_a_config_error_not_a_hang()
    {
        using var dir = new TempCopy("roster");
        File.Delete(Path.Combine(dir.Path, "delegates.txt"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "delegates.txt"), "/dev/zero");
        MakeFifo(Path.Combine(dir.Path, "pipe.txt"));

        var zero = RunWithin(TimeSpan.FromSeconds(60), dir.Path);
        Assert.Equal(2, zero.ExitCode);
        Assert.Contains("Cannot read the roster file \"delegates.txt\"", zero.Stderr);
        Assert.Contains("not a regular file", zero.Stderr);

        dir.Write("transcriptlint.json", """{ "speakers": { "roster": ["pipe.txt"] } }""");
        var fifo = RunWithin(TimeSpan.FromSeconds(60), dir.Path, "notes");
        Assert.Equal(2, fifo.ExitCode);
        Assert.Contains("Cannot read the roster file \"pipe.txt\"", fifo.Stderr);
    }

    private static (int ExitCode, string Stdout, string Stderr) RunWithin(TimeSpan limit, string directory, params string[] args)
    {
        var run = Task.Run(() => CliRunner.Run(directory, args));
        Assert.True(run.Wait(limit), $"transcriptlint {string.Join(" ", args)} did not finish in {limit}");
        return run.Result;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", new[] { path })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [UnixPermissionsFact]
    public void Control_characters_in_a_file_name_are_escaped_so_each_finding_stays_one_line_and_cannot_drive_the_terminal()
    {
        using var dir = new TempCopy("minutes");
        File.Copy(Path.Combine(dir.Path, "meetings", "budget-review.txt"), Path.Combine(dir.Path, "meetings", "evil\n\u001B[2J.txt"));

        var (_, stdout, _) = CliRunner.Run(dir.Path, "meetings", "--format", "msbuild");
        var text = CliRunner.Run(dir.Path, "meetings").Stdout;

        Assert.DoesNotContain('\u001B', stdout + text);
        Assert.Contains("meetings/evil\\u000A\\u001B[2J.txt(19,1): warning TL0001:", stdout.Replace('/', '/'));
        Assert.All(stdout.TrimEnd('\n').Split('\n'), line => Assert.Matches(@"^meetings/.*\(\d+,\d+\): (warning|error|info) TL\d{4}: ", line));
    }

    /// <summary>
    /// Issue 9, acceptance 3 (command-line half): one folder holding every odd file at once — binary, invalid UTF-8,
    /// UTF-16 with and without BOM, a 100 MB line, 100,000 speakers, a FIFO, a link loop, a fullwidth-digit stamp and a
    /// name with spaces and accents — is linted to the end: exit 0 or 1, no stack trace, and the usual findings on the
    /// ordinary transcripts (the meeting, its copy under the accented name, its UTF-16 copies).
    /// </summary>
    [Fact]
    public void A_folder_of_every_odd_file_at_once_is_linted_with_the_usual_findings_and_no_stack_trace()
    {
        using var dir = new TempCopy("minutes");
        string budget = File.ReadAllText(Path.Combine(dir.Path, "meetings", "budget-review.txt"));
        string odd = Path.Combine(dir.Path, "odd");
        Directory.CreateDirectory(odd);
        File.WriteAllBytes(Path.Combine(odd, "binary.txt"), new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0xFF, 0xFE, 0 });
        File.WriteAllBytes(Path.Combine(odd, "invalid-utf8.txt"), System.Text.Encoding.UTF8.GetBytes("ANN LEE: caf").Concat(new byte[] { 0xC3, 0x28, 0xFF, (byte)'\n' }).ToArray());
        File.WriteAllBytes(Path.Combine(odd, "utf16-bom.txt"), System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(budget)).ToArray());
        File.WriteAllBytes(Path.Combine(odd, "utf16-nobom.txt"), System.Text.Encoding.Unicode.GetBytes(budget));
        File.WriteAllText(Path.Combine(odd, "r\u00E9union du caf\u00E9.txt"), budget);
        dir.Write("odd/fullwidth.txt", "Call\n\nALICE SMITH: [00:01.\uFF10] Hello.\n\nBOB JONES: [00:0\u0662] Hi.\n\n[END OF TRANSCRIPTION]\n");

        // One 100 MB line: the second speaker's speech, with no line break and no end marker after it (TL0002).
        using (var line = new FileStream(Path.Combine(odd, "long-line.txt"), FileMode.CreateNew))
        {
            var words = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("budget outreach ", 4096)));
            line.Write(System.Text.Encoding.ASCII.GetBytes("Call\n\nBOB RAY: Hello.\n\nANN LEE: "));
            for (long written = 0; written < 100L * 1024 * 1024; written += words.Length) line.Write(words);
        }

        // 100,000 distinct speakers in one file, and no end marker after the last (TL0002 at line 200,001).
        var speakers = new System.Text.StringBuilder("Town hall\n\n");
        for (int i = 0; i < 100_000; i++) speakers.Append(Name(i)).Append(' ').Append(Name(i * 7919 + 13)).Append(": Hi.\n\n");
        File.WriteAllText(Path.Combine(odd, "speakers.txt"), speakers.ToString());

        Directory.CreateSymbolicLink(Path.Combine(odd, "self"), ".");
        if (!OperatingSystem.IsWindows()) MakeFifo(Path.Combine(odd, "pipe.txt"));

        var (exit, stdout, stderr) = RunWithin(TimeSpan.FromMinutes(5), dir.Path, "--format", "msbuild");
        stdout = stdout.Replace('\\', '/');

        Assert.True(exit is 0 or 1, $"exit {exit}: {stderr}");
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Exception", stderr + stdout);
        Assert.DoesNotContain("TL0000", stdout);
        Assert.Single(Regex.Matches(stdout, Regex.Escape(BudgetFinding)));
        foreach (var copy in new[] { "odd/r\u00E9union du caf\u00E9.txt", "odd/utf16-bom.txt", "odd/utf16-nobom.txt" })
        {
            Assert.Single(Regex.Matches(stdout, Regex.Escape(copy + "(19,1): warning TL0001:")));
        }

        Assert.Single(Regex.Matches(stdout, Regex.Escape("odd/long-line.txt(5,1): warning TL0002:")));
        Assert.Single(Regex.Matches(stdout, Regex.Escape("odd/speakers.txt(200001,1): warning TL0002:")));
        Assert.DoesNotContain("self/", stdout);
        Assert.DoesNotContain("binary.txt", stdout);
        Assert.DoesNotContain("pipe.txt", stdout);

        static string Name(int n)
        {
            var letters = new char[5];
            letters[0] = (char)('A' + n % 26);
            for (int i = 1; i < 5; i++, n /= 26) letters[i] = (char)('a' + (n / 26) % 26);
            return new string(letters);
        }
    }
}
