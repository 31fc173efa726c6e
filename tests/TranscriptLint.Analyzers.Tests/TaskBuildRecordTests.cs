using System;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.Build.Framework;
using TranscriptLint.Analyzers.Tests.Support;
using Xunit;

namespace TranscriptLint.Analyzers.Tests;

/// <summary>
/// The task's build record (<c>.lastbuild</c> beside the cache): when the items, parameters and the change stamp of
/// every path the last build read or looked for are unchanged, a build logs what the last one logged without reading a
/// transcript (its findings counted in one line, unless the build asks for them again or one of them fails it). Anything else — an edit, a config or roster appearing or changing, another item list, a deleted SARIF
/// log, a damaged record — is a real build, whose findings are those of a build without any cache. Linux only (statx);
/// elsewhere no record is written and every build takes the cache's path.
/// </summary>
public sealed class TaskBuildRecordTests : IDisposable
{
    private readonly string root = CrossFileRepo.WriteTo("tl-task-record-");

    [Fact]
    public void A_no_op_build_that_repeats_warnings_logs_what_the_last_build_logged_without_opening_a_transcript()
    {
        if (!OperatingSystem.IsLinux()) return;
        var recorded = SettledBuild(repeatWarnings: true);
        string record = Path.Combine(root, "obj/lint.cache.lastbuild");
        Assert.True(File.Exists(record));
        var cacheWritten = File.GetLastWriteTimeUtc(Path.Combine(root, "obj/lint.cache"));

        // Every transcript locked against readers: the build can only succeed by not opening any.
        var locks = Directory.GetFiles(root, "*.md").Select(f => new FileStream(f, FileMode.Open, FileAccess.ReadWrite, FileShare.None)).ToList();
        try
        {
            var replayed = Build(repeatWarnings: true);
            Assert.True(replayed.Succeeded, string.Join("\n", replayed.Engine.Errors.Select(e => e.Message)));
            Assert.Equal(0, replayed.ReReadCount);
            Assert.Equal(recorded.Engine.ReportedLines(), replayed.Engine.ReportedLines());
            Assert.Equal(Messages(recorded.Engine), Messages(replayed.Engine));
            Assert.Contains("TranscriptLint: 0 of 7 transcripts re-linted, 7 linted.", Messages(replayed.Engine));
        }
        finally
        {
            locks.ForEach(l => l.Dispose());
        }

        Assert.Equal(cacheWritten, File.GetLastWriteTimeUtc(Path.Combine(root, "obj/lint.cache")));
    }

    [Fact]
    public void A_no_op_build_counts_the_unchanged_warnings_in_one_line_instead_of_printing_them_again()
    {
        if (!OperatingSystem.IsLinux()) return;
        var recorded = SettledBuild(sarif: "obj/findings.sarif");
        Assert.Equal(3, recorded.Engine.Warnings.Count);
        Assert.Single(recorded.Engine.Warnings.Select(w => w.File).Distinct());

        var noop = Build(sarif: "obj/findings.sarif");

        Assert.True(noop.Succeeded);
        Assert.Equal(0, noop.ReReadCount);
        Assert.Empty(noop.Engine.Warnings);
        Assert.Empty(noop.Engine.Errors);
        var counted = Assert.Single(noop.Engine.Messages, m => m.Importance == MessageImportance.High);
        Assert.Equal(
            "TranscriptLint: no transcript, config or roster changed since the last build; its 3 warnings in 1 file are not printed again. "
            + "All of them are in the SARIF log obj/findings.sarif. Set TranscriptLintRepeatWarnings=true to print them on every build, or build with --no-incremental.",
            counted.Message);

        // The task's own messages stand as they were.
        Assert.Contains("TranscriptLint: 0 of 7 transcripts re-linted, 7 linted.", Messages(noop.Engine));
        Assert.Contains(Messages(noop.Engine), m => m.StartsWith("TranscriptLint: SARIF log written to", StringComparison.Ordinal));
    }

    [Fact]
    public void A_no_op_build_that_treats_a_warning_code_as_an_error_prints_every_finding_again_and_fails()
    {
        if (!OperatingSystem.IsLinux()) return;
        var recorded = SettledBuild();
        Assert.Contains(recorded.Engine.Warnings, w => w.Code == "TL0013");

        // The same files, built with WarningsAsErrors=TL0013 (or -warnaserror): nothing the lint reads changed.
        var engine = new FakeBuildEngine();
        engine.WarningsAsErrors.Add("TL0013");
        var strict = TaskRun.Execute(root, engine: engine);

        Assert.Equal(0, strict.ReReadCount);
        Assert.False(strict.Succeeded);
        Assert.Equal(recorded.Engine.Warnings.Count(w => w.Code == "TL0013"), strict.Engine.Errors.Count);
        Assert.Equal(recorded.Engine.Warnings.Count(w => w.Code != "TL0013"), strict.Engine.Warnings.Count);
        Assert.DoesNotContain(strict.Engine.Messages, m => m.Importance == MessageImportance.High);
    }

    [Theory]
    [InlineData("edit a transcript")]
    [InlineData("add a config where none was")]
    [InlineData("edit a roster")]
    [InlineData("add an item")]
    [InlineData("damage the record")]
    public void A_build_after_a_change_reports_what_a_build_without_a_cache_reports(string change)
    {
        if (!OperatingSystem.IsLinux()) return;
        File.WriteAllText(Path.Combine(root, "transcriptlint.json"), "{ \"speakers\": { \"roster\": [\"people.txt\"] } }");
        File.WriteAllText(Path.Combine(root, "people.txt"), "Ann Lee-Carter\nBo Diaz\n");
        Directory.CreateDirectory(Path.Combine(root, "season2"));
        File.WriteAllText(Path.Combine(root, "season2", "ep8.md"), CrossFileRepo.Episode(8).Replace("[END OF TRANSCRIPTION]\n", string.Empty)); // TL0002
        var before = SettledBuild();
        var items = Items();
        switch (change)
        {
            case "edit a transcript":
                File.WriteAllText(Path.Combine(root, "ep2.md"), CrossFileRepo.Episode(2, CrossFileRepo.Variant));
                break;
            case "add a config where none was":
                // Looked for beside season2/ep8.md and not found: its appearance is a change, though no transcript is.
                File.WriteAllText(Path.Combine(root, "season2", "transcriptlint.json"), "{ \"rules\": { \"TL0002\": \"off\" } }");
                break;
            case "edit a roster":
                File.WriteAllText(Path.Combine(root, "people.txt"), "Ann Lee-Carter\n");
                break;
            case "add an item":
                File.WriteAllText(Path.Combine(root, "ep9.md"), CrossFileRepo.Episode(9, CrossFileRepo.Variant));
                items = Items();
                break;
            case "damage the record":
                string record = Path.Combine(root, "obj/lint.cache.lastbuild");
                var bytes = File.ReadAllBytes(record);
                File.WriteAllBytes(record, bytes.Take(bytes.Length / 2).ToArray());
                break;
        }

        var after = Build(items);
        var fresh = Build(items, cacheFile: null);
        Assert.Equal(fresh.Engine.ReportedLines(), after.Engine.ReportedLines());
        if (change == "damage the record")
        {
            Assert.Equal(before.Engine.ReportedLines(), after.Engine.ReportedLines());
        }
        else
        {
            Assert.NotEqual(before.Engine.ReportedLines(), after.Engine.ReportedLines());
        }
    }

    [Fact]
    public void A_deleted_sarif_log_is_written_again()
    {
        if (!OperatingSystem.IsLinux()) return;
        string sarif = Path.Combine(root, "obj/findings.sarif");
        SettledBuild(sarif: "obj/findings.sarif");
        Assert.True(File.Exists(sarif));
        File.Delete(sarif);

        var again = Build(sarif: "obj/findings.sarif");
        Assert.True(again.Succeeded);
        Assert.True(File.Exists(sarif));
    }

    [Fact]
    public void A_build_whose_errors_are_replayed_fails_again()
    {
        if (!OperatingSystem.IsLinux()) return;
        File.WriteAllText(Path.Combine(root, "transcriptlint.json"), "{ \"rules\": { \"TL0013\": \"error\" } }");
        var recorded = SettledBuild();
        Assert.False(recorded.Succeeded);

        var replayed = Build();
        Assert.False(replayed.Succeeded);
        Assert.Equal(0, replayed.ReReadCount);
        Assert.Equal(recorded.Engine.ReportedLines(), replayed.Engine.ReportedLines());
        Assert.Contains(replayed.Engine.Errors, e => e.Code == "TL0013");
    }

    public void Dispose() => TaskRun.Delete(root);

    /// <summary>
    /// Two builds with the change stamps' settling time between them: the first lints (its files are too new for
    /// their stamps to be trusted), the second is replayed from the cache and writes the record.
    /// </summary>
    private TaskRun.Result SettledBuild(string? sarif = null, bool repeatWarnings = false)
    {
        Build(sarif: sarif, repeatWarnings: repeatWarnings);
        Thread.Sleep(TimeSpan.FromSeconds(2.5));
        return Build(sarif: sarif, repeatWarnings: repeatWarnings);
    }

    private TaskRun.Result Build(ITaskItem[]? items = null, string? cacheFile = "obj/lint.cache", string? sarif = null, bool repeatWarnings = false) =>
        TaskRun.Execute(root, items, cacheFile, sarif: sarif, repeatWarnings: repeatWarnings);

    private ITaskItem[] Items() => TaskRun.Items(root);

    private static string[] Messages(FakeBuildEngine engine) => engine.Messages.Select(m => m.Message ?? string.Empty).ToArray();
}
