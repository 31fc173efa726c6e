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
/// a nuget.config (the feed, then nuget.org for Microsoft.Build.NoTargets) and empty Directory.Build.* files so the
/// consumer projects inherit nothing from the machine. Shared by every collection through <see cref="Acquire"/>.
/// </summary>
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
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);

        var stopwatch = Stopwatch.StartNew();
        var pack = DotNet.Run(
            RepoRoot,
            Packages,
            "pack",
            Path.Combine(RepoRoot, "src", "TranscriptLint.Tasks", "TranscriptLint.Tasks.csproj"),
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
                <clear />
                <add key="transcriptlint-test-feed" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
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
