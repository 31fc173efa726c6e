using System.Linq;
using TranscriptLint.Package.Tests.Infrastructure;
using Xunit;
using static TranscriptLint.Package.Tests.Infrastructure.Transcripts;

namespace TranscriptLint.Package.Tests;

/// <summary>
/// Issue 9: a multi-targeted project (<c>&lt;TargetFrameworks&gt;net8.0;net10.0&lt;/TargetFrameworks&gt;</c>) builds once per
/// target framework, but a transcript is the same file in each: every finding is printed once, by the inner build of
/// the first target framework (or TranscriptLintTargetFramework), with the task and with the analyzer. (A
/// Microsoft.Build.NoTargets project multi-targets as a .csproj: a .proj gets no inner builds from the SDK.)
/// </summary>
[Collection(SdkProjectCollection.Name)]
public sealed class MultiTargetingTests
{
    private const string TargetFrameworks = "net8.0;net10.0";

    private readonly PackageFixture package;

    public MultiTargetingTests(PackageFeed feed)
    {
        package = feed.Package;
    }

    [Theory]
    [InlineData("notargets", "")]
    [InlineData("library-analyzer", "")]
    [InlineData("library-task", "<TranscriptLintReporter>task</TranscriptLintReporter>")]
    public void Multi_targeted_project_prints_each_finding_once(string name, string properties)
    {
        var project = package.NewProject("multi-" + name);
        project = name == "notargets" ? project.WithDocsProject(properties, name: "docs.csproj") : project.WithLibraryProject(properties);
        project.WithTargetFrameworks(TargetFrameworks)
            .WithFile("Greeter.cs", "namespace Lib;\n\npublic static class Greeter\n{\n    public static string Hello() => \"hello\";\n}\n")
            .WithFile(P("docs/a.txt"), SpellingAndNoEndMarker)
            .WithFile(P("docs/clean.txt"), Clean);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(new[] { "TL0001 at 10", "TL0002 at 12" }, build.Findings.Select(f => $"{f.Code} at {f.Line}").Distinct().ToArray());
        AssertPrintedOnce(build, P("docs/a.txt") + "(10,1): warning TL0001:");
        AssertPrintedOnce(build, P("docs/a.txt") + "(12,1): warning TL0002:");
        if (name != "notargets")
        {
            Assert.True(System.IO.File.Exists(project.PathOf(P("bin/Debug/net8.0/lib.dll"))), build.ToString());
            Assert.True(System.IO.File.Exists(project.PathOf(P("bin/Debug/net10.0/lib.dll"))), build.ToString());
        }
    }

    [Fact]
    public void TranscriptLintTargetFramework_names_the_target_framework_whose_build_reports()
    {
        var project = package.NewProject("multi-chosen")
            .WithDocsProject("<TranscriptLintTargetFramework>net10.0</TranscriptLintTargetFramework>", name: "docs.csproj")
            .WithTargetFrameworks(TargetFrameworks)
            .WithFile(P("docs/a.txt"), SpellingAndNoEndMarker);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        AssertPrintedOnce(build, P("docs/a.txt") + "(10,1): warning TL0001:");
        Assert.All(build.Findings, f => Assert.EndsWith("::TargetFramework=net10.0", f.Project));

        // Building that target framework alone (dotnet build -f) still reports (every finding, though nothing changed).
        var alone = project.Build("--no-restore", "-f", "net10.0", "-p:TranscriptLintRepeatWarnings=true");
        Assert.True(alone.ExitCode == 0, alone.ToString());
        AssertPrintedOnce(alone, P("docs/a.txt") + "(10,1): warning TL0001:");
    }

    /// <summary>Printed once where it happens, plus once in the console's closing summary.</summary>
    private static void AssertPrintedOnce(BuildResult build, string needle)
    {
        int lines = build.Output.Split('\n').Count(l => l.Contains(needle));
        Assert.True(lines == 2, $"'{needle}' printed {lines} times (expected once, plus the summary)\n{build}");
    }
}
