using System.IO;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests;

/// <summary><c>transcriptlint explain</c>: how each dialect is read, and why a line is or is not a speaker label.</summary>
public sealed class ExplainCommandTests
{
    [Fact]
    public void Explain_shows_accepted_and_rejected_candidates_with_their_evidence()
    {
        using var dir = new TempCopy("minutes");
        dir.Write("show.md", "# Episode\n\n**Ann Lee:** Welcome.\n\n**Bob Ray:** Thanks.\n\n**Ann Lee:** This week:\n\n- **Queues**: logs\n\n**Bob Ray:** Bye.\n");
        var (exit, stdout, stderr) = CliRunner.Run(dir.Path, "explain", "show.md");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("dialect: markdown", stdout);
        Assert.Contains("label   **Ann Lee:**", stdout);
        Assert.Contains("text    **Queues**:", stdout);
        Assert.Contains("does not carry this file's turns", stdout);
    }

    [Theory]
    [InlineData("meetings/budget-review.txt", "dialect: text")]
    [InlineData("podcasts/episode-7.md", "dialect: markdown")]
    [InlineData("captions/keynote.vtt", "dialect: webvtt")]
    public void Explain_reads_every_dialect_and_prints_its_findings(string file, string dialect)
    {
        using var dir = new TempCopy("minutes");
        var (exit, stdout, _) = CliRunner.Run(dir.Path, "explain", file);
        Assert.Equal(0, exit);
        Assert.Contains(dialect, stdout);
        Assert.Contains("findings", stdout);
    }

    [Fact]
    public void Explain_reads_subrip_captions()
    {
        using var dir = new TempCopy("minutes");
        dir.Write("talk.srt", "1\n00:00:01,000 --> 00:00:02,000\nAnn Lee: Hello.\n\n2\n00:00:03,000 --> 00:00:04,000\nBob Ray: Hi.\n");
        var (exit, stdout, _) = CliRunner.Run(dir.Path, "explain", "talk.srt");
        Assert.Equal(0, exit);
        Assert.Contains("dialect: subrip", stdout);
        Assert.Contains("speakers: Ann Lee ×1, Bob Ray ×1", stdout);
    }

    [Fact]
    public void Explain_without_a_file_is_a_usage_error()
    {
        using var dir = new TempCopy("minutes");
        var (exit, _, stderr) = CliRunner.Run(dir.Path, "explain");
        Assert.Equal(2, exit);
        Assert.Contains("explain needs at least one file", stderr);
    }

    [Fact]
    public void Explain_of_a_missing_file_names_it_and_exits_2()
    {
        using var dir = new TempCopy("minutes");
        var (exit, _, stderr) = CliRunner.Run(dir.Path, "explain", Path.Combine("nowhere", "a.txt"));
        Assert.Equal(2, exit);
        Assert.Contains("is not a file", stderr);
    }
}
