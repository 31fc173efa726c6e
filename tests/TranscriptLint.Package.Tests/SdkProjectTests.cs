using System.IO;
using TranscriptLint.Package.Tests.Infrastructure;
using Xunit;
using static TranscriptLint.Package.Tests.Infrastructure.Transcripts;

namespace TranscriptLint.Package.Tests;

/// <summary>
/// A plain Microsoft.NET.Sdk library with transcripts beside its code and <c>TranscriptLintReporter=task</c>: the target
/// runs before CoreCompile there too. (The analyzer, the default reporter in C# projects: <see cref="AnalyzerProjectTests"/>.)
/// </summary>
[Collection(SdkProjectCollection.Name)]
public sealed class SdkProjectTests
{
    private readonly PackageFixture package;

    public SdkProjectTests(PackageFeed feed)
    {
        package = feed.Package;
    }

    [Fact]
    public void Library_build_reports_transcript_findings_compiles_and_is_incremental()
    {
        var project = NewLibrary("library");
        string cache = project.PathOf(P("obj/Debug/net10.0/lib.transcriptlint.cache"));

        var first = project.Build("-v:n");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(new[] { P("docs/a.txt") + "(10,1): warning TL0001", P("docs/a.txt") + "(12,1): warning TL0002" }, first.Short);
        Assert.Contains("TranscriptLint: 3 of 3 transcripts re-linted, 2 linted.", first.Output);
        Assert.True(File.Exists(project.PathOf(P("bin/Debug/net10.0/lib.dll"))), first.ToString());

        var second = project.Build("--no-restore", "-v:n", "-p:TranscriptLintRepeatWarnings=true");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("TranscriptLint: 0 of 3 transcripts re-linted, 2 linted.", second.Output);
        Assert.Equal(first.Findings, second.Findings);
        Assert.True(File.Exists(cache));

        var clean = project.Run("clean");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.False(File.Exists(cache), "dotnet clean removes the cache");
    }

    [Fact]
    public void Library_build_fails_on_an_error_finding()
    {
        var project = NewLibrary("library-error").WithFile("docs/transcriptlint.json", """{ "rules": { "TL0002": "error" } }""");

        var build = project.Build();

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(new[] { P("docs/a.txt") + "(10,1): warning TL0001", P("docs/a.txt") + "(12,1): error TL0002" }, build.Short);
    }

    private ConsumerProject NewLibrary(string name) =>
        package.NewProject(name)
            .WithLibraryProject("    <TranscriptLintReporter>task</TranscriptLintReporter>")
            .WithFile("Greeter.cs", "namespace Lib;\n\npublic static class Greeter\n{\n    public static string Hello() => \"hello\";\n}\n")
            .WithFile("docs/a.txt", SpellingAndNoEndMarker)
            .WithFile("docs/clean.txt", Clean)
            .WithFile("README.md", Readme);
}
