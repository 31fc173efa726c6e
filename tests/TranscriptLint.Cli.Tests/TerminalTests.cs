using System;
using System.IO;
using System.Threading;
using TranscriptLint.Cli;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests;

/// <summary>Colour and progress only where a person watches a terminal; never in a file or a pipe.</summary>
public sealed class TerminalTests
{
    [Fact]
    public void Colour_paints_severity_rule_and_path_only_when_the_terminal_takes_colour()
    {
        Assert.Equal("\u001b[33mwarning\u001b[0m", new Terminal(colour: true, progress: false).Paint("warning", "33"));
        Assert.Equal("warning", Terminal.Plain.Paint("warning", "33"));
    }

    [Fact]
    public void A_report_written_to_a_writer_that_is_not_a_terminal_has_no_escape_codes()
    {
        using var dir = new TempCopy("minutes");
        var (_, stdout, _) = CliRunner.Run(dir.Path, "--no-color");
        Assert.True(stdout.IndexOf('\u001b') < 0, "the report holds an escape code");
        Assert.Contains("warning", stdout);
    }

    [Fact]
    public void Progress_shows_the_files_read_once_the_delay_passes_and_clears_its_line()
    {
        var stderr = new StringWriter();
        using (var progress = new Progress(stderr, TimeSpan.FromMilliseconds(1)))
        {
            progress.FileRead();
            progress.FileRead();
            for (int i = 0; i < 200 && stderr.ToString().Length == 0; i++) Thread.Sleep(10);
        }

        string written = stderr.ToString();
        Assert.Contains("\rLinting… 2 files read", written);
        Assert.EndsWith("\r\u001b[2K", written);
    }

    [Fact]
    public void A_short_run_shows_no_progress_at_all()
    {
        var stderr = new StringWriter();
        using (var progress = new Progress(stderr))
        {
            progress.FileRead();
        }

        Assert.Equal(string.Empty, stderr.ToString());
    }
}
