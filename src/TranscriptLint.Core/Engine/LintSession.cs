using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TranscriptLint.Configuration;
using TranscriptLint.Diagnostics;
using TranscriptLint.Text;

namespace TranscriptLint.Engine;

/// <summary>One input of a run: a path to probe (file or folder), or a file the host already knows is one.</summary>
public readonly struct LintInput
{
    private LintInput(string fullPath, string given, LintInputKind kind)
    {
        FullPath = fullPath;
        Given = given;
        Kind = kind;
    }

    public string FullPath { get; }

    /// <summary>The path as the user wrote it (problems quote it).</summary>
    public string Given { get; }

    public LintInputKind Kind { get; }

    /// <summary>A path named by the user: a file is linted even if it does not look like a transcript; a folder is walked.</summary>
    public static LintInput Path(string fullPath, string given) => new(fullPath, given, LintInputKind.Path);

    /// <summary>A file added by hand (an MSBuild item outside the default globs): always linted, as a named path.</summary>
    public static LintInput NamedFile(string fullPath) => new(fullPath, fullPath, LintInputKind.NamedFile);

    /// <summary>A file found by the host's own globs: linted only if its config includes it and it looks like a transcript.</summary>
    public static LintInput FoundFile(string fullPath) => new(fullPath, fullPath, LintInputKind.FoundFile);
}

public enum LintInputKind
{
    Path,
    NamedFile,
    FoundFile,
}

/// <summary>A file the session will lint: where it is, how it is shown, whether it was named, and the config that applies.</summary>
public sealed class PlannedFile
{
    public PlannedFile(string fullPath, string displayPath, bool named, TranscriptLintConfig? config)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        Named = named;
        Config = config;
    }

    public string FullPath { get; }

    public string DisplayPath { get; }

    public bool Named { get; }

    /// <summary>The transcriptlint.json that applies, or null for the defaults.</summary>
    public TranscriptLintConfig? Config { get; }
}

/// <summary>How a <see cref="LintSession"/> runs.</summary>
public sealed class LintSessionOptions
{
    /// <summary>One transcriptlint.json for every file (full path); null for the nearest one above each file.</summary>
    public string? ExplicitConfigPath { get; init; }

    /// <summary>Transcripts larger than this are skipped with a note.</summary>
    public long MaxFileBytes { get; init; } = BoundedFile.MaxTranscriptBytes;

    /// <summary>Passes over the whole run, called in order after every file.</summary>
    public IReadOnlyList<IRunPass> RunPasses { get; init; } = Array.Empty<IRunPass>();

    /// <summary>
    /// Keep each file's findings packed into bytes from when it is linted until the run ends (read back as new objects
    /// on each enumeration): about a third of the memory, for a host that holds a large run's findings to report them
    /// at the end.
    /// </summary>
    public bool PackFindings { get; init; }

    /// <summary>A per-file result cache, or null to lint every file.</summary>
    public IFileResultCache? Cache { get; init; }

    public CancellationToken CancellationToken { get; init; }
}

/// <summary>What a run gave: every file considered, in display-path order, and counts for the log.</summary>
public sealed class LintSessionResult
{
    internal LintSessionResult(IReadOnlyList<FileOutcome> outcomes, int considered, int relinted, bool configFailed)
    {
        Outcomes = outcomes;
        Considered = considered;
        Relinted = relinted;
        ConfigFailed = configFailed;
    }

    /// <summary>Sorted by display path (ordinal); includes files skipped as not transcripts and files that failed.</summary>
    public IReadOnlyList<FileOutcome> Outcomes { get; }

    /// <summary>Files planned for linting (after the config's include/exclude).</summary>
    public int Considered { get; }

    /// <summary>Files linted afresh (the rest were replayed from the cache).</summary>
    public int Relinted { get; }

    /// <summary>True when the explicit config is broken: nothing was linted.</summary>
    public bool ConfigFailed { get; }

    public IEnumerable<FileOutcome> Linted => Outcomes.Where(o => o.IsLinted);

    public IEnumerable<Diagnostic> Diagnostics => Linted.SelectMany(o => o.Result!.Diagnostics);
}

/// <summary>
/// One lint run, the same for every front end: the file plan (named paths, folder walks, files the host found; the
/// config's include/exclude; files that do not look like transcripts; binary, special and oversized files), config
/// discovery and caching, roster loading (through the config), per-file linting in parallel, run-level passes,
/// deterministic order and problem reporting. The host (<see cref="ILintHost"/>) is its only way out of Core.
/// </summary>
public sealed class LintSession
{
    private readonly ILintHost host;
    private readonly LintSessionOptions options;
    private readonly FileLinter linter;

    public LintSession(ILintHost host, LintSessionOptions? options = null)
    {
        this.host = host;
        this.options = options ?? new LintSessionOptions();
        Configs = new ConfigResolver(host, this.options.ExplicitConfigPath);
        linter = new FileLinter(Configs, this.options.MaxFileBytes, host);
    }

    /// <summary>Config discovery and the parsed configs of this run.</summary>
    public ConfigResolver Configs { get; }

    /// <summary>Case-insensitive where the file system usually is (Windows, macOS), ordinal elsewhere.</summary>
    public static StringComparer PathComparer { get; } =
        System.IO.Path.DirectorySeparatorChar == '\\' || System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.OSX)
            ? StringComparer.OrdinalIgnoreCase
            : StringComparer.Ordinal;

    /// <summary>
    /// Lints every input and returns the outcomes in display-path order. Problems and notes go to the host as they are
    /// met, in a stable order. Throws <see cref="OperationCanceledException"/> when cancelled.
    /// </summary>
    public LintSessionResult Run(IEnumerable<LintInput> inputs)
    {
        var cancel = options.CancellationToken;
        var reportedConfigErrors = new HashSet<string>(StringComparer.Ordinal);
        if (options.ExplicitConfigPath is not null)
        {
            try
            {
                _ = Configs.ExplicitConfig;
            }
            catch (ConfigException ex)
            {
                ReportConfigError(ex, reportedConfigErrors);
                return new LintSessionResult(Array.Empty<FileOutcome>(), 0, 0, configFailed: true);
            }
        }

        var outcomes = new List<FileOutcome>();
        var planned = Plan(inputs, reportedConfigErrors, outcomes);

        var trimmers = new List<IOutcomeTrimmer>();
        foreach (var pass in options.RunPasses)
        {
            if (pass is ITrimmingRunPass trimming && trimming.StartRun() is { } trimmer) trimmers.Add(trimmer);
        }

        var linted = new FileOutcome[planned.Count];
        int relinted = 0;
        // One file per core at a time. Without a cap, Parallel.For takes every thread the pool will give it, and the pool
        // keeps adding threads while the loop's workers stay busy (12 to 18 threads over a 25,000-file run on 2 cores):
        // more files in flight at once, each with its text and document model, so memory grew with the run's length.
        var parallel = new ParallelOptions { CancellationToken = cancel, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, planned.Count, parallel, i =>
        {
            var outcome = LintPlanned(planned[i], cancel, out bool fresh);
            foreach (var trimmer in trimmers) outcome = trimmer.Trim(outcome);
            if (options.PackFindings && outcome.Result is { Diagnostics.Count: > 0 } result)
            {
                outcome = outcome.WithResult(result.WithDiagnostics(PackedDiagnostics.Pack(result.Diagnostics)));
            }

            linted[i] = outcome;
            if (fresh) Interlocked.Increment(ref relinted);
        });

        // What only the lint needed goes before the passes run: the plan and the trimmers' counts over the run.
        int considered = planned.Count;
        planned.Clear();
        trimmers.Clear();

        outcomes.AddRange(linted);
        outcomes.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        IReadOnlyList<FileOutcome> final = outcomes;
        foreach (var pass in options.RunPasses) final = pass.Run(final);

        foreach (var outcome in final)
        {
            if (outcome.ConfigError is { } configError)
            {
                ReportConfigError(configError, reportedConfigErrors);
            }
            else if (outcome.Error is not null)
            {
                host.Report(new LintProblem(LintProblemKind.UnreadableFile, outcome.FullPath, outcome.DisplayPath, outcome.Error));
            }
            else if (outcome.Result?.SkippedReason is { } reason && (outcome.SkipIsNotable || outcome.IsNamed))
            {
                host.Report(new LintProblem(LintProblemKind.Skipped, outcome.FullPath, outcome.DisplayPath, reason) { IsNotable = outcome.SkipIsNotable });
            }
        }

        return new LintSessionResult(final, considered, relinted, configFailed: false);
    }

    /// <summary>
    /// The files to lint, in display-path order: the inputs gathered, probed and matched against their config's
    /// include/exclude. Files whose config is broken go to <paramref name="outcomes"/>.
    /// </summary>
    private List<PlannedFile> Plan(IEnumerable<LintInput> inputs, HashSet<string> reportedConfigErrors, List<FileOutcome> outcomes)
    {
        var cancel = options.CancellationToken;
        var candidates = Gather(inputs, reportedConfigErrors);
        var planned = new List<PlannedFile>(candidates.Count);
        foreach (var (fullPath, display, named, probe) in candidates)
        {
            cancel.ThrowIfCancellationRequested();
            if (probe && host.Probe(fullPath, fullPath, out string? whyNot) != InputKind.File)
            {
                host.Report(new LintProblem(LintProblemKind.MissingInput, fullPath, display, whyNot ?? "the file does not exist."));
                continue;
            }

            TranscriptLintConfig? config;
            try
            {
                config = Configs.ForFile(fullPath);
            }
            catch (ConfigException ex)
            {
                outcomes.Add(new FileOutcome(fullPath, display, null, null, ex) { IsNamed = named });
                continue;
            }

            // A file the host found (not named) is a folder-walk candidate: the config's include/exclude globs decide.
            if (!named && config is not null && !config.IsIncluded(fullPath)) continue;
            planned.Add(new PlannedFile(fullPath, display, named, config));
        }

        return planned;
    }

    /// <summary>
    /// One file, as <see cref="Run"/> would lint it, for hosts that are called per file (the analyzer): null when the
    /// plan drops it (a found file its config excludes). No run-level passes.
    /// </summary>
    public FileOutcome? LintFile(string fullPath, bool named, CancellationToken cancellationToken)
    {
        string display = host.GetDisplayPath(fullPath);
        TranscriptLintConfig? config;
        try
        {
            config = Configs.ForFile(fullPath);
        }
        catch (ConfigException ex)
        {
            return new FileOutcome(fullPath, display, null, null, ex) { IsNamed = named };
        }

        if (!named && config is not null && !config.IsIncluded(fullPath)) return null;
        return LintPlanned(new PlannedFile(fullPath, display, named, config), cancellationToken, out _);
    }

    private FileOutcome LintPlanned(PlannedFile file, CancellationToken cancel, out bool fresh)
    {
        if (options.Cache?.TryReplay(file, cancel) is { } replayed)
        {
            fresh = false;
            return replayed;
        }

        fresh = true;
        if (linter.Read(file.FullPath, file.DisplayPath, cancel, out var bytes, out var unread) is { } failed)
        {
            return new FileOutcome(failed.FullPath, failed.DisplayPath, null, failed.Error, null) { IsNamed = file.Named };
        }

        var settings = file.Config?.GetFileSettings(file.FullPath) ?? FileSettings.Default;
        // Only a cache needs the bytes after the lint (to key its entry); otherwise the lint drops them once decoded.
        var forCache = options.Cache is null ? null : bytes;
        var outcome = linter.Lint(file.FullPath, file.DisplayPath, file.Named, settings, ref bytes, unread);
        outcome = new FileOutcome(outcome.FullPath, outcome.DisplayPath, outcome.Result, outcome.Error, outcome.ConfigError)
        {
            IsLinted = outcome.IsLinted,
            SkipIsNotable = outcome.SkipIsNotable,
            IsNamed = file.Named,
        };
        options.Cache?.Record(file, forCache, unread, outcome);
        return outcome;
    }

    private List<(string FullPath, string DisplayPath, bool Named, bool Probe)> Gather(IEnumerable<LintInput> inputs, HashSet<string> reportedConfigErrors)
    {
        var list = new List<(string FullPath, bool Named, bool Probe)>();
        var index = new Dictionary<string, int>(PathComparer);
        void Add(string fullPath, bool named, bool probe)
        {
            if (index.TryGetValue(fullPath, out int at))
            {
                // Named anywhere wins: a file both found and named is linted as named.
                if (named && !list[at].Named) list[at] = (fullPath, true, list[at].Probe);
                return;
            }

            index[fullPath] = list.Count;
            list.Add((fullPath, named, probe));
        }

        foreach (var input in inputs)
        {
            switch (input.Kind)
            {
                case LintInputKind.NamedFile:
                    Add(input.FullPath, named: true, probe: true);
                    break;
                case LintInputKind.FoundFile:
                    Add(input.FullPath, named: false, probe: true);
                    break;
                default:
                    switch (host.Probe(input.FullPath, input.Given, out string? whyNot))
                    {
                        case InputKind.File:
                            Add(input.FullPath, named: true, probe: false);
                            break;
                        case InputKind.Folder:
                            Walk(input.FullPath, reportedConfigErrors, file => Add(file, named: false, probe: false));
                            break;
                        default:
                            host.Report(new LintProblem(LintProblemKind.MissingInput, input.FullPath, input.Given, whyNot ?? $"'{input.Given}' does not exist."));
                            break;
                    }

                    break;
            }
        }

        // Each display path worked out once, not twice per comparison.
        var sorted = new List<(string FullPath, string DisplayPath, bool Named, bool Probe)>(list.Count);
        foreach (var (fullPath, named, probe) in list) sorted.Add((fullPath, host.GetDisplayPath(fullPath), named, probe));
        sorted.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return sorted;
    }

    private void Walk(string root, HashSet<string> reportedConfigErrors, Action<string> add)
    {
        void Unreadable(string folder, Exception ex) =>
            host.Report(new LintProblem(LintProblemKind.UnreadableFolder, folder, host.GetDisplayPath(folder), ex.Message));

        try
        {
            foreach (var file in TranscriptFileFinder.Find(host, root, Configs, Unreadable))
            {
                options.CancellationToken.ThrowIfCancellationRequested();
                add(file);
            }
        }
        catch (ConfigException ex)
        {
            ReportConfigError(ex, reportedConfigErrors);
        }
    }

    private void ReportConfigError(ConfigException ex, HashSet<string> reported)
    {
        if (!reported.Add(ex.ToDisplayString())) return;
        string full = System.IO.Path.GetFullPath(ex.FilePath);
        host.Report(new LintProblem(LintProblemKind.ConfigError, full, host.GetDisplayPath(full), ex.Message, ex));
    }
}
