using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using Microsoft.Build.Framework;
using TranscriptLint.Diagnostics;
using TranscriptLint.Engine;
using TranscriptLint.Model;
using TranscriptLint.Text;

namespace TranscriptLint.Tasks;

/// <summary>The disk, with paths shown relative to the project folder and problems logged to MSBuild.</summary>
internal sealed class TaskLintHost : DiskLintHost
{
    private readonly LintTranscripts task;
    private readonly string projectDirectory;

    public TaskLintHost(LintTranscripts task, string projectDirectory)
    {
        this.task = task;
        this.projectDirectory = projectDirectory;
    }

    public override string GetDisplayPath(string fullPath) => LintTranscripts.DisplayPath(fullPath, projectDirectory);

    public override void Report(LintProblem problem)
    {
        switch (problem.Kind)
        {
            case LintProblemKind.ConfigError:
                task.LogConfigError(problem.ConfigError!, projectDirectory);
                break;
            case LintProblemKind.MissingInput:
                task.Log.LogError(null, null, null, problem.DisplayPath, 0, 0, 0, 0, "TranscriptLint: the transcript does not exist.");
                break;
            case LintProblemKind.UnreadableFile:
            case LintProblemKind.UnreadableFolder:
                task.Log.LogError(null, null, null, problem.DisplayPath, 0, 0, 0, 0, "TranscriptLint: " + problem.Message);
                break;
            case LintProblemKind.Skipped:
                task.Log.LogMessage(problem.IsNotable ? MessageImportance.High : MessageImportance.Normal, "{0}: skipped: {1}.", problem.DisplayPath, problem.Message);
                break;
        }
    }
}

/// <summary>
/// The task's per-file cache as the session sees it: a file is replayed when its size, content hash (SHA-256 of the
/// bytes the session read), config key and named-ness match the previous build's entry. Keyed on content, not the
/// timestamp: cp -p, rsync -a, tar and unzip keep mtimes, so a same-size edit with an old mtime must still re-lint.
/// </summary>
internal sealed class TaskResultCache : IFileResultCache
{
    private readonly Dictionary<string, CacheEntry> previous;
    private readonly ConcurrentDictionary<string, CacheEntry> current = new(LintCache.PathComparer);
    private readonly ConcurrentDictionary<string, (long Size, string Hash, string ConfigKey)> stamps = new(LintCache.PathComparer);

    public TaskResultCache(Dictionary<string, CacheEntry> previous)
    {
        this.previous = previous;
    }

    /// <summary>The entries of this build (replayed and fresh), in path order.</summary>
    public IReadOnlyList<CacheEntry> Entries => current.Values.OrderBy(e => e.FullPath, StringComparer.Ordinal).ToList();

    public FileOutcome? TryReplay(PlannedFile file, byte[]? content, UnreadReason unread)
    {
        var stamp = (Size: (long)(content?.Length ?? 0), Hash: Hash(content, unread), ConfigKey: GetConfigKey(file.Config));
        stamps[file.FullPath] = stamp;
        if (!previous.TryGetValue(file.FullPath, out var cached) || !cached.Matches(stamp.Size, stamp.Hash, stamp.ConfigKey, file.Named)) return null;

        current[file.FullPath] = cached;
        var diagnostics = new List<Diagnostic>(cached.Findings.Count);
        foreach (var finding in cached.Findings)
        {
            if (finding.ToDiagnostic(file.DisplayPath) is { } diagnostic) diagnostics.Add(diagnostic);
        }

        var result = new LintResult(file.DisplayPath, Dialect.Text, cached.Linted, diagnostics) { Speakers = cached.Speakers, CrossFileSeverity = cached.CrossFileSeverity };
        return new FileOutcome(file.FullPath, file.DisplayPath, result, null, null) { IsLinted = cached.Linted, IsNamed = file.Named, IsReplayed = true };
    }

    public void Record(PlannedFile file, byte[]? content, UnreadReason unread, FileOutcome outcome)
    {
        if (outcome.Result is null) return;
        if (!stamps.TryGetValue(file.FullPath, out var stamp)) stamp = (content?.Length ?? 0, Hash(content, unread), GetConfigKey(file.Config));
        var findings = new List<Finding>();
        if (outcome.IsLinted)
        {
            foreach (var d in outcome.Result.Diagnostics) findings.Add(Finding.From(d));
        }

        // Recorded before the run-level passes: the file's own findings and its speaker summary, never TL0013's findings
        // (those depend on the other files and are worked out again on every build).
        var speakers = outcome.IsLinted ? outcome.Result.Speakers : Array.Empty<FileSpeaker>();
        current[file.FullPath] = new CacheEntry(file.FullPath, stamp.Size, stamp.Hash, stamp.ConfigKey, file.Named, outcome.IsLinted, findings, speakers, outcome.Result.CrossFileSeverity);
    }

    /// <summary>
    /// Which config applies and the hash of everything it was built from (its text and every roster file it read):
    /// editing, adding or removing a config or a roster re-lints the files it governs.
    /// </summary>
    private static string GetConfigKey(Configuration.TranscriptLintConfig? config) =>
        config is null ? "-" : Path.GetFullPath(config.FilePath) + "|" + config.ContentHash;

    /// <summary>SHA-256 of the file's bytes; a marker for a file that is not read (special, too large).</summary>
    private static string Hash(byte[]? content, UnreadReason unread)
    {
        if (content is null) return "unread:" + unread;
        using var sha = SHA256.Create();
        return BitConverter.ToString(sha.ComputeHash(content)).Replace("-", string.Empty);
    }
}
