using System.IO;
using System.Linq;
using System.Xml.Linq;
using TranscriptLint.Package.Tests.Infrastructure;
using Xunit;

namespace TranscriptLint.Package.Tests;

/// <summary>
/// The package fixture must leave the repo as it found it, so a fresh clone passes <c>dotnet test</c> twice in a row:
/// the other test projects build from <c>src/*/obj/project.assets.json</c> while this one packs.
/// </summary>
[Collection(SdkProjectCollection.Name)]
public sealed class FixtureIsolationTests
{
    private readonly PackageFixture package;

    public FixtureIsolationTests(PackageFeed feed)
    {
        package = feed.Package;
    }

    [Fact]
    public void Packing_never_points_the_repos_own_obj_folders_at_the_temporary_package_folder()
    {
        var assetFiles = Directory.GetDirectories(Path.Combine(package.RepoRoot, "src"))
            .Select(project => Path.Combine(project, "obj", "project.assets.json"))
            .Where(File.Exists)
            .ToList();

        foreach (var assets in assetFiles)
        {
            string text = File.ReadAllText(assets);
            Assert.False(text.Contains(package.Root), $"{assets} names the fixture's temp folder {package.Root}");
        }

        // The pack itself ran on the copy, whose obj/ folders do use the temporary package folder.
        string copied = Path.Combine(package.SourceCopy, "src", "TranscriptLint.Tasks", "obj", "project.assets.json");
        Assert.Contains(package.Packages, File.ReadAllText(copied));
    }

    [Fact]
    public void Consumer_nuget_config_adds_the_local_feed_to_the_machines_sources_and_names_no_registry()
    {
        string path = Path.Combine(package.Root, "nuget.config");
        var sources = XDocument.Load(path).Root!.Element("packageSources")!;

        Assert.Empty(sources.Elements("clear"));
        var added = Assert.Single(sources.Elements("add"));
        Assert.Equal(package.Feed, added.Attribute("value")!.Value);
        Assert.DoesNotContain("://", File.ReadAllText(path));
    }
}
