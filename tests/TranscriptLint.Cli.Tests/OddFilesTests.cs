using System.IO;
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
}
