using System;
using System.IO;
using Xunit;

namespace TranscriptLint.Tests.Support;

/// <summary>
/// The corpus of <c>gen-corpus.py --files 300 --seed 4</c>, generated once per test run; each test works on its own copy.
/// </summary>
public static class GeneratedCorpusCopy
{
    private static readonly Lazy<string> Generated = new(() =>
    {
        string folder = Path.Combine(Path.GetTempPath(), "tl-corpus-seed4-" + Guid.NewGuid().ToString("N"));
        GeneratedCorpus.Generate(folder, files: 300, seed: 4);
        return folder;
    });

    /// <summary>A fresh copy of the corpus in a temporary folder (the caller deletes it).</summary>
    public static string Make()
    {
        string copy = Path.Combine(Path.GetTempPath(), "tl-corpus-" + Guid.NewGuid().ToString("N"));
        CopyFolder(Generated.Value, copy);
        return copy;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) CopyFolder(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}

/// <summary>A fact that is reported as skipped, with the reason, when the generated corpus cannot be made.</summary>
public sealed class GeneratedCorpusFactAttribute : FactAttribute
{
    public GeneratedCorpusFactAttribute()
    {
        if (GeneratedCorpus.SkipReason is { } reason) Skip = reason;
    }
}
