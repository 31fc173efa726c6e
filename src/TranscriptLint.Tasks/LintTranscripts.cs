using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Microsoft.Build.Framework;
using TranscriptLint.Configuration;
using TranscriptLint.Diagnostics;
using TranscriptLint.Engine;
using TranscriptLint.Output;
using TranscriptLint.Rules;
using TranscriptLint.Text;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace TranscriptLint.Tasks;

/// <summary>
/// Lints the project's <c>Transcript</c> items and logs each finding as an MSBuild warning or error (or a message,
/// for suggestions) with its code, file, line, column and help link. File paths are shown relative to the project
/// folder. Findings are cached per file under obj/ and re-reported from the cache when nothing they depend on
/// changed, so a rebuild reads no transcript and still shows every warning.
/// </summary>
public sealed class LintTranscripts : MSBuildTask, ICancelableTask
{
    private readonly System.Threading.CancellationTokenSource cancellation = new();

    /// <summary>Metadata that the package's default globs put on the items they create.</summary>
    public const string DefaultItemMetadata = "TranscriptLintDefaultItem";

    /// <summary>
    /// The files to lint. Items from the default globs (metadata <c>TranscriptLintDefaultItem=true</c>) are linted only
    /// if the applicable transcriptlint.json includes them and they look like a transcript, as on the CLI's folder
    /// walk; items added by hand are always linted, as files named on the CLI's command line.
    /// </summary>
    [Required]
    public ITaskItem[] Transcripts { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project folder: relative item paths resolve against it, and reported paths are relative to it.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>One transcriptlint.json for every file; empty for the nearest one above each file.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>The per-file cache; empty to lint every file on every build.</summary>
    public string? CacheFile { get; set; }

    /// <summary>Where to write a SARIF 2.1.0 log of all findings; empty for none.</summary>
    public string? SarifFile { get; set; }

    /// <summary>How many files were linted again (the rest came from the cache; every file is read to hash its content).</summary>
    [Output]
    public int ReReadCount { get; private set; }

    /// <summary>Ctrl-C in the build: stop hashing and linting, write no cache, and fail the task.</summary>
    public void Cancel() => cancellation.Cancel();

    public override bool Execute()
    {
        try
        {
            return ExecuteCore(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            Log.LogMessage(MessageImportance.High, "TranscriptLint: cancelled.");
            return false;
        }
    }

    private bool ExecuteCore(System.Threading.CancellationToken cancel)
    {
        string projectDirectory = Path.GetFullPath(string.IsNullOrEmpty(ProjectDirectory) ? "." : ProjectDirectory);

        ConfigResolver resolver;
        try
        {
            resolver = new ConfigResolver(string.IsNullOrWhiteSpace(ConfigFile) ? null : Path.GetFullPath(Path.Combine(projectDirectory, ConfigFile!.Trim())));
        }
        catch (ConfigException ex)
        {
            LogConfigError(ex, projectDirectory);
            return false;
        }

        var candidates = CollectCandidates(projectDirectory);
        string toolKey = typeof(LintTranscripts).Assembly.ManifestModule.ModuleVersionId.ToString("N") + ";" + typeof(TranscriptLinter).Assembly.ManifestModule.ModuleVersionId.ToString("N");
        string? cachePath = string.IsNullOrWhiteSpace(CacheFile) ? null : Path.GetFullPath(Path.Combine(projectDirectory, CacheFile!.Trim()));
        var cache = cachePath is null ? new Dictionary<string, CacheEntry>(LintCache.PathComparer) : LintCache.Read(cachePath, toolKey);

        var reportedConfigErrors = new HashSet<string>(StringComparer.Ordinal);
        var entries = new CacheEntry?[candidates.Count];
        var toLint = new List<int>();
        var stamps = new (long Size, string ContentHash, string ConfigKey)[candidates.Count];
        int considered = 0;

        for (int i = 0; i < candidates.Count; i++)
        {
            cancel.ThrowIfCancellationRequested();
            var c = candidates[i];
            var info = new FileInfo(c.FullPath);
            if (!info.Exists)
            {
                Log.LogError(null, null, null, c.DisplayPath, 0, 0, 0, 0, "TranscriptLint: the transcript does not exist.");
                continue;
            }

            TranscriptLintConfig? config;
            try
            {
                config = resolver.ForFile(c.FullPath);
            }
            catch (ConfigException ex)
            {
                if (reportedConfigErrors.Add(ex.ToDisplayString())) LogConfigError(ex, projectDirectory);
                continue;
            }

            // A default item is a folder-walk candidate: the config's include/exclude globs decide, as on the CLI.
            if (!c.Named && config is not null && !config.IsIncluded(c.FullPath)) continue;

            considered++;
            string configKey = GetConfigKey(config);

            // Keyed on content, not the timestamp: cp -p, rsync -a, tar and unzip keep mtimes, so a same-size edit
            // with an old mtime must still re-lint.
            string contentHash = HashContent(c.FullPath);
            stamps[i] = (info.Length, contentHash, configKey);
            if (cache.TryGetValue(c.FullPath, out var cached) && cached.Matches(info.Length, contentHash, configKey, c.Named))
            {
                entries[i] = cached;
            }
            else
            {
                toLint.Add(i);
            }
        }

        var linter = new FileLinter(resolver);
        var outcomes = new FileOutcome[toLint.Count];
        Parallel.For(0, toLint.Count, new ParallelOptions { CancellationToken = cancel }, k =>
        {
            var c = candidates[toLint[k]];
            outcomes[k] = linter.Lint(c.FullPath, c.DisplayPath, c.Named);
        });

        for (int k = 0; k < toLint.Count; k++)
        {
            int i = toLint[k];
            var c = candidates[i];
            var outcome = outcomes[k];
            if (outcome.ConfigError is { } configError)
            {
                if (reportedConfigErrors.Add(configError.ToDisplayString())) LogConfigError(configError, projectDirectory);
                continue;
            }

            if (outcome.Error is not null || outcome.Result is null)
            {
                Log.LogError(null, null, null, c.DisplayPath, 0, 0, 0, 0, "TranscriptLint: " + (outcome.Error ?? "the file could not be linted."));
                continue;
            }

            var findings = new List<Finding>();
            if (outcome.IsLinted)
            {
                foreach (var d in outcome.Result.Diagnostics) findings.Add(Finding.From(d));
            }

            if (outcome.Result.SkippedReason is { } reason && (c.Named || outcome.SkipIsNotable))
            {
                Log.LogMessage(outcome.SkipIsNotable ? MessageImportance.High : MessageImportance.Normal, "{0}: skipped: {1}.", c.DisplayPath, reason);
            }

            entries[i] = new CacheEntry(c.FullPath, stamps[i].Size, stamps[i].ContentHash, stamps[i].ConfigKey, c.Named, outcome.IsLinted, findings);
        }

        ReReadCount = toLint.Count;
        var reported = new List<Diagnostic>();
        int linted = 0;
        for (int i = 0; i < candidates.Count; i++)
        {
            var entry = entries[i];
            if (entry is null || !entry.Linted) continue;
            linted++;
            foreach (var finding in entry.Findings)
            {
                LogFinding(candidates[i].DisplayPath, finding);
                if (finding.ToDiagnostic(candidates[i].DisplayPath) is { } diagnostic) reported.Add(diagnostic);
            }
        }

        Log.LogMessage(MessageImportance.Normal, "TranscriptLint: {0} of {1} transcripts re-linted, {2} linted.", toLint.Count, considered, linted);

        if (cachePath is not null) SaveCache(cachePath, toolKey, cache, entries);
        if (!string.IsNullOrWhiteSpace(SarifFile)) WriteSarif(Path.GetFullPath(Path.Combine(projectDirectory, SarifFile!.Trim())), projectDirectory, reported);

        return !Log.HasLoggedErrors;
    }

    private List<Candidate> CollectCandidates(string projectDirectory)
    {
        var byPath = new Dictionary<string, int>(LintCache.PathComparer);
        var list = new List<Candidate>();
        foreach (var item in Transcripts)
        {
            string spec = item.ItemSpec;
            if (string.IsNullOrWhiteSpace(spec)) continue;
            string full = Path.GetFullPath(Path.Combine(projectDirectory, spec));
            bool named = !string.Equals(item.GetMetadata(DefaultItemMetadata), "true", StringComparison.OrdinalIgnoreCase);
            if (byPath.TryGetValue(full, out int index))
            {
                if (named && !list[index].Named) list[index] = new Candidate(full, list[index].DisplayPath, true);
                continue;
            }

            byPath[full] = list.Count;
            list.Add(new Candidate(full, DisplayPath(full, projectDirectory), named));
        }

        list.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return list;
    }

    private void LogFinding(string file, Finding finding)
    {
        file = Printable.Escape(file); // a newline in a file name would split the logged line
        string? helpLink = RuleCatalog.FindDescriptor(finding.RuleId)?.HelpUri;

        // End line and column stay 0: GitHub's problem matcher for dotnet reads file(line,col) but not
        // file(line,col,endLine,endCol). The SARIF log keeps the full range.
        switch (finding.Severity)
        {
            case Severity.Error:
                Log.LogError(null, finding.RuleId, null, helpLink, file, finding.StartLine, finding.StartColumn, 0, 0, finding.Message);
                break;
            case Severity.Warning:
                Log.LogWarning(null, finding.RuleId, null, helpLink, file, finding.StartLine, finding.StartColumn, 0, 0, finding.Message);
                break;
            case Severity.Suggestion:
                Log.LogMessage(null, finding.RuleId, null, file, finding.StartLine, finding.StartColumn, 0, 0, MessageImportance.Normal, "{0}({1},{2}): info {3}: {4}", file, finding.StartLine, finding.StartColumn, finding.RuleId, finding.Message);
                break;
        }
    }

    private void LogConfigError(ConfigException ex, string projectDirectory)
    {
        string file = DisplayPath(Path.GetFullPath(Path.Combine(projectDirectory, ex.FilePath)), projectDirectory);
        Log.LogError(null, "TL1000", null, null, file, ex.Line, ex.Column, 0, 0, ex.Message);
    }

    private void SaveCache(string cachePath, string toolKey, Dictionary<string, CacheEntry> previous, CacheEntry?[] entries)
    {
        var current = new List<CacheEntry>();
        bool changed = false;
        foreach (var entry in entries)
        {
            if (entry is null) continue;
            current.Add(entry);
            if (!previous.TryGetValue(entry.FullPath, out var old) || !ReferenceEquals(old, entry)) changed = true;
        }

        if (!changed && current.Count == previous.Count && File.Exists(cachePath)) return;
        try
        {
            LintCache.Write(cachePath, toolKey, current);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time: the next build lints again.
            Log.LogMessage(MessageImportance.Low, "TranscriptLint: could not write the cache {0}: {1}", cachePath, ex.Message);
        }
    }

    private void WriteSarif(string path, string projectDirectory, List<Diagnostic> diagnostics)
    {
        try
        {
            AtomicFile.Write(path, writer => SarifLog.Write(writer, projectDirectory, diagnostics));
            Log.LogMessage(MessageImportance.Normal, "TranscriptLint: SARIF log written to {0}", path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Log.LogError(null, null, null, path, 0, 0, 0, 0, "TranscriptLint: cannot write the SARIF log: " + ex.Message);
        }
    }

    /// <summary>
    /// Which config applies and the hash of everything it was built from (its text and every roster file it read):
    /// editing, adding or removing a config or a roster re-lints the files it governs.
    /// </summary>
    private static string GetConfigKey(TranscriptLintConfig? config) =>
        config is null ? "-" : Path.GetFullPath(config.FilePath) + "|" + config.ContentHash;

    /// <summary>SHA-256 of the file's bytes; a marker for a file that is not read (special, too large) or cannot be.</summary>
    private static string HashContent(string path)
    {
        try
        {
            var bytes = BoundedFile.ReadAllBytes(path, BoundedFile.MaxTranscriptBytes, out var reason);
            if (bytes is null) return "unread:" + reason;
            using var sha = SHA256.Create();
            return BitConverter.ToString(sha.ComputeHash(bytes)).Replace("-", string.Empty);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return "unreadable:" + Guid.NewGuid().ToString("N"); // never matches: the lint reports the error
        }
    }

    /// <summary>Relative to the project folder when the file is under it (as MSBuild shows project files), else the full path.</summary>
    internal static string DisplayPath(string fullPath, string projectDirectory)
    {
        string root = projectDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return fullPath.StartsWith(root, comparison) ? fullPath.Substring(root.Length) : fullPath;
    }

    private readonly struct Candidate
    {
        public Candidate(string fullPath, string displayPath, bool named)
        {
            FullPath = fullPath;
            DisplayPath = displayPath;
            Named = named;
        }

        public string FullPath { get; }

        public string DisplayPath { get; }

        public bool Named { get; }
    }
}
