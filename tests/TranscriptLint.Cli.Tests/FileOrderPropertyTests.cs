using System;
using System.IO;
using System.Linq;
using CsCheck;
using TranscriptLint.Tests.Properties;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests;

/// <summary>
/// Property (CsCheck): a folder of random transcripts in every dialect gets the same findings from the command
/// whether it is run inside the folder or from its parent, and whatever order its files are named in.
/// </summary>
public sealed class FileOrderPropertyTests
{
    [Fact]
    public void Findings_do_not_depend_on_file_order_or_the_current_folder()
    {
        var files = Gen.Select(TranscriptGen.Text, TranscriptGen.Extension).Array[1, 6];
        files.Sample(set =>
        {
            string parent = Path.Combine(Path.GetTempPath(), "tl-order-" + Guid.NewGuid().ToString("N"));
            string folder = Path.Combine(parent, "notes");
            Directory.CreateDirectory(folder);
            try
            {
                var names = set.Select((f, i) => $"f{i}{f.Item2}").ToArray();
                for (int i = 0; i < set.Length; i++) File.WriteAllBytes(Path.Combine(folder, names[i]), new System.Text.UTF8Encoding(false, false).GetBytes(set[i].Item1)); // lone surrogates become U+FFFD

                string inside = Normalize(CliRunner.Run(folder, ".", "--format", "msbuild"), string.Empty);
                string fromParent = Normalize(CliRunner.Run(parent, "notes", "--format", "msbuild"), "notes/");
                string named = Normalize(CliRunner.Run(folder, names.Concat(new[] { "--format", "msbuild" }).ToArray()), string.Empty);
                string reversed = Normalize(CliRunner.Run(folder, names.Reverse().Concat(new[] { "--format", "msbuild" }).ToArray()), string.Empty);

                Assert.Equal(inside, fromParent);
                Assert.Equal(named, reversed);
                Assert.DoesNotContain("TL0000", inside + named);
            }
            finally
            {
                Directory.Delete(parent, recursive: true);
            }
        }, iter: 100, threads: 1);
    }

    /// <summary>The findings with the folder prefix removed; stderr too (a skipped file's note), minus that prefix.</summary>
    private static string Normalize((int Exit, string Stdout, string Stderr) run, string prefix)
    {
        Assert.True(run.Exit is 0 or 1, $"exit {run.Exit}: {run.Stderr}");
        var lines = run.Stdout.Replace('\\', '/').Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.StartsWith(prefix, StringComparison.Ordinal) ? l.Substring(prefix.Length) : "(unexpected) " + l);
        return string.Join("\n", lines);
    }
}
