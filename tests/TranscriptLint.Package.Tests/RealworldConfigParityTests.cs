using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TranscriptLint.Package.Tests.Infrastructure;
using Xunit;
using static TranscriptLint.Package.Tests.Infrastructure.Transcripts;

namespace TranscriptLint.Package.Tests;

/// <summary>
/// The CLI and the task agree on a docs repo configured like the real standards-body notes repos of
/// ../shared/realworld/configs (tc39.json: a roster file, TL0002 off, README, CODE_OF_CONDUCT and scripts/ excluded):
/// a Microsoft.Build.NoTargets project holding a few hand-written notes, built with the package, against
/// <c>transcriptlint .</c> in the same folder. Both run the same Core LintSession, so the file plan (excludes, roster,
/// files that are not transcripts) and the findings must be the same.
/// </summary>
[Collection(DocsProjectCollection.Name)]
public sealed class RealworldConfigParityTests
{
    /// <summary>The shape of ../shared/realworld/configs/tc39.json.</summary>
    public const string Config = """
        {
          "rules": { "TL0002": "off" },
          "speakers": { "roster": "delegates.txt" },
          "exclude": ["README.md", "CODE_OF_CONDUCT.md", "scripts/**", "node_modules/**"]
        }
        """;

    private const string Roster = "# Delegates\nJane Helen Doe (JHD)\nRafael Pereira Rocha (RPR)\nAnn Wu-Bell (AWB)\nPriya Natarajan (PN)\n";

    private const string March = """
        # Working group call, 4 March 2026

        Present: JHD, RPR, AWB, PN

        ## Agenda review

        JHD: Welcome. Two items today: the charter and the liaison report.

        RPR: I sent comments on the charter last night.

        JDH: Thanks, I'll merge them before Friday.

        AWB: The liaison report is nearly done.

        PN: I can circulate it on Monday.

        ZQX: A question from the floor on section 3.

        ZQX: And one more on section 4.

        RPR:

        ## Conclusion

        JHD: Agreed. Thanks all.
        """;

    private const string April = """
        # Working group call, 1 April 2026

        JHD: The charter is merged.

        AWB: The liaison report went out on Monday.

        RPR: Thanks. Nothing else from me.

        PN: Minutes will follow.
        """;

    private readonly PackageFixture package;

    public RealworldConfigParityTests(PackageFeed feed)
    {
        package = feed.Package;
    }

    [Fact]
    public void Cli_and_task_report_the_same_findings_on_a_docs_repo_with_a_roster_and_excludes()
    {
        var project = package.NewProject("realworld").WithDocsProject()
            .WithFile("transcriptlint.json", Config)
            .WithFile("delegates.txt", Roster)
            .WithFile("meetings/2026-03/march-04.md", March)
            .WithFile("meetings/2026-04/april-01.md", April)
            .WithFile("README.md", "# Notes\n\nJHD: This file is excluded by the config.\n\nZQX: Or it would have findings.\n\nZQX:\n")
            .WithFile("CODE_OF_CONDUCT.md", Readme)
            .WithFile("scripts/template.md", March);

        var build = project.Build();
        Assert.True(build.ExitCode == 0, build.ToString());

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = TranscriptLint.Cli.Program.Run(new[] { "--format", "msbuild" }, stdout, stderr, project.Directory);
        Assert.True(exit is 0 or 1, $"exit {exit}: {stderr}");
        var cli = Regex.Matches(stdout.ToString(), @"^(?<file>[^(\r\n]+)\((?<line>\d+),(?<col>\d+)\): (?<severity>\w+) (?<code>TL\d{4}):", RegexOptions.Multiline)
            .Select(m => $"{m.Groups["file"].Value}({m.Groups["line"].Value},{m.Groups["col"].Value}): {m.Groups["severity"].Value} {m.Groups["code"].Value}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
        var task = build.Short.OrderBy(s => s, StringComparer.Ordinal).ToList();

        Assert.Equal(cli, task);

        // The findings the config makes: the roster names the unknown speaker, the excludes keep README and scripts/ out.
        Assert.Contains(task, f => f.Contains("TL0007", StringComparison.Ordinal));
        Assert.Contains(task, f => f.Contains("TL0003", StringComparison.Ordinal));
        Assert.DoesNotContain(task, f => f.Contains("TL0002", StringComparison.Ordinal));
        Assert.All(task, f => Assert.StartsWith(P("meetings/2026-03/march-04.md"), f, StringComparison.Ordinal));
    }
}
