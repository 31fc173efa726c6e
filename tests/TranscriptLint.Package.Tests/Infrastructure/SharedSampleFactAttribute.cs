using System;
using System.IO;
using Xunit;

namespace TranscriptLint.Package.Tests.Infrastructure;

/// <summary>
/// A fact over the mission's real transcript in <c>../shared/samples</c> beside the clone; reported as skipped, with
/// the reason, when that folder is not there.
/// </summary>
public sealed class SharedSampleFactAttribute : FactAttribute
{
    public const string FileName = "icann61-alac-working-session-fr.txt";

    public SharedSampleFactAttribute()
    {
        if (!File.Exists(SamplePath)) Skip = $"{SamplePath} does not exist: clone the repo beside the shared folder to run this test.";
    }

    public static string SamplePath
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TranscriptLint.sln"))) directory = directory.Parent;
            string root = directory?.FullName ?? AppContext.BaseDirectory;
            return Path.GetFullPath(Path.Combine(root, "..", "shared", "samples", FileName));
        }
    }
}
