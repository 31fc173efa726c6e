using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using TranscriptLint.Tasks;

namespace TranscriptLint.Analyzers.Tests.Support;

/// <summary>The MSBuild task run in-process over a test repo, as the tests of its cache, change stamps and build record run it.</summary>
public static class TaskRun
{
    /// <summary>The repo's Markdown files as items named relative to it, in ordinal order.</summary>
    public static ITaskItem[] Items(string root) => Directory.GetFiles(root, "*.md", SearchOption.AllDirectories)
        .OrderBy(f => f, StringComparer.Ordinal)
        .Select(f => (ITaskItem)new TaskItem(Path.GetRelativePath(root, f)))
        .ToArray();

    /// <summary>The task over <paramref name="root"/>, caching in obj/lint.cache unless told otherwise; not yet run.</summary>
    public static LintTranscripts Task(string root, FakeBuildEngine engine, ITaskItem[]? items = null, string? cacheFile = "obj/lint.cache", string? baseline = null, string? sarif = null, bool repeatWarnings = false) => new()
    {
        BuildEngine = engine,
        ProjectDirectory = root,
        CacheFile = cacheFile,
        BaselineFile = baseline,
        SarifFile = sarif,
        RepeatWarnings = repeatWarnings,
        Transcripts = items ?? Items(root),
    };

    /// <summary>One build: the task, what it logged, and whether it succeeded; <paramref name="engine"/> is a new one unless given.</summary>
    public static Result Execute(string root, ITaskItem[]? items = null, string? cacheFile = "obj/lint.cache", string? baseline = null, string? sarif = null, bool repeatWarnings = false, FakeBuildEngine? engine = null)
    {
        engine ??= new FakeBuildEngine();
        var task = Task(root, engine, items, cacheFile, baseline, sarif, repeatWarnings);
        bool succeeded = task.Execute();
        return new Result(task, engine, succeeded);
    }

    /// <summary>Removes a test repo; a file still held open elsewhere leaves it for the system's temp clean-up.</summary>
    public static void Delete(string root)
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public sealed record Result(LintTranscripts Task, FakeBuildEngine Engine, bool Succeeded)
    {
        public int ReReadCount => Task.ReReadCount;
    }
}
