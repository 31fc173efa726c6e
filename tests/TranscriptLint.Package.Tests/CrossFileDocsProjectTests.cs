using System.Globalization;
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using TranscriptLint.Package.Tests.Infrastructure;
using TranscriptLint.Tests.Support;
using Xunit;
using Xunit.Abstractions;
using static TranscriptLint.Package.Tests.Infrastructure.Transcripts;

namespace TranscriptLint.Package.Tests;

/// <summary>
/// Issues 11 and 12 in a docs repo built with <c>dotnet build</c>: a NoTargets project over the generated corpus
/// (<c>gen-corpus.py --files 300 --seed 4</c>) plus hand-written cross-file variants. TL0013 is reported with file, line
/// and column and follows edits on incremental builds (the cached files included); a baseline leaves only a new defect.
/// The no-op rebuild time with and without the package is printed, not asserted.
/// </summary>
[Collection(DocsProjectCollection.Name)]
public sealed class CrossFileDocsProjectTests
{
    private const string Usual = "Ann Lee-Carter";
    private const string Variant = "Ann Lee-Cartre";

    private readonly PackageFixture package;
    private readonly ITestOutputHelper output;

    public CrossFileDocsProjectTests(PackageFeed feed, ITestOutputHelper output)
    {
        package = feed.Package;
        this.output = output;
    }

    [GeneratedCorpusFact]
    public void TL0013_is_reported_with_file_line_and_column_and_follows_edits_on_incremental_builds()
    {
        var project = CorpusProject("xfile-corpus");
        for (int i = 1; i <= 6; i++) project.WithFile($"shows/ep{i}.md", Episode(i, Usual));
        project.WithFile("shows/ep7.md", Episode(7, Variant));

        var first = project.Build("-v:n");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(new[] { P("shows/ep7.md") + "(3,3): warning TL0013", P("shows/ep7.md") + "(7,3): warning TL0013" }, CrossFile(first));
        Assert.Contains($"Speaker '{Variant}' (1 file) looks like a misspelling of '{Usual}', the spelling in 6 files of this run.", first.Findings.First(f => f.Code == "TL0013").Message);
        int considered = Considered(first);

        // From the cache, or from the build record when the first build found the files already settled (that build then
        // recorded itself): asked to print every finding either way.
        var noop = project.Build("--no-restore", "-v:n", "-p:TranscriptLintRepeatWarnings=true");
        Assert.Contains($"TranscriptLint: 0 of {considered} transcripts re-linted", noop.Output);
        Assert.Equal(first.Findings, noop.Findings);

        // The files had settled by the no-op build (the first build of 3,000 files takes seconds), so it left a build
        // record, and the next no-op build replays that without hashing or linting: one line counts the findings, and
        // TranscriptLintRepeatWarnings prints them all again.
        if (OperatingSystem.IsLinux())
        {
            Assert.Single(Directory.GetFiles(project.PathOf("obj"), "*.transcriptlint.cache.lastbuild", SearchOption.AllDirectories));
            var replayed = project.Build("--no-restore", "-v:n");
            Assert.Contains($"TranscriptLint: 0 of {considered} transcripts re-linted", replayed.Output);
            Assert.Empty(replayed.Findings);
            Assert.Contains($"its {first.Findings.Count(f => f.Severity == "warning").ToString("N0", CultureInfo.InvariantCulture)} warnings in ", replayed.Output);
            var repeated = project.Build("--no-restore", "-v:n", "-p:TranscriptLintRepeatWarnings=true");
            Assert.Contains($"TranscriptLint: 0 of {considered} transcripts re-linted", repeated.Output);
            Assert.Equal(first.Findings, repeated.Findings);
        }

        // Fixing the variant removes both findings; only that file is linted again.
        project.WithFile("shows/ep7.md", Episode(7, Usual));
        var fixedBuild = project.Build("--no-restore", "-v:n");
        Assert.Contains($"TranscriptLint: 1 of {considered} transcripts re-linted", fixedBuild.Output);
        Assert.Empty(CrossFile(fixedBuild));

        // A variant in another file adds a finding there, named with its line and column.
        project.WithFile("shows/ep3.md", Episode(3, Variant));
        var introduced = project.Build("--no-restore", "-v:n");
        Assert.Contains($"TranscriptLint: 1 of {considered} transcripts re-linted", introduced.Output);
        Assert.Equal(new[] { P("shows/ep3.md") + "(3,3): warning TL0013", P("shows/ep3.md") + "(7,3): warning TL0013" }, CrossFile(introduced));

        // An edit elsewhere decides a finding in a file whose cache entry is unchanged: with a second file spelling
        // the variant, 5 against 2 is no clear majority, and ep3.md (replayed) loses its findings.
        project.WithFile("shows/ep4.md", Episode(4, Variant));
        var tie = project.Build("--no-restore", "-v:n");
        Assert.Contains($"TranscriptLint: 1 of {considered} transcripts re-linted", tie.Output);
        Assert.Empty(CrossFile(tie));

        MeasureNoOpRebuilds(project, considered);
    }

    [GeneratedCorpusFact]
    public void After_a_baseline_dotnet_build_reports_only_the_new_defect_when_ten_files_moved_down_ten_lines()
    {
        var project = CorpusProject("xfile-baseline");
        var stderr = new StringWriter();
        Assert.True(Cli.Program.Run(new[] { "baseline" }, new StringWriter(), stderr, project.Directory) == 0, stderr.ToString());
        Assert.True(File.Exists(project.PathOf("transcriptlint.baseline.json")));

        var clean = project.Build("-v:n");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Empty(clean.Findings);
        Assert.Contains("in the baseline transcriptlint.baseline.json not shown", clean.Output);

        var (file, line) = BaselineScenario.Apply(project.Directory);

        var build = project.Build("--no-restore", "-v:n");
        Assert.True(build.ExitCode == 0, build.ToString());
        var single = Assert.Single(build.Findings);
        Assert.Equal($"{P(file)}({line},{single.Column}): warning TL0012", single.Short);
        Assert.DoesNotContain("no longer occur", build.Output);

        // The property names another file (or none): everything shows again.
        File.Move(project.PathOf("transcriptlint.baseline.json"), project.PathOf("frozen.json"));
        var moved = project.Build("--no-restore", "-p:TranscriptLintBaselineFile=frozen.json");
        Assert.Single(moved.Findings);
        var none = project.Build("--no-restore");
        Assert.True(none.Findings.Count > 10, none.ToString());
    }

    private void MeasureNoOpRebuilds(ConsumerProject project, int considered)
    {
        const int runs = 3;
        var with = Time(project, runs);
        string withPackage = File.ReadAllText(project.ProjectFile);
        File.WriteAllText(project.ProjectFile, withPackage.Replace($"""<PackageReference Include="TranscriptLint" Version="{package.Version}" PrivateAssets="all" />""", string.Empty));
        var restore = project.Run("restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.True(project.Build("--no-restore").ExitCode == 0);
        var without = Time(project, runs);
        File.WriteAllText(project.ProjectFile, withPackage);

        double median(List<double> list) => list.OrderBy(x => x).ElementAt(list.Count / 2);
        output.WriteLine($"no-op rebuild, {considered} transcripts, median of {runs}: with the package {median(with):F2} s ({string.Join(", ", with.Select(s => s.ToString("F2")))}), "
            + $"without {median(without):F2} s ({string.Join(", ", without.Select(s => s.ToString("F2")))}), ratio {median(with) / median(without):F2}");
    }

    private static List<double> Time(ConsumerProject project, int runs)
    {
        var seconds = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            var build = project.Build("--no-restore");
            seconds.Add(stopwatch.Elapsed.TotalSeconds);
            Assert.True(build.ExitCode == 0, build.ToString());
        }

        return seconds;
    }

    /// <summary>A docs project over a fresh copy of the generated corpus (its transcriptlint.json included).</summary>
    private ConsumerProject CorpusProject(string name)
    {
        var project = package.NewProject(name).WithDocsProject();
        string corpus = GeneratedCorpusCopy.Make();
        try
        {
            foreach (var file in Directory.GetFiles(corpus, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(corpus, file);
                if (relative.EndsWith(".tsv", StringComparison.Ordinal)) continue;
                string target = project.PathOf(relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }

        return project;
    }

    private static string Episode(int number, string host) =>
        $"# Episode {number}\n\n**{host}:** Welcome to episode {number} of the show.\n\n**Bo Diaz:** Thanks for having me here.\n\n**{host}:** Let us begin with the news.\n\n**Bo Diaz:** Sure thing.\n\n[END OF TRANSCRIPTION]\n";

    private static string[] CrossFile(BuildResult build) => build.Findings.Where(f => f.Code == "TL0013").Select(f => f.Short).ToArray();

    private static int Considered(BuildResult build)
    {
        var match = System.Text.RegularExpressions.Regex.Match(build.Output, @"TranscriptLint: \d+ of (\d+) transcripts re-linted");
        Assert.True(match.Success, build.ToString());
        return int.Parse(match.Groups[1].Value);
    }
}
