using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace TranscriptLint.Tests.Support;

/// <summary>
/// Snapshot files in Verify's convention, so moving to Verify.Xunit later is mechanical: the expected text lives in
/// <c>NAME.verified.txt</c> beside the test; on a mismatch the actual text is written to <c>NAME.received.txt</c>
/// and the test fails. Nothing is ever accepted automatically: copy received over verified after reviewing it.
/// A missing verified file fails too (it is written as received), except when TRANSCRIPTLINT_ACCEPT=1 outside CI.
/// </summary>
public static class Snapshot
{
    public static void Verify(string actual, string verifiedPath)
    {
        actual = actual.Replace("\r\n", "\n");
        string receivedPath = verifiedPath.Replace(".verified.", ".received.");
        string? expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        bool accept = Environment.GetEnvironmentVariable("TRANSCRIPTLINT_ACCEPT") == "1" && Environment.GetEnvironmentVariable("CI") is null;
        File.WriteAllText(accept ? verifiedPath : receivedPath, actual);
        if (accept) return;
        Assert.Fail(expected is null
            ? $"No snapshot yet. Review {receivedPath} and rename it to {Path.GetFileName(verifiedPath)}."
            : $"Snapshot differs. Compare {receivedPath} with {verifiedPath}; if the change is right, copy received over verified.\n--- verified\n{expected}\n--- received\n{actual}");
    }

    /// <summary>The folder of the calling test's source file, so snapshots sit beside the tests in the repo.</summary>
    public static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
