using System.IO;
using Xunit;

namespace TranscriptLint.Tests.Support;

/// <summary>Finds the repository root (the folder with TranscriptLint.sln) and the shared folder beside it.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TranscriptLint.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new DirectoryNotFoundException("TranscriptLint.sln not found above the test folder.");
        }
    }

    /// <summary><c>../shared/samples</c> beside the repository: the real transcripts the project started from.</summary>
    public static string SharedSamples => Path.GetFullPath(Path.Combine(Root, "..", "shared", "samples"));
}

/// <summary>A fact that is reported as skipped, with the reason, when ../shared/samples is not there.</summary>
public sealed class SharedSamplesFactAttribute : FactAttribute
{
    public SharedSamplesFactAttribute()
    {
        if (!Directory.Exists(RepoPaths.SharedSamples)) Skip = $"{RepoPaths.SharedSamples} does not exist: clone the repo beside the shared folder to run this test.";
    }
}
