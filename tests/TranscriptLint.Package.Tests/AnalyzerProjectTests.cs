using System.IO;
using System.IO.Compression;
using System.Linq;
using TranscriptLint.Configuration;
using TranscriptLint.Package.Tests.Infrastructure;
using Xunit;
using static TranscriptLint.Package.Tests.Infrastructure.Transcripts;

namespace TranscriptLint.Package.Tests;

/// <summary>
/// A C# library that references the package: the Roslyn analyzer in analyzers/dotnet/cs is the default reporter there,
/// so the compiler prints each finding once, located in the transcript (full path, line, column), and Roslyn's options
/// (.globalconfig, NoWarn, WarningsAsErrors) apply; TranscriptLintReporter=task hands the job back to the task.
/// </summary>
[Collection(SdkProjectCollection.Name)]
public sealed class AnalyzerProjectTests
{
    private readonly PackageFixture package;

    public AnalyzerProjectTests(PackageFeed feed)
    {
        package = feed.Package;
    }

    [Fact]
    public void Package_carries_the_analyzer_with_its_Core()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("analyzers/dotnet/cs/TranscriptLint.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/TranscriptLint.Core.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/") && Path.GetFileName(e).StartsWith("Microsoft.CodeAnalysis"));
    }

    [Fact]
    public void Compiler_reports_each_finding_once_in_the_transcript_and_globalconfig_severity_none_silences_a_rule()
    {
        var project = NewLibrary("analyzer");
        string a = project.PathOf(P("docs/a.txt"));

        var build = project.Build("-v:n");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(new[] { a + "(10,1): warning TL0001", a + "(12,1): warning TL0002" }, build.Short);
        AssertEachFindingOnce(build);
        Assert.DoesNotContain("transcripts re-linted", build.Output); // the task did not run
        Assert.True(File.Exists(project.PathOf(P("bin/Debug/net10.0/lib.dll"))), build.ToString());

        // transcriptlint.json still decides the severity; .globalconfig applies on top.
        project.WithFile("docs/transcriptlint.json", """{ "rules": { "TL0002": "error" } }""")
            .WithFile(".globalconfig", "is_global = true\ndotnet_diagnostic.TL0001.severity = none\n");
        var silenced = project.Build("--no-restore");
        Assert.True(silenced.ExitCode != 0, silenced.ToString());
        Assert.Equal(new[] { a + "(12,1): error TL0002" }, silenced.Short);
        AssertEachFindingOnce(silenced);
    }

    [Fact]
    public void NoWarn_and_WarningsAsErrors_apply_to_the_analyzer_findings()
    {
        var project = NewLibrary("analyzer-nowarn", "    <NoWarn>$(NoWarn);TL0002</NoWarn>\n    <WarningsAsErrors>TL0001</WarningsAsErrors>");
        string a = project.PathOf(P("docs/a.txt"));

        var build = project.Build();

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(new[] { a + "(10,1): error TL0001" }, build.Short);
    }

    [Fact]
    public void A_broken_config_is_an_error_in_the_config_file()
    {
        const string config = "{\n  \"rules\": { \"TL0001\": \"loud\" }\n}\n";
        var project = NewLibrary("analyzer-config").WithFile("docs/transcriptlint.json", config);
        string path = project.PathOf(P("docs/transcriptlint.json"));
        var expected = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(config, path));

        var build = project.Build();

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(new[] { $"{path}({expected.Line},{expected.Column}): error TL1000" }, build.Short);
        Assert.Equal(2, expected.Line);
    }

    [Fact]
    public void TranscriptLintReporter_task_switches_to_the_task()
    {
        var project = NewLibrary("analyzer-to-task", "    <TranscriptLintReporter>task</TranscriptLintReporter>");

        var build = project.Build("-v:n");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(new[] { P("docs/a.txt") + "(10,1): warning TL0001", P("docs/a.txt") + "(12,1): warning TL0002" }, build.Short);
        Assert.Contains("transcripts re-linted", build.Output);
        AssertEachFindingOnce(build);
    }

    /// <summary>Each finding is printed once where it happens, plus once in the console's closing summary.</summary>
    private static void AssertEachFindingOnce(BuildResult build)
    {
        foreach (var finding in build.Findings)
        {
            string needle = $"({finding.Line},{finding.Column}): {finding.Severity} {finding.Code}:";
            int lines = build.Output.Split('\n').Count(l => l.Contains(finding.File + needle));
            Assert.True(lines == 2, $"{finding.Short} printed {lines} times (expected once, plus the summary)\n{build}");
        }
    }

    private ConsumerProject NewLibrary(string name, string properties = "") =>
        package.NewProject(name)
            .WithLibraryProject(properties)
            .WithFile("Greeter.cs", "namespace Lib;\n\npublic static class Greeter\n{\n    public static string Hello() => \"hello\";\n}\n")
            .WithFile("docs/a.txt", SpellingAndNoEndMarker)
            .WithFile("docs/clean.txt", Clean)
            .WithFile("README.md", Readme);
}
