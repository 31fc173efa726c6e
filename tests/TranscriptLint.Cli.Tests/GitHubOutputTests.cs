using System.IO;
using System.Linq;
using TranscriptLint.Cli.Output;
using TranscriptLint.Diagnostics;
using TranscriptLint.Rules;
using TranscriptLint.Tests.Support;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests;

/// <summary><c>--format github</c>: GitHub Actions workflow commands, one per finding, escaped as the runner reads them.</summary>
public sealed class GitHubOutputTests
{
    private static string SnapshotPath(string name) => Path.Combine(Snapshot.SourceDirectory(), "Snapshots", name);

    private static Diagnostic Make(string ruleId, string path, Severity severity, string message, int line, int column, int endLine, int endColumn)
        => new(RuleCatalog.FindDescriptor(ruleId)!, path, severity, message, new TextSpan(0, 1), new LinePosition(line, column), new LinePosition(endLine, endColumn), "0000000000000000");

    [Fact]
    public void Github_output_is_one_workflow_command_per_finding_with_file_range_and_rule_title()
    {
        using var dir = new TempCopy("minutes");
        var (exit, stdout, stderr) = CliRunner.Run(dir.Path, ".", "--format", "github");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.All(stdout.TrimEnd('\n').Split('\n'), line => Assert.Matches("^::(warning|error|notice) file=[^,]+,line=[0-9]+,", line));
        Snapshot.Verify(stdout, SnapshotPath("minutes.github.verified.txt"));
    }

    [Fact]
    public void Github_output_escapes_percent_newlines_and_in_properties_colons_and_commas()
    {
        var diagnostics = new[]
        {
            // Percent, colon and newlines in the message; colon and comma in the path.
            Make("TL0001", "notes/a,b:c.txt", Severity.Warning, "Speaker 'ANA: 100%' looks like 'ANA'.\r\nSecond line: use one spelling,\nthird line.", 3, 1, 3, 11),
            Make("TL0004", "meetings/2026.txt", Severity.Error, "Time range '15h15 à 14h45' ends before it starts.", 2, 22, 2, 35),
            Make("TL0012", "podcasts/ep.md", Severity.Suggestion, "Garbled 'Ã©'; it should probably read 'é'.", 7, 4, 7, 6),
            // Over two lines: the runner takes no columns then.
            Make("TL0011", "meetings\\split.txt", Severity.Warning, "Page break in the middle of a sentence.", 10, 5, 12, 1),
        };
        var output = new StringWriter { NewLine = "\n" };
        GitHubReportWriter.Write(diagnostics, output);

        string text = output.ToString();
        Assert.Equal(4, text.TrimEnd('\n').Split('\n').Length);
        Assert.Contains("file=notes/a%2Cb%3Ac.txt,", text);
        Assert.Contains("::Speaker 'ANA: 100%25' looks like 'ANA'.%0D%0ASecond line: use one spelling,%0Athird line.\n", text);
        Assert.Contains("::notice file=podcasts/ep.md,", text);
        Assert.Contains("::warning file=meetings/split.txt,line=10,endLine=12,title=TL0011 page-break-splits-sentence::", text);
        Snapshot.Verify(text, SnapshotPath("github-escaping.verified.txt"));
    }

    [Theory]
    [InlineData("100%", "100%25")]
    [InlineData("a\r\nb", "a%0D%0Ab")]
    [InlineData("a: b, c", "a: b, c")]
    [InlineData("plain text stays as it is", "plain text stays as it is")]
    public void Message_escaping_leaves_colons_and_commas_as_they_are(string message, string escaped)
    {
        Assert.Equal(escaped, GitHubReportWriter.EscapeData(message));
    }

    [Theory]
    [InlineData("a:b,c%", "a%3Ab%2Cc%25")]
    [InlineData("x\ny", "x%0Ay")]
    [InlineData("TL0001 speaker-spelling", "TL0001 speaker-spelling")]
    public void Property_escaping_also_escapes_colons_and_commas(string value, string escaped)
    {
        Assert.Equal(escaped, GitHubReportWriter.EscapeProperty(value));
    }

    [Fact]
    public void Usage_and_the_unknown_format_message_name_github()
    {
        Assert.Contains("github", CliRunner.Run(Path.GetTempPath(), "--help").Stdout);
        var (exit, _, stderr) = CliRunner.Run(Path.GetTempPath(), "--format", "gh");
        Assert.Equal(2, exit);
        Assert.Contains("Use text, msbuild, sarif, json or github.", stderr);
    }
}
