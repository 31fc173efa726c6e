using System;
using System.Collections.Generic;
using System.Threading;
using TranscriptLint.Configuration;
using TranscriptLint.Text;

namespace TranscriptLint.Engine;

/// <summary>
/// Everything a <see cref="LintSession"/> needs from the world outside Core: the CLI's host reads the disk, the MSBuild
/// task's host reads the disk and logs to MSBuild, the analyzer's host serves the compilation's AdditionalFiles. The
/// session decides which files are linted, with which config, and which findings are kept; the host only answers.
/// </summary>
public interface ILintHost
{
    /// <summary>
    /// A transcript's bytes, or null with the reason it was not read (empty, not a regular file, over
    /// <paramref name="maxBytes"/>). Throws the usual I/O exceptions for a file that cannot be read. The bytes may sit
    /// in a buffer the host reuses for its next read on the same thread (<see cref="FileBytes"/>): the session uses
    /// them before it reads another file there.
    /// </summary>
    FileBytes? ReadTranscript(string fullPath, long maxBytes, CancellationToken cancellationToken, out UnreadReason unread);

    /// <summary>Whether a transcriptlint.json is at <paramref name="fullPath"/>: config discovery (in Core) walks up asking this.</summary>
    bool HasConfigFile(string fullPath);

    /// <summary>The text of a config or roster file. Throws an I/O exception (FileNotFoundException and the like) saying why not.</summary>
    string ReadSettingsText(string fullPath);

    /// <summary>The files and sub-folders of a folder (full paths; links to folders left out). Throws when it cannot be listed.</summary>
    FolderListing ListFolder(string fullPath);

    /// <summary>What a path given as input is: a file, a folder, or neither (with the reason, worded for the user).</summary>
    InputKind Probe(string fullPath, string given, out string? whyNot);

    /// <summary>The path findings and problems carry, as the user of this host should see it.</summary>
    string GetDisplayPath(string fullPath);

    /// <summary>A problem (config error, unreadable file or folder, missing input) or a note (a skipped file), in run order.</summary>
    void Report(LintProblem problem);
}

/// <summary>What an input path turned out to be.</summary>
public enum InputKind
{
    Missing,
    File,
    Folder,
}

/// <summary>The entries of one folder.</summary>
public sealed class FolderListing
{
    public static readonly FolderListing Empty = new(Array.Empty<string>(), Array.Empty<string>());

    public FolderListing(IReadOnlyList<string> files, IReadOnlyList<string> folders)
    {
        Files = files;
        Folders = folders;
    }

    public IReadOnlyList<string> Files { get; }

    /// <summary>Sub-folders to walk (links to folders are not listed, so a link loop cannot repeat files).</summary>
    public IReadOnlyList<string> Folders { get; }
}

/// <summary>What a <see cref="LintProblem"/> is about; each host words and routes it its own way.</summary>
public enum LintProblemKind
{
    /// <summary>A path given as input is neither a file nor a folder (<see cref="LintProblem.Message"/> says why).</summary>
    MissingInput,

    /// <summary>A folder of a walk cannot be listed; the walk goes on.</summary>
    UnreadableFolder,

    /// <summary>A transcriptlint.json (or a roster it names) is broken; reported once per distinct error.</summary>
    ConfigError,

    /// <summary>A transcript cannot be read.</summary>
    UnreadableFile,

    /// <summary>A note, not a failure: a file was skipped (binary, empty, too large).</summary>
    Skipped,
}

/// <summary>A problem or note of a run, with the file it is about.</summary>
public sealed class LintProblem
{
    public LintProblem(LintProblemKind kind, string fullPath, string displayPath, string message, ConfigException? configError = null)
    {
        Kind = kind;
        FullPath = fullPath;
        DisplayPath = displayPath;
        Message = message;
        ConfigError = configError;
    }

    public LintProblemKind Kind { get; }

    public string FullPath { get; }

    public string DisplayPath { get; }

    /// <summary>What went wrong (or why the file was skipped), without the path.</summary>
    public string Message { get; }

    /// <summary>The config error, for <see cref="LintProblemKind.ConfigError"/>.</summary>
    public ConfigException? ConfigError { get; }

    /// <summary>True for a note (a skipped file), false for a failure.</summary>
    public bool IsNote => Kind == LintProblemKind.Skipped;

    /// <summary>A skip the user should hear even on a folder walk (over the size limit), not only for a named file.</summary>
    public bool IsNotable { get; init; }
}

/// <summary>
/// A pass over the whole run, after every file: cross-file rules and a baseline hook in here. It sees the outcomes in
/// their final order (fresh and cached alike) and returns the outcomes to report.
/// </summary>
public interface IRunPass
{
    IReadOnlyList<FileOutcome> Run(IReadOnlyList<FileOutcome> outcomes);
}

/// <summary>
/// A run pass that needs less of each file than the whole result: the session shows it every outcome as soon as the
/// file is linted (or replayed) and keeps what it returns until the passes run, so what a run holds grows with what
/// its passes need, not with every file's full result.
/// </summary>
public interface ITrimmingRunPass : IRunPass
{
    /// <summary>What trims the outcomes of one run (it may keep counts over the run), or null to keep them whole.</summary>
    IOutcomeTrimmer? StartRun();
}

/// <summary>Trims the outcomes of one run for a <see cref="ITrimmingRunPass"/>. Called from several threads at once.</summary>
public interface IOutcomeTrimmer
{
    /// <summary>
    /// What to keep of a file's outcome: a new outcome, never a change to this one or its result, which a cache may
    /// hold (the MSBuild task's writes every file's speaker summary at the end of the build).
    /// </summary>
    FileOutcome Trim(FileOutcome outcome);
}

/// <summary>
/// A per-file result cache (the MSBuild task's, under obj/): consulted before the session reads a file, so a replayed
/// file is never held in memory whole (the cache reads it its own way, e.g. hashing it a buffer at a time). Called from
/// several threads at once.
/// </summary>
public interface IFileResultCache
{
    /// <summary>
    /// The outcome recorded for this file as it is now (content and config), or null to read and lint it (also when
    /// the file cannot be read: the session then reports why).
    /// </summary>
    FileOutcome? TryReplay(PlannedFile file, CancellationToken cancellationToken);

    /// <summary>Remembers a fresh outcome (not for files that failed to read or whose config is broken).</summary>
    /// <remarks><paramref name="content"/> may be a buffer reused by the next read on this thread: hash it here, do not keep it.</remarks>
    void Record(PlannedFile file, FileBytes? content, UnreadReason unread, FileOutcome outcome);
}
