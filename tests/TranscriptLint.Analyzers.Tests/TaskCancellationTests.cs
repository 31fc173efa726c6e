using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using TranscriptLint.Analyzers.Tests.Support;
using TranscriptLint.Tasks;
using Xunit;

namespace TranscriptLint.Analyzers.Tests;

/// <summary>Ctrl-C in a build reaches the task (ICancelableTask): it stops, fails, and writes no cache.</summary>
public sealed class TaskCancellationTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "tl-cancel-" + Guid.NewGuid().ToString("N").Substring(0, 8));

    public TaskCancellationTests()
    {
        Directory.CreateDirectory(root);
        for (int i = 0; i < 50; i++) File.WriteAllText(Path.Combine(root, $"t{i:D2}.txt"), "Call\n\nANN LEE: Hi.\n\nANN LEE:\n\nBOB RAY: Bye.\n");
    }

    [Fact]
    public void The_task_is_cancelable_and_a_cancelled_run_lints_nothing_writes_no_cache_and_fails()
    {
        var engine = new FakeBuildEngine();
        var task = new LintTranscripts
        {
            BuildEngine = engine,
            ProjectDirectory = root,
            CacheFile = "obj/lint.cache",
            Transcripts = Directory.GetFiles(root).Select(f => (ITaskItem)new TaskItem(Path.GetFileName(f))).ToArray(),
        };
        Assert.IsAssignableFrom<ICancelableTask>(task);

        ((ICancelableTask)task).Cancel();
        bool succeeded = task.Execute();

        Assert.False(succeeded);
        Assert.Empty(engine.Warnings);
        Assert.Empty(engine.Errors);
        Assert.False(File.Exists(Path.Combine(root, "obj", "lint.cache")));
    }

    [Fact]
    public void An_uncancelled_run_of_the_same_task_lints_every_file()
    {
        var engine = new FakeBuildEngine();
        var task = new LintTranscripts
        {
            BuildEngine = engine,
            ProjectDirectory = root,
            Transcripts = Directory.GetFiles(root).Select(f => (ITaskItem)new TaskItem(Path.GetFileName(f))).ToArray(),
        };

        Assert.True(task.Execute());
        Assert.Equal(50, engine.Warnings.Count(w => w.Code == "TL0003"));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
