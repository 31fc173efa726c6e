using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using TranscriptLint.Engine;
using TranscriptLint.Package.Tests.Infrastructure;
using TranscriptLint.Rules;
using Xunit;

namespace TranscriptLint.Package.Tests;

[Collection(SdkProjectCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackageFixture package;

    public PackageLayoutTests(PackageFeed feed)
    {
        package = feed.Package;
    }

    [Fact]
    public void Package_holds_the_task_for_both_msbuilds_the_build_files_and_the_config_schema_and_nothing_flows_to_consumers()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        foreach (var tfm in new[] { "net472", "net8.0" })
        {
            Assert.Contains($"tasks/{tfm}/TranscriptLint.Tasks.dll", entries);
            Assert.Contains($"tasks/{tfm}/TranscriptLint.Core.dll", entries);
        }

        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            Assert.Contains($"{folder}/TranscriptLint.props", entries);
            Assert.Contains($"{folder}/TranscriptLint.targets", entries);
        }

        Assert.Contains("transcriptlint.schema.json", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/") || e.StartsWith("ref/"));
        Assert.DoesNotContain(entries, e => Path.GetFileName(e).StartsWith("Microsoft.Build"));

        using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open();
        var nuspec = XDocument.Load(nuspecStream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("TranscriptLint", metadata.Element(ns + "id")!.Value);
        Assert.Equal("true", metadata.Element(ns + "developmentDependency")!.Value);
        Assert.Empty(metadata.Descendants(ns + "dependency"));
    }

    [Fact]
    public void Targets_list_every_code_a_finding_can_carry_for_TreatWarningsAsErrors()
    {
        string targets = File.ReadAllText(Path.Combine(package.RepoRoot, "build", "TranscriptLint.targets"));
        var listed = Regex.Match(targets, "<_TranscriptLintWarningCodes>(?<codes>[^<]*)</_TranscriptLintWarningCodes>").Groups["codes"].Value.Split(';');
        var expected = RuleCatalog.All.Select(r => r.Descriptor.Id).Append(TranscriptLinter.RuleFailure.Id).ToArray();

        Assert.Empty(expected.Except(listed));
    }
}
