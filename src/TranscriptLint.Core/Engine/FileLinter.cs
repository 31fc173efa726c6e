using System;
using System.IO;
using System.Threading;
using TranscriptLint.Configuration;
using TranscriptLint.Text;

namespace TranscriptLint.Engine;

/// <summary>What happened to one file: findings, a skip, or an error that stopped it being read.</summary>
public sealed class FileOutcome
{
    public FileOutcome(string fullPath, string displayPath, LintResult? result, string? error, ConfigException? configError)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        Result = result;
        Error = error;
        ConfigError = configError;
    }

    public string FullPath { get; }

    public string DisplayPath { get; }

    /// <summary>Null when the file could not be read or its config is broken.</summary>
    public LintResult? Result { get; }

    /// <summary>An I/O problem reading the file.</summary>
    public string? Error { get; }

    public ConfigException? ConfigError { get; }

    /// <summary>True when the file was linted and should be reported (named explicitly, or it looks like a transcript).</summary>
    public bool IsLinted { get; init; }

    /// <summary>True when the user named the file (a command-line argument, an item added by hand).</summary>
    public bool IsNamed { get; init; }

    /// <summary>True when the outcome came from a cache, not a fresh lint.</summary>
    public bool IsReplayed { get; init; }

    /// <summary>The same outcome with another result (a run-level pass added findings).</summary>
    public FileOutcome WithResult(LintResult result) =>
        new(FullPath, DisplayPath, result, Error, ConfigError) { IsLinted = IsLinted, SkipIsNotable = SkipIsNotable, IsNamed = IsNamed, IsReplayed = IsReplayed };

    /// <summary>True when the file was skipped for a reason the user should hear even on a folder walk (over the size limit).</summary>
    public bool SkipIsNotable { get; init; }
}

/// <summary>
/// Reads a file through the host, finds its settings and lints it: the per-file step of a <see cref="LintSession"/>.
/// Never throws for a file's content or I/O; a failure inside the engine becomes a TL0000 error on that file.
/// </summary>
public sealed class FileLinter
{
    private readonly ConfigResolver resolver;
    private readonly ILintHost host;
    private readonly long maxFileBytes;

    /// <param name="resolver">Finds each file's settings.</param>
    /// <param name="maxFileBytes">Files larger than this are skipped with a note (<see cref="BoundedFile.MaxTranscriptBytes"/> by default).</param>
    /// <param name="host">Reads the files; the disk by default.</param>
    public FileLinter(ConfigResolver resolver, long maxFileBytes = BoundedFile.MaxTranscriptBytes, ILintHost? host = null)
    {
        this.resolver = resolver;
        this.maxFileBytes = maxFileBytes;
        this.host = host ?? DiskLintHost.Default;
    }

    /// <param name="fullPath">The file's absolute path (config lookup and globs use it).</param>
    /// <param name="displayPath">The path diagnostics carry, as the user should see it.</param>
    /// <param name="named">True when the user named the file: it is linted even if it does not look like a transcript.</param>
    public FileOutcome Lint(string fullPath, string displayPath, bool named)
    {
        FileSettings settings;
        try
        {
            settings = resolver.GetSettings(fullPath);
        }
        catch (ConfigException ex)
        {
            return new FileOutcome(fullPath, displayPath, null, null, ex);
        }

        if (Read(fullPath, displayPath, CancellationToken.None, out var bytes, out var unread) is { } failed) return failed;
        return Lint(fullPath, displayPath, named, settings, ref bytes, unread);
    }

    /// <summary>Reads the file through the host; an outcome only when it cannot be read.</summary>
    internal FileOutcome? Read(string fullPath, string displayPath, CancellationToken cancellationToken, out FileBytes? bytes, out UnreadReason unread)
    {
        try
        {
            // Regular files only, and not past the limit: a FIFO would hang the run, /dev/zero would never end.
            bytes = host.ReadTranscript(fullPath, maxFileBytes, cancellationToken, out unread);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            bytes = null;
            unread = UnreadReason.None;
            return new FileOutcome(fullPath, displayPath, null, $"cannot read the file: {ex.Message}", null);
        }
    }

    /// <summary>
    /// Lints bytes already read (null when the file was not read, for <paramref name="unread"/>), and clears
    /// <paramref name="bytes"/> once they are decoded: a 200 MB transcript's bytes are not held beside its text and
    /// model while the rules run (the caller keeps its own reference only if it still needs them).
    /// </summary>
    internal FileOutcome Lint(string fullPath, string displayPath, bool named, FileSettings settings, ref FileBytes? bytes, UnreadReason unread)
    {
        if (bytes is null)
        {
            var dialect = settings.ForcedDialect ?? Dialects.DialectDetector.Detect(displayPath, SourceText.From(string.Empty));
            string reason = unread == UnreadReason.TooLarge
                ? $"larger than {BoundedFile.Describe(maxFileBytes)}, the size limit for a transcript"
                : "empty, or not a regular file (a pipe or a device)";
            var skipped = new LintResult(displayPath, dialect, looksLikeTranscript: false, Array.Empty<Diagnostics.Diagnostic>(), reason);
            return new FileOutcome(fullPath, displayPath, skipped, null, null) { SkipIsNotable = unread == UnreadReason.TooLarge };
        }

        LintResult result;
        try
        {
            var text = SourceText.FromBytes(bytes.Value.Array, bytes.Value.Length);
            bytes = null;
            result = TranscriptLinter.Lint(displayPath, text, settings);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Decoding or the engine itself failed: an error on this file, and the run goes on with the others.
            result = TranscriptLinter.Failure(displayPath, ex);
        }

        bool linted = result.SkippedReason is null && (named || result.LooksLikeTranscript);
        return new FileOutcome(fullPath, displayPath, result, null, null) { IsLinted = linted };
    }
}
