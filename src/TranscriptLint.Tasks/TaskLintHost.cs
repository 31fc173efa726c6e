using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
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
    private readonly string projectRoot;
    private readonly BuildRecorder? recorder;

    public TaskLintHost(LintTranscripts task, string projectDirectory, BuildRecorder? recorder)
    {
        this.task = task;
        this.projectDirectory = projectDirectory;
        this.recorder = recorder;
        projectRoot = LintTranscripts.FolderPrefix(projectDirectory);
    }

    // Every path the session reads or looks for is stamped first, for the build record.
    public override FileBytes? ReadTranscript(string fullPath, long maxBytes, CancellationToken cancellationToken, out UnreadReason unread)
    {
        recorder?.Watch(fullPath);
        return base.ReadTranscript(fullPath, maxBytes, cancellationToken, out unread);
    }

    public override bool HasConfigFile(string fullPath)
    {
        recorder?.Watch(fullPath);
        return base.HasConfigFile(fullPath);
    }

    public override string ReadSettingsText(string fullPath)
    {
        recorder?.Watch(fullPath);
        return base.ReadSettingsText(fullPath);
    }

    public override FolderListing ListFolder(string fullPath)
    {
        recorder?.Watch(fullPath);
        return base.ListFolder(fullPath);
    }

    public override InputKind Probe(string fullPath, string given, out string? whyNot)
    {
        recorder?.Watch(fullPath);
        return base.Probe(fullPath, given, out whyNot);
    }

    public override string GetDisplayPath(string fullPath) => LintTranscripts.RelativeTo(fullPath, projectRoot);

    public override void Report(LintProblem problem)
    {
        switch (problem.Kind)
        {
            case LintProblemKind.ConfigError:
                task.LogConfigError(problem.ConfigError!, projectDirectory);
                break;
            case LintProblemKind.MissingInput:
                task.Emit(new LoggedEvent(LoggedEventKind.Error, "TranscriptLint: the transcript does not exist.", file: problem.DisplayPath));
                break;
            case LintProblemKind.UnreadableFile:
            case LintProblemKind.UnreadableFolder:
                task.Emit(new LoggedEvent(LoggedEventKind.Error, "TranscriptLint: " + problem.Message, file: problem.DisplayPath));
                break;
            case LintProblemKind.Skipped:
                task.Emit(new LoggedEvent(LoggedEventKind.Message, problem.DisplayPath + ": skipped: " + problem.Message + ".", importance: problem.IsNotable ? MessageImportance.High : MessageImportance.Normal));
                break;
        }
    }
}

/// <summary>
/// The task's per-file cache as the session sees it: a file is replayed when its size, content hash (SHA-256 of its
/// bytes), config key and named-ness match the previous build's entry. Keyed on content, not the timestamp: cp -p,
/// rsync -a, tar and unzip keep mtimes, so a same-size edit with an old mtime must still re-lint. The hash is taken a
/// buffer at a time before the session reads the file, so an unchanged file is never held in memory whole; and a file
/// whose change stamp (size, mtime, ctime, inode; see <see cref="FileChangeStamp"/>) is the one recorded with its hash
/// is not read at all, as git's index does.
/// </summary>
internal sealed class TaskResultCache : IFileResultCache
{
    private readonly Dictionary<string, CacheEntry> previous;
    private readonly long maxFileBytes;
    private readonly ConcurrentDictionary<string, CacheEntry> current = new(LintCache.PathComparer);
    private readonly ConcurrentDictionary<string, string> changeStamps = new(LintCache.PathComparer);

    // One buffer and one hash per thread: creating a hash object per file costs more than hashing a small file.
    [ThreadStatic]
    private static byte[]? chunk;

    [ThreadStatic]
    private static IncrementalHash? sha256;

    private readonly BuildRecorder? recorder;

    public TaskResultCache(Dictionary<string, CacheEntry> previous, long maxFileBytes, BuildRecorder? recorder = null)
    {
        this.previous = previous;
        this.maxFileBytes = maxFileBytes;
        this.recorder = recorder;
    }

    /// <summary>The entries of this build (replayed and fresh), in path order.</summary>
    public IReadOnlyList<CacheEntry> Entries => current.Values.OrderBy(e => e.FullPath, StringComparer.Ordinal).ToList();

    /// <summary>This build's entry for a file (replayed or fresh), or null when it has none (unread, broken config).</summary>
    public CacheEntry? EntryFor(string fullPath) => current.TryGetValue(fullPath, out var entry) ? entry : null;

    public FileOutcome? TryReplay(PlannedFile file, CancellationToken cancellationToken)
    {
        // Taken before anything reads the file: a change after this moment moves its ctime, so the next build hashes it.
        // One stat serves both: the build record's stamp and the cache's.
        var stamp = recorder is null ? FileChangeStamp.ReadAny(file.FullPath, DateTime.UtcNow) : recorder.Watch(file.FullPath);
        string? changeStamp = FileChangeStamp.ForCache(stamp);
        if (changeStamp is not null) changeStamps[file.FullPath] = changeStamp;

        if (!previous.TryGetValue(file.FullPath, out var cached) || cached.Named != file.Named) return null;
        string configKey = GetConfigKey(file.Config);
        if (!string.Equals(cached.ConfigKey, configKey, StringComparison.Ordinal)) return null;

        // The file's change stamp is the one recorded when it was last hashed: the content is that content.
        if (changeStamp is null || !string.Equals(cached.ChangeStamp, changeStamp, StringComparison.Ordinal))
        {
            if (HashOnDisk(file.FullPath) is not { } hashed || !cached.Matches(hashed.Size, hashed.Hash, configKey, file.Named)) return null;
            if (!string.Equals(cached.ChangeStamp, changeStamp, StringComparison.Ordinal)) cached = cached.WithChangeStamp(changeStamp);
        }

        current[file.FullPath] = cached;
        var diagnostics = new List<Diagnostic>(cached.Findings.Count);
        foreach (var finding in cached.Findings)
        {
            if (finding.ToDiagnostic(file.DisplayPath) is { } diagnostic) diagnostics.Add(diagnostic);
        }

        var result = new LintResult(file.DisplayPath, Dialect.Text, cached.Linted, diagnostics) { Speakers = cached.Speakers, CrossFileSeverity = cached.CrossFileSeverity };
        return new FileOutcome(file.FullPath, file.DisplayPath, result, null, null) { IsLinted = cached.Linted, IsNamed = file.Named, IsReplayed = true };
    }

    public void Record(PlannedFile file, FileBytes? content, UnreadReason unread, FileOutcome outcome)
    {
        if (outcome.Result is null) return;
        var findings = new List<Finding>();
        if (outcome.IsLinted)
        {
            foreach (var d in outcome.Result.Diagnostics) findings.Add(Finding.From(d));
        }

        // Recorded before the run-level passes: the file's own findings and its speaker summary, never TL0013's findings
        // (those depend on the other files; the run record keeps what the passes gave the whole build).
        var speakers = outcome.IsLinted ? outcome.Result.Speakers : Array.Empty<FileSpeaker>();
        changeStamps.TryGetValue(file.FullPath, out var changeStamp);
        current[file.FullPath] = new CacheEntry(file.FullPath, content?.Length ?? 0, Hash(content, unread), GetConfigKey(file.Config), file.Named, outcome.IsLinted, findings, speakers, outcome.Result.CrossFileSeverity, changeStamp);
    }


    /// <summary>
    /// Which config applies and the hash of everything it was built from (its text and every roster file it read):
    /// editing, adding or removing a config or a roster re-lints the files it governs.
    /// </summary>
    private static string GetConfigKey(Configuration.TranscriptLintConfig? config) =>
        config is null ? "-" : Path.GetFullPath(config.FilePath) + "|" + config.ContentHash;

    /// <summary>SHA-256 of the file's bytes; a marker for a file that is not read (special, too large).</summary>
    private static string Hash(FileBytes? content, UnreadReason unread)
    {
        return content is { } read ? ContentHash.Of(read) : UnreadMarker(unread);
    }

    /// <summary>
    /// The size and hash <see cref="Hash"/> would give the bytes the session would read, without holding them; null
    /// when the file cannot be read (the session then reads it and reports why).
    /// </summary>
    private (long Size, string Hash)? HashOnDisk(string fullPath)
    {
        try
        {
            var sha = sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            sha.GetHashAndReset(); // drops what an interrupted read left
            long size = 0;
            if (!BoundedFile.ReadInChunks(fullPath, maxFileBytes, chunk ??= new byte[1 << 16], (bytes, count) => { sha.AppendData(bytes, 0, count); size += count; }, out var unread))
            {
                return (0, UnreadMarker(unread));
            }

            return (size, ContentHash.Hex(sha.GetHashAndReset()));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string UnreadMarker(UnreadReason unread) => "unread:" + unread;
}
