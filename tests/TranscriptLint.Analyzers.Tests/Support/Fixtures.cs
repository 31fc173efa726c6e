using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TranscriptLint.Analyzers.Tests.Support;

/// <summary>The rule fixtures of TranscriptLint.Core.Tests (Rules/Fixtures/&lt;RULE&gt;/*), by path relative to that folder.</summary>
public static class Fixtures
{
    private static readonly string[] Extensions = { ".txt", ".md", ".vtt", ".srt" };

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Root { get; } = Path.Combine(RepoRoot, "tests", "TranscriptLint.Core.Tests", "Rules", "Fixtures");

    public static IEnumerable<object[]> All()
        => Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f)) && !f.Contains(".verified.") && !f.Contains(".received."))
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { f });

    public static string PathOf(string fixture) => Path.Combine(Root, fixture.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TranscriptLint.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("TranscriptLint.sln not found above " + AppContext.BaseDirectory);
    }
}
