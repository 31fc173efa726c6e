using System;
using System.IO;
using System.Linq;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests;

/// <summary>The command line itself: help, usage errors, and the options the commands share.</summary>
public sealed class CommandLineTests
{
    private static string SnapshotPath(string name) => Path.Combine(Snapshot.SourceDirectory(), "Snapshots", name);

    [Fact]
    public void Help_lists_the_arguments_options_and_subcommands_with_their_descriptions()
    {
        var (exit, stdout, stderr) = CliRunner.Run(Path.GetTempPath(), "--help");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Snapshot.Verify(stdout, SnapshotPath("help.verified.txt"));
    }

    [Theory]
    [InlineData("explain", "<files>", "--config <FILE>")]
    [InlineData("speakers", "<paths>", "--config <FILE>", "--format <text|json>", "--roster <FILE>")]
    [InlineData("init", "<folder>")]
    [InlineData("fix", "<paths>", "--config <FILE>", "--dry-run", "--rule <ID>")]
    [InlineData("baseline", "<paths>", "--config <FILE>", "-o, --output <FILE>")]
    public void Help_on_a_subcommand_lists_its_own_arguments_and_options_with_descriptions(string command, params string[] expected)
    {
        foreach (var help in new[] { "--help", "-h", "-?" })
        {
            var (exit, stdout, stderr) = CliRunner.Run(Path.GetTempPath(), command, help);

            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, stderr);
            Assert.Contains($"  transcriptlint {command} [", stdout);
            var lines = stdout.Split('\n');
            foreach (var symbol in expected.Append("-?, -h, --help"))
            {
                // The symbol, then its description in the second column.
                Assert.Contains(lines, l => l.StartsWith("  " + symbol + "  ", StringComparison.Ordinal) && l.Trim().Length > symbol.Length + 10);
            }

            // Neither the lint's own paths nor its options belong to the subcommand.
            Assert.DoesNotContain("--warnaserror", stdout);
            Assert.Equal(command == "init" || command == "explain" ? 0 : 1, lines.Count(l => l.StartsWith("  <paths>", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Fix_help_matches_its_snapshot()
    {
        Snapshot.Verify(CliRunner.Run(Path.GetTempPath(), "fix", "--help").Stdout, SnapshotPath("fix-help.verified.txt"));
    }

    [Theory]
    [InlineData("", "--bogus")]
    [InlineData("explain", "--bogus")]
    [InlineData("speakers", "--bogus")]
    [InlineData("init", "--bogus")]
    [InlineData("fix", "-x")]
    [InlineData("baseline", "--bogus")]
    public void An_unknown_option_is_one_line_and_a_hint_with_exit_code_2(string command, string option)
    {
        using var dir = new TempCopy("minutes");
        var args = command.Length == 0 ? new[] { option } : new[] { command, "a.txt", option };

        var (exit, stdout, stderr) = CliRunner.Run(dir.Path, args);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        string name = command.Length == 0 ? string.Empty : " " + command;
        string subject = command.Length == 0 ? string.Empty : " for " + command;
        Assert.Equal($"transcriptlint: error: unknown option '{option}'{subject}.\nRun 'transcriptlint{name} --help' for usage.\n", stderr);
    }

    [Theory]
    [InlineData("--config")]
    [InlineData("--format")]
    [InlineData("--output")]
    [InlineData("--baseline")]
    [InlineData("explain", "a.txt", "--config")]
    [InlineData("speakers", "--roster")]
    [InlineData("fix", "--rule")]
    [InlineData("baseline", "-o")]
    public void A_missing_option_value_is_one_line_and_a_hint_with_exit_code_2(params string[] args)
    {
        using var dir = new TempCopy("minutes");

        var (exit, stdout, stderr) = CliRunner.Run(dir.Path, args);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        var lines = stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("transcriptlint: error: ", lines[0]);
        Assert.Contains($"'{args[^1]}'", lines[0]);
        Assert.EndsWith("--help' for usage.", lines[1]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("explain", "meetings/budget-review.txt")]
    [InlineData("speakers")]
    [InlineData("fix", "--dry-run")]
    [InlineData("baseline")]
    public void Config_is_read_the_same_way_by_every_command(params string[] command)
    {
        using var dir = new TempCopy("minutes");
        dir.Write("broken.json", "{ \"rules\": ");
        var args = command.Where(a => a.Length > 0).ToArray();

        foreach (var config in new[] { new[] { "--config", "broken.json" }, new[] { "--config=broken.json" } })
        {
            var (exit, _, stderr) = CliRunner.Run(dir.Path, args.Concat(config).ToArray());

            Assert.Equal(2, exit);
            Assert.Contains("broken.json(1,12): error TL1000:", stderr);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("speakers")]
    [InlineData("fix")]
    [InlineData("baseline")]
    public void Paths_are_read_the_same_way_by_every_command_that_lints(string command)
    {
        using var dir = new TempCopy("minutes");
        string[] Args(params string[] rest) => command.Length == 0 ? rest : rest.Prepend(command).ToArray();

        var missing = CliRunner.Run(dir.Path, Args("nowhere"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("'nowhere' does not exist", missing.Stderr);

        // After '--' a path may start with '-'.
        var dashed = CliRunner.Run(dir.Path, Args("--", "-dashed"));
        Assert.Equal(2, dashed.ExitCode);
        Assert.Contains("'-dashed' does not exist", dashed.Stderr);
    }

    [Theory]
    [InlineData("", "text", "msbuild, sarif, json or github")]
    [InlineData("speakers", "json", "text or json")]
    public void Format_takes_the_same_spellings_in_every_command_and_names_the_ones_it_takes(string command, string valid, string listed)
    {
        using var dir = new TempCopy("minutes");
        string[] Args(params string[] rest) => command.Length == 0 ? rest : rest.Prepend(command).ToArray();

        Assert.Equal(CliRunner.Run(dir.Path, Args("--format", valid)).Stdout, CliRunner.Run(dir.Path, Args("--format=" + valid.ToUpperInvariant())).Stdout);

        var (exit, _, stderr) = CliRunner.Run(dir.Path, Args("--format", "xml"));
        Assert.Equal(2, exit);
        Assert.Contains("Unknown format 'xml'", stderr);
        Assert.Contains(listed + ".", stderr);
    }

    [Theory]
    [InlineData("--output")]
    [InlineData("-o")]
    public void Output_names_the_file_written_by_the_lint_and_by_baseline(string option)
    {
        using var dir = new TempCopy("minutes");

        Assert.Equal(0, CliRunner.Run(dir.Path, "--format", "sarif", option, "out/report.sarif").ExitCode);
        Assert.Equal(0, CliRunner.Run(dir.Path, "baseline", option, "out/base.json").ExitCode);

        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "report.sarif")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "base.json")));
    }

    [Theory]
    [InlineData("meetings", "fix")]
    [InlineData("--warnaserror", "speakers")]
    public void Paths_or_options_before_a_subcommand_are_a_usage_error(string before, string command)
    {
        using var dir = new TempCopy("minutes");

        var (exit, _, stderr) = CliRunner.Run(dir.Path, before, command);

        Assert.Equal(2, exit);
        Assert.Contains($"the subcommand '{command}' comes first", stderr);
    }

    [Fact]
    public void Version_prints_the_tool_version()
    {
        var (exit, stdout, _) = CliRunner.Run(Path.GetTempPath(), "--version");

        Assert.Equal(0, exit);
        Assert.Equal(TranscriptLint.Output.SarifLog.Version() + "\n", stdout);
    }
}
