using System.IO;
using System.Linq;
using System.Text.Json;
using TranscriptLint.Package.Tests.Infrastructure;
using Xunit;
using static TranscriptLint.Package.Tests.Infrastructure.Transcripts;

namespace TranscriptLint.Package.Tests;

/// <summary>A docs repo as the README tells people to make one: a Microsoft.Build.NoTargets project and transcripts.</summary>
[Collection(DocsProjectCollection.Name)]
public sealed class DocsProjectTests
{
    private static readonly string[] DefaultFindings =
    {
        "a.txt(10,1): warning TL0001",
        "a.txt(12,1): warning TL0002",
        P("sub/b.txt") + "(5,1): warning TL0003",
    };

    private readonly PackageFixture package;

    public DocsProjectTests(PackageFeed feed)
    {
        package = feed.Package;
    }

    [Fact]
    public void Build_reports_each_finding_with_file_line_column_and_code_and_succeeds()
    {
        var project = NewDocs("warnings");

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(DefaultFindings, build.Short);
        Assert.All(build.Findings, f => Assert.Equal(project.ProjectFile, f.Project));
        var spelling = build.Findings[0];
        Assert.Contains("'HEIDI ULRICH'", spelling.Message);
        Assert.Contains("'HEIDI ULLRICH'", spelling.Message);

        // The console line is exactly file(line,col): no end range, which GitHub's problem matcher would not read.
        Assert.Contains("a.txt(10,1): warning TL0001: Speaker 'HEIDI ULRICH'", build.Output);
        Assert.DoesNotContain("a.txt(10,1,", build.Output);
    }

    [Fact]
    public void Second_build_relints_nothing_and_reports_the_same_findings_and_edits_relint_what_they_affect()
    {
        var project = NewDocs("incremental");
        string cache = project.PathOf(P("obj/Debug/net10.0/docs.transcriptlint.cache"));

        var first = project.Build("-v:n");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("TranscriptLint: 5 of 5 transcripts re-linted, 3 linted.", first.Output);
        Assert.True(File.Exists(cache), "the cache is under obj/");

        // Printed from the cache (or, once the files are seconds old, from the build record, which would otherwise
        // count them in one line: see A_no_op_build_counts_the_findings_in_one_line...).
        var second = project.Build("--no-restore", "-v:n", "-p:TranscriptLintRepeatWarnings=true");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("TranscriptLint: 0 of 5 transcripts re-linted, 3 linted.", second.Output);
        Assert.Equal(first.Findings, second.Findings);

        // Fixing one transcript re-lints that one only.
        project.WithFile("a.txt", SpellingAndNoEndMarker + "\n[END OF TRANSCRIPTION]\n");
        var third = project.Build("--no-restore", "-v:n");
        Assert.Contains("TranscriptLint: 1 of 5 transcripts re-linted, 3 linted.", third.Output);
        Assert.Equal(new[] { "a.txt(10,1): warning TL0001", P("sub/b.txt") + "(5,1): warning TL0003" }, third.Short);

        // A new config re-lints every file it governs.
        project.WithFile("sub/transcriptlint.json", """{ "rules": { "TL0003": "off" } }""");
        var fourth = project.Build("--no-restore", "-v:n");
        Assert.Contains("TranscriptLint: 1 of 5 transcripts re-linted, 3 linted.", fourth.Output);
        Assert.Equal(new[] { "a.txt(10,1): warning TL0001" }, fourth.Short);

        // A damaged cache is ignored: everything is linted again and the cache rewritten.
        File.WriteAllText(cache, "transcriptlint-cache 1\ngarbage");
        var fifth = project.Build("--no-restore", "-v:n");
        Assert.Contains("TranscriptLint: 5 of 5 transcripts re-linted, 3 linted.", fifth.Output);
        Assert.Equal(fourth.Findings, fifth.Findings);

        var clean = project.Run("clean");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.False(File.Exists(cache), "dotnet clean removes the cache");
        Assert.False(File.Exists(cache + ".speakers"), "and its speaker summaries");
        Assert.False(File.Exists(cache + ".lastbuild"), "and the build record");
    }

    [Fact]
    public void A_no_op_build_counts_the_findings_in_one_line_and_prints_them_when_asked_or_when_they_fail_the_build()
    {
        if (!System.OperatingSystem.IsLinux()) return; // the build record needs Linux's change stamps
        var project = NewDocs("noop-summary");
        var first = project.Build();
        Assert.Equal(DefaultFindings, first.Short);

        // Once the files are seconds old their stamps are trusted, and a build writes the record the next ones replay
        // (the first build may have done so already, when restoring took that long).
        System.Threading.Thread.Sleep(2500);
        Assert.True(project.Build("--no-restore").ExitCode == 0);

        var noop = project.Build("--no-restore");
        Assert.True(noop.ExitCode == 0, noop.ToString());
        Assert.Empty(noop.Findings);
        Assert.Contains("TranscriptLint: no transcript, config or roster changed since the last build; its 3 warnings in 2 files are not printed again.", noop.Output);

        // -warnaserror makes them errors: all are printed again, and the build fails.
        var strict = project.Build("--no-restore", "-warnaserror");
        Assert.True(strict.ExitCode != 0, strict.ToString());
        Assert.Equal(DefaultFindings.Select(f => f.Replace("warning", "error")), strict.Short);

        var repeated = project.Build("--no-restore", "-p:TranscriptLintRepeatWarnings=true");
        Assert.True(repeated.ExitCode == 0, repeated.ToString());
        Assert.Equal(first.Findings, repeated.Findings);
        Assert.DoesNotContain("not printed again", repeated.Output);
    }

    [Fact]
    public void Error_severity_from_config_fails_the_build_and_the_next_identical_build_too()
    {
        var project = NewDocs("error-severity").WithFile("transcriptlint.json", """{ "rules": { "TL0001": "error" } }""");

        var first = project.Build();
        Assert.True(first.ExitCode != 0, first.ToString());
        Assert.Equal(new[] { "a.txt(10,1): error TL0001", "a.txt(12,1): warning TL0002", P("sub/b.txt") + "(5,1): warning TL0003" }, first.Short);

        var second = project.Build("--no-restore", "-v:n");
        Assert.True(second.ExitCode != 0, "a cached failure must fail again\n" + second);
        Assert.Contains("TranscriptLint: 0 of 5 transcripts re-linted", second.Output);
        Assert.Equal(first.Findings, second.Findings);
    }

    [Fact]
    public void Config_turns_rules_off_and_overrides_apply_to_their_files()
    {
        var project = NewDocs("config").WithFile("transcriptlint.json", """
            {
              // Names are checked by hand in this repo.
              "rules": { "speaker-spelling": "off" },
              "overrides": [
                { "files": ["sub/**"], "rules": { "TL0003": "error" } }
              ]
            }
            """);

        var build = project.Build();

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(new[] { "a.txt(12,1): warning TL0002", P("sub/b.txt") + "(5,1): error TL0003" }, build.Short);
    }

    [Fact]
    public void A_broken_config_is_an_error_at_its_line_and_column()
    {
        var project = NewDocs("broken-config").WithFile("transcriptlint.json", "{\n  \"rules\": {\n    \"TL9999\": \"error\"\n  }\n}\n");

        var build = project.Build();

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(new[] { "transcriptlint.json(3,5): error TL1000" }, build.Short);
        Assert.Contains("Unknown rule \"TL9999\"", build.Findings[0].Message);
    }

    [Fact]
    public void NoWarn_silences_a_code()
    {
        var project = NewDocs("nowarn", "<NoWarn>$(NoWarn);TL0003</NoWarn>");

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(new[] { "a.txt(10,1): warning TL0001", "a.txt(12,1): warning TL0002" }, build.Short);
    }

    [Theory]
    [InlineData("tweae", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>", "", "error,error,error")]
    [InlineData("tweae-notaserrors", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><WarningsNotAsErrors>CS1591; TL0002</WarningsNotAsErrors>", "", "error,warning,error")]
    [InlineData("tweae-off-for-transcripts", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><TranscriptLintTreatWarningsAsErrors>false</TranscriptLintTreatWarningsAsErrors>", "", "warning,warning,warning")]
    [InlineData("tlweae-only", "<TranscriptLintTreatWarningsAsErrors>true</TranscriptLintTreatWarningsAsErrors>", "", "error,error,error")]
    [InlineData("warningsaserrors", "<WarningsAsErrors>TL0001</WarningsAsErrors>", "", "error,warning,warning")]
    [InlineData("warnaserror-switch", "", "-warnaserror", "error,error,error")]
    public void Warnings_as_errors_behave_as_for_compiler_warnings(string name, string properties, string switches, string severities)
    {
        var project = NewDocs(name, properties);
        var args = switches.Length == 0 ? new string[0] : new[] { switches };
        var expected = DefaultFindings.Zip(severities.Split(','), (f, s) => f.Replace("warning", s)).ToArray();
        bool fails = severities.Contains("error");

        var first = project.Build(args);
        Assert.Equal(expected, first.Short);
        Assert.True((first.ExitCode != 0) == fails, first.ToString());

        // The second build comes from the cache: a build that failed fails again, and one that warned warns again
        // when asked to (a no-op build replayed from the record would count the warnings in one line).
        var second = project.Build(args.Append("--no-restore").Append("-p:TranscriptLintRepeatWarnings=true").ToArray());
        Assert.Equal(expected, second.Short);
        Assert.True((second.ExitCode != 0) == fails, second.ToString());
    }

    [Fact]
    public void NoWarn_wins_over_TreatWarningsAsErrors()
    {
        var project = NewDocs("nowarn-tweae", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><NoWarn>$(NoWarn);TL0001</NoWarn>");

        var build = project.Build();

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(new[] { "a.txt(12,1): error TL0002", P("sub/b.txt") + "(5,1): error TL0003" }, build.Short);
    }

    [Fact]
    public void TranscriptLintEnabled_false_turns_the_target_off()
    {
        var project = NewDocs("disabled", "<TranscriptLintEnabled>false</TranscriptLintEnabled>");

        var build = project.Build("-v:n");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(build.Findings);
        Assert.DoesNotContain("transcripts re-linted", build.Output);
    }

    [Fact]
    public void TranscriptLintConfigFile_applies_one_config_to_every_file_instead_of_the_nearest()
    {
        var project = NewDocs("config-file", "<TranscriptLintConfigFile>config/strict.json</TranscriptLintConfigFile>")
            .WithFile("transcriptlint.json", """{ "rules": { "TL0002": "off" } }""")
            .WithFile("config/strict.json", """{ "rules": { "TL0002": "error", "TL0003": "off" } }""");

        var build = project.Build();

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(new[] { "a.txt(10,1): warning TL0001", "a.txt(12,1): error TL0002" }, build.Short);
    }

    [Fact]
    public void TranscriptLintSarifFile_writes_sarif_with_full_ranges()
    {
        var project = NewDocs("sarif", "<TranscriptLintSarifFile>$(MSBuildProjectDirectory)/artifacts/transcripts.sarif</TranscriptLintSarifFile>");

        var build = project.Build();
        Assert.True(build.ExitCode == 0, build.ToString());

        using var sarif = JsonDocument.Parse(File.ReadAllText(project.PathOf(P("artifacts/transcripts.sarif"))));
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = root.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Contains(rules.EnumerateArray(), r => r.GetProperty("id").GetString() == "TL0001" && r.GetProperty("helpUri").GetString()!.EndsWith("/TL0001.md"));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(new[] { "TL0001", "TL0002", "TL0003" }, results.Select(r => r.GetProperty("ruleId").GetString()));
        var location = results[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("a.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = location.GetProperty("region");
        Assert.Equal(10, region.GetProperty("startLine").GetInt32());
        Assert.Equal(1, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(10, region.GetProperty("endLine").GetInt32());
        Assert.Equal(13, region.GetProperty("endColumn").GetInt32()); // "HEIDI ULRICH" is 12 characters; the end is exclusive.
        Assert.Equal("warning", results[0].GetProperty("level").GetString());
        Assert.Equal("sub/b.txt", results[2].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Without_default_items_only_named_transcripts_are_linted_even_if_they_do_not_look_like_one()
    {
        var project = NewDocs("named-only", "<EnableDefaultTranscriptItems>false</EnableDefaultTranscriptItems>", """<Transcript Include="notes.txt" />""");

        var build = project.Build("-v:n");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(new[] { "notes.txt(2,1): warning TL0002" }, build.Short);
        Assert.Contains("TranscriptLint: 1 of 1 transcripts re-linted, 1 linted.", build.Output);
    }

    [Fact]
    public void Config_exclude_and_item_Remove_drop_default_items()
    {
        var project = NewDocs("excludes", items: """<Transcript Remove="sub/**" />""")
            .WithFile("transcriptlint.json", """{ "exclude": ["a.txt"] }""");

        var build = project.Build("-v:n");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(build.Findings);
        Assert.Contains("TranscriptLint: 3 of 3 transcripts re-linted, 1 linted.", build.Output);
    }

    [Fact]
    public void The_target_runs_alone_with_dotnet_msbuild()
    {
        var project = NewDocs("msbuild-target");
        var restore = project.Run("restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());

        var run = project.Run("msbuild", "-t:TranscriptLint");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(DefaultFindings, run.Short);
    }

    [SharedSampleFact]
    public void The_mission_sample_copied_into_a_new_docs_repo_gives_its_findings_and_config_controls_them()
    {
        string sample = SharedSampleFactAttribute.SamplePath;

        var project = package.NewProject("sample").WithDocsProject().WithFile("transcripts/icann61.txt", File.ReadAllText(sample));
        string file = P("transcripts/icann61.txt");

        var warnings = project.Build();
        Assert.True(warnings.ExitCode == 0, warnings.ToString());
        Assert.Contains($"{file}(127,1): warning TL0001", warnings.Short);
        Assert.All(warnings.Findings, f => Assert.Equal(file, f.File));

        project.WithFile("transcriptlint.json", """{"rules":{"TL0001":"error"}}""");
        var errors = project.Build("--no-restore");
        Assert.True(errors.ExitCode != 0, errors.ToString());
        Assert.Contains($"{file}(127,1): error TL0001", errors.Short);

        project.WithFile("transcriptlint.json", """{"rules":{"TL0001":"off"}}""");
        var off = project.Build("--no-restore");
        Assert.True(off.ExitCode == 0, off.ToString());
        Assert.DoesNotContain(off.Findings, f => f.Code == "TL0001");
    }

    /// <summary>
    /// A docs project with a.txt (TL0001, TL0002), sub/b.txt (TL0003), a clean transcript, a README and notes that are
    /// not transcripts, and defective transcripts under bin/ and a nested obj/ that the default items leave out.
    /// </summary>
    private ConsumerProject NewDocs(string name, string properties = "", string items = "") =>
        package.NewProject(name)
            .WithDocsProject(properties, items)
            .WithFile("a.txt", SpellingAndNoEndMarker)
            .WithFile("sub/b.txt", OrphanedLabel)
            .WithFile("clean.txt", Clean)
            .WithFile("README.md", Readme)
            .WithFile("notes.txt", Notes)
            .WithFile("bin/copy.txt", SpellingAndNoEndMarker)
            .WithFile("archive/obj/copy.txt", SpellingAndNoEndMarker);
}
