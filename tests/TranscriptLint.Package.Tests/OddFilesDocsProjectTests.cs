using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using TranscriptLint.Package.Tests.Infrastructure;
using Xunit;
using static TranscriptLint.Package.Tests.Infrastructure.Transcripts;

namespace TranscriptLint.Package.Tests;

/// <summary>
/// Issue 9, acceptance 3 (MSBuild half): a docs project whose folder holds every odd file at once (binary, invalid
/// UTF-8, UTF-16 with and without BOM, a 100 MB line, 100,000 speakers, a FIFO, a link loop, a fullwidth-digit stamp,
/// a name with spaces and accents) builds in bounded
/// time without MSB4018 (a task crash) and reports the usual findings on the ordinary transcript beside them.
/// </summary>
[Collection(DocsProjectCollection.Name)]
public sealed class OddFilesDocsProjectTests
{
    private readonly PackageFixture package;

    public OddFilesDocsProjectTests(PackageFeed feed)
    {
        package = feed.Package;
    }

    [Fact]
    public void Docs_project_with_binary_invalid_utf16_huge_line_many_speakers_fifo_symlink_loop_and_odd_names_builds_and_reports_the_ordinary_findings()
    {
        var project = package.NewProject("odd-files").WithDocsProject()
            .WithFile("a.txt", SpellingAndNoEndMarker)
            .WithFile("fullwidth.txt", "Call\n\nALICE SMITH: [00:01.０] Hello.\n\nBOB JONES: [00:0٢] Hi.\n\n[END OF TRANSCRIPTION]\n")
            .WithFile("réunion du café.txt", SpellingAndNoEndMarker);
        File.WriteAllBytes(project.PathOf("binary.txt"), new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0xFF, 0xFE, 0 });
        File.WriteAllBytes(project.PathOf("invalid-utf8.txt"), Encoding.UTF8.GetBytes("ANN LEE: caf").Concat(new byte[] { 0xC3, 0x28, 0xFF, (byte)'\n' }).ToArray());
        File.WriteAllBytes(project.PathOf("utf16-bom.txt"), Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(SpellingAndNoEndMarker)).ToArray());
        File.WriteAllBytes(project.PathOf("utf16-nobom.txt"), Encoding.Unicode.GetBytes(SpellingAndNoEndMarker));
        Directory.CreateSymbolicLink(project.PathOf("self"), ".");
        MakeFifo(project.PathOf("pipe.txt"));

        // One 100 MB line, and 100,000 distinct speakers in one file.
        using (var line = new FileStream(project.PathOf("long-line.txt"), FileMode.CreateNew))
        {
            var words = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("budget outreach ", 4096)));
            line.Write(Encoding.ASCII.GetBytes("Call\n\nBOB RAY: Hello.\n\nANN LEE: "));
            for (long written = 0; written < 100L * 1024 * 1024; written += words.Length) line.Write(words);
            line.Write(Encoding.ASCII.GetBytes("\n"));
        }

        var speakers = new StringBuilder("Call\n\n");
        for (int i = 0; i < 100_000; i++) speakers.Append("PERSON ").Append(i.ToString("D6")).Append(" X: Words.\n\n");
        File.WriteAllText(project.PathOf("speakers.txt"), speakers.ToString());

        var clock = Stopwatch.StartNew();
        var build = project.Build();
        clock.Stop();

        Assert.DoesNotContain("MSB4018", build.Output);
        Assert.DoesNotContain("TL0000", build.Output);
        Assert.DoesNotContain("Exception", build.Output);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), $"the build took {clock.Elapsed}");
        Assert.True(build.ExitCode == 0, build.ToString());

        // The ordinary transcript, the accented name and both UTF-16 copies of it: TL0001 and TL0002, each once.
        foreach (var file in new[] { "a.txt", "réunion du café.txt", "utf16-bom.txt", "utf16-nobom.txt" })
        {
            Assert.Equal(new[] { $"{file}(10,1): warning TL0001", $"{file}(12,1): warning TL0002" }, build.Short.Where(s => s.StartsWith(file + "(", StringComparison.Ordinal)).ToArray());
        }

        // Nothing is reported through the link back to the folder.
        Assert.DoesNotContain(build.Findings, f => f.File.StartsWith("self", StringComparison.Ordinal));
        Assert.DoesNotContain(build.Findings, f => f.File is "binary.txt" or "pipe.txt");
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", new[] { path }) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
