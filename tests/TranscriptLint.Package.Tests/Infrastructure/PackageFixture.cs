using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Xunit;

namespace TranscriptLint.Package.Tests.Infrastructure;

/// <summary>
/// Packs the TranscriptLint package once per test run into a temp folder feed, next to an isolated NUGET_PACKAGES,
/// a nuget.config (the feed, added to the machine's own package sources) and empty Directory.Build.* files so the
/// consumer projects inherit nothing from the repo. Shared by every collection through <see cref="Acquire"/>.
/// </summary>
/// <remarks>
/// The pack runs on a copy of the sources (<see cref="SourceCopy"/>), never on the repo's own projects: a restore
/// with the temporary NUGET_PACKAGES would rewrite <c>src/*/obj/project.assets.json</c> to point at a folder this
/// fixture deletes, while other test projects build from those very files (NETSDK1064 on the next build).
/// </remarks>
public sealed class PackageFixture
{
    private static readonly object Gate = new();
    private static PackageFixture? shared;
    private static int users;
    private int counter;

    private PackageFixture()
    {
        RepoRoot = FindRepoRoot();
        Root = Path.Combine(Path.GetTempPath(), "tl-package-tests-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        SourceCopy = Path.Combine(Root, "source");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);

        var stopwatch = Stopwatch.StartNew();
        CopySources(RepoRoot, SourceCopy);
        var pack = DotNet.Run(
            SourceCopy,
            Packages,
            "pack",
            Path.Combine(SourceCopy, "src", "TranscriptLint.Tasks", "TranscriptLint.Tasks.csproj"),
            "-c",
            "Release",
            "-o",
            Feed);
        if (pack.ExitCode != 0) throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        PackTime = stopwatch.Elapsed;

        string nupkg = Directory.GetFiles(Feed, "TranscriptLint.*.nupkg").Single(f => !Path.GetFileName(f).StartsWith("TranscriptLint.Cli.", StringComparison.Ordinal));
        PackagePath = nupkg;
        Version = Regex.Match(Path.GetFileNameWithoutExtension(nupkg), @"^TranscriptLint\.(?<v>\d.*)$").Groups["v"].Value;

        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="transcriptlint-test-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);

        // The machine's own sources (its user and machine nuget.config) still apply: no <clear />, so Microsoft.Build.NoTargets
        // restores from wherever this machine gets packages, and the project names no registry.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
    }

    /// <summary>The packed feed; packs on first use. Pair with <see cref="Release"/>.</summary>
    public static PackageFixture Acquire()
    {
        lock (Gate)
        {
            shared ??= new PackageFixture();
            users++;
            return shared;
        }
    }

    /// <summary>When the last collection is done, the temp folder goes (set TRANSCRIPTLINT_KEEP_TEST_FILES=1 to keep it).</summary>
    public static void Release()
    {
        lock (Gate)
        {
            if (--users > 0 || shared is null) return;
            string root = shared.Root;
            shared = null;
            if (Environment.GetEnvironmentVariable("TRANSCRIPTLINT_KEEP_TEST_FILES") == "1") return;
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A leftover temp folder is not worth failing the run.
            }
        }
    }

    public string RepoRoot { get; }

    /// <summary>The temp folder holding the feed, the package folder and the consumer projects.</summary>
    public string Root { get; }

    public string Feed { get; }

    /// <summary>The copy of the sources that was packed (its obj/ folders point at <see cref="Packages"/>; the repo's do not).</summary>
    public string SourceCopy { get; }

    /// <summary>What the pack needs from the repo: the projects under src/, the package's build/ files, the rule docs Core embeds and the repo-wide settings.</summary>
    public static readonly string[] CopiedFolders = { "src", "build", "docs" };

    public static readonly string[] CopiedFiles = { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "nuget.config", "NuGet.Config", ".editorconfig", "README.md", "transcriptlint.schema.json" };

    public string Packages { get; }

    public string PackagePath { get; }

    public string Version { get; }

    public TimeSpan PackTime { get; }

    /// <summary>A new, empty consumer folder under <see cref="Root"/>.</summary>
    public ConsumerProject NewProject(string name)
    {
        int n = Interlocked.Increment(ref counter);
        string directory = Path.Combine(Root, $"{n:D2}-{name}");
        Directory.CreateDirectory(directory);
        return new ConsumerProject(this, directory);
    }

    /// <summary>Copies <see cref="CopiedFolders"/> (without bin/ and obj/) and <see cref="CopiedFiles"/> that exist.</summary>
    private static void CopySources(string repoRoot, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in CopiedFiles)
        {
            string from = Path.Combine(repoRoot, file), to = Path.Combine(destination, file);
            if (File.Exists(from) && !File.Exists(to)) File.Copy(from, to);
        }

        foreach (var folder in CopiedFolders) CopyFolder(Path.Combine(repoRoot, folder), Path.Combine(destination, folder));
    }

    private static void CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from))
        {
            string name = Path.GetFileName(folder);
            if (name is "bin" or "obj" || name.StartsWith(".", StringComparison.Ordinal)) continue;
            CopyFolder(folder, Path.Combine(to, name));
        }
    }

    private static string FindRepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TranscriptLint.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("TranscriptLint.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Gives every collection the one packed feed (the pack runs once, whichever collection asks first).</summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed() => Package = PackageFixture.Acquire();

    public PackageFixture Package { get; }

    public void Dispose() => PackageFixture.Release();
}

[CollectionDefinition(Name)]
public sealed class DocsProjectCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "docs projects";
}

[CollectionDefinition(Name)]
public sealed class SdkProjectCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "sdk projects";
}
