using System;
using System.IO;
using System.Linq;
using System.Threading;
using TranscriptLint.Analyzers.Tests.Support;
using Xunit;

namespace TranscriptLint.Analyzers.Tests;

/// <summary>
/// The task's cache trusts a file's change stamp (size, mtime, ctime, inode) once its last change has settled, as git's
/// index does: an unchanged file is then not read at all. Anything that touches the file — an edit that keeps size and
/// mtime included — moves its ctime, and the content decides again. Linux only (statx); elsewhere every file is hashed.
/// </summary>
public sealed class TaskChangeStampTests : IDisposable
{
    private readonly string root = CrossFileRepo.WriteTo("tl-task-stamp-");

    [Fact]
    public void A_settled_unchanged_file_is_replayed_without_being_opened()
    {
        if (!OperatingSystem.IsLinux()) return;
        var first = Run();

        // Stamps younger than two seconds are not kept (an edit in the same clock tick would not move them).
        Thread.Sleep(TimeSpan.FromSeconds(2.5));
        Assert.Equal(0, Run().ReReadCount); // hashed, and the settled stamps kept

        // Another file touched (its ctime moves, its content stays): the build record no longer holds, so this build
        // takes the cache's path, which hashes that file again and must trust the others' stamps.
        string touched = Path.Combine(root, "ep1.md");
        File.SetLastWriteTimeUtc(touched, File.GetLastWriteTimeUtc(touched));
        string record = Path.Combine(root, "obj/lint.cache.lastbuild");
        var recorded = File.GetLastWriteTimeUtc(record);

        // Locked against readers: only a file the task does not open can be replayed now.
        string locked = Path.Combine(root, "ep3.md");
        using (new FileStream(locked, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var engine = new FakeBuildEngine();
            var task = TaskRun.Task(root, engine);
            Assert.True(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));
            Assert.Equal(0, task.ReReadCount);
            Assert.Equal(first.Engine.ReportedLines(), engine.ReportedLines());
        }

        Assert.NotEqual(recorded, File.GetLastWriteTimeUtc(record)); // a build, not a replay of the record
    }

    [Fact]
    public void A_same_size_edit_that_keeps_the_mtime_of_a_settled_file_is_linted_again()
    {
        if (!OperatingSystem.IsLinux()) return;
        Run();
        Thread.Sleep(TimeSpan.FromSeconds(2.5));
        Run();

        // As cp -p, rsync -a, tar x or unzip leave it: other bytes, same size, the old mtime; only ctime moves.
        string path = Path.Combine(root, "ep7.md");
        var mtime = File.GetLastWriteTimeUtc(path);
        string text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("Ann Lee-Cartre", "Ann Lee-Carter"));
        File.SetLastWriteTimeUtc(path, mtime);
        Assert.Equal(text.Length, File.ReadAllText(path).Length);

        var edited = Run();
        Assert.Equal(1, edited.ReReadCount);
        Assert.DoesNotContain(edited.Engine.Warnings, w => w.Code == "TL0013");
    }

    public void Dispose() => TaskRun.Delete(root);

    private TaskRun.Result Run() => TaskRun.Execute(root);
}
