using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
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
/// changed, so a rebuild re-lints no unchanged transcript and still shows every finding (a build that changed nothing
/// counts them in one line unless <see cref="RepeatWarnings"/> is set). The cache also keeps each
/// file's speaker summary, so TL0013 (spellings across files) is worked out over the whole build every time: an edit
/// in one file can add or remove a finding in another whose own entry is unchanged.
/// </summary>
public sealed class LintTranscripts : MSBuildTask, ICancelableTask
{
    private readonly System.Threading.CancellationTokenSource cancellation = new();

    // This build's record (what it read and logged), while a full build runs with a cache; null otherwise.
    private BuildRecorder? recorder;

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

    /// <summary>
    /// A transcriptlint.baseline.json (written by <c>transcriptlint baseline</c>): only findings beyond it are reported.
    /// Empty for none; a file named here that does not exist is an error (the targets pass the default only if it exists).
    /// </summary>
    public string? BaselineFile { get; set; }

    /// <summary>Where to write a SARIF 2.1.0 log of all findings; empty for none.</summary>
    public string? SarifFile { get; set; }

    /// <summary>
    /// True: a build in which nothing the lint reads has changed logs every finding again, as the build that found
    /// them did. False (the default): it logs one line that counts them instead, as the compiler prints nothing when
    /// it is up to date. Errors, and warnings that this build treats as errors, are always logged again, so a failed
    /// build fails again.
    /// </summary>
    public bool RepeatWarnings { get; set; }

    /// <summary>How many files were linted again (the rest came from the cache, hashed again or known unchanged by their change stamp).</summary>
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
        string toolKey = typeof(LintTranscripts).Assembly.ManifestModule.ModuleVersionId.ToString("N") + ";" + typeof(TranscriptLinter).Assembly.ManifestModule.ModuleVersionId.ToString("N");
        string? cachePath = string.IsNullOrWhiteSpace(CacheFile) ? null : Path.GetFullPath(Path.Combine(projectDirectory, CacheFile!.Trim()));

        // A no-op build: nothing the last build read has changed, so it replays what that build logged.
        string? recordPath = cachePath is null ? null : BuildRecord.PathFor(cachePath);
        var inputs = Inputs(toolKey);
        if (recordPath is not null && BuildRecord.ReadIfCurrent(recordPath, inputs, DateTime.UtcNow) is { } last)
        {
            Replay(last);
            return !Log.HasLoggedErrors;
        }

        return Lint(projectDirectory, toolKey, cachePath, recordPath, inputs, cancel);
    }

    /// <summary>
    /// The build proper: lints what changed, replays the rest from the cache, runs the passes over the whole build and
    /// records it. A method of its own so that a no-op build never compiles it (nor loads the engine's types).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool Lint(string projectDirectory, string toolKey, string? cachePath, string? recordPath, BuildInputs inputs, System.Threading.CancellationToken cancel)
    {
        recorder = recordPath is null ? null : new BuildRecorder();
        var previous = cachePath is null ? CacheContents.Empty : LintCache.Read(cachePath, toolKey);
        var cache = new TaskResultCache(previous.Entries, BoundedFile.MaxTranscriptBytes, recorder);
        var passes = new List<IRunPass> { CrossFileSpellingPass.Instance };
        BaselinePass? baseline = null;
        string baselineKey = string.Empty;
        if (!string.IsNullOrWhiteSpace(BaselineFile))
        {
            string baselinePath = Path.GetFullPath(Path.Combine(projectDirectory, BaselineFile!.Trim()));
            try
            {
                recorder?.Watch(baselinePath);
                if (!File.Exists(baselinePath)) throw new ConfigException(baselinePath, 1, 1, "the baseline does not exist; write one with 'transcriptlint baseline', or clear TranscriptLintBaselineFile.");
                baseline = new BaselinePass(Baseline.Load(baselinePath), baselinePath);
                // What the baseline pass matches against: its entries, as the file would hold them.
                baselineKey = baselinePath + "|" + ContentHash.Of(baseline.Baseline.ToJson());
            }
            catch (ConfigException ex)
            {
                LogConfigError(ex, projectDirectory);
                return false;
            }

            // After TL0013, so a frozen cross-file finding stays hidden too.
            passes.Add(baseline);
        }

        // Both passes run on every build, after the cache (never cached per file); when no file, config or baseline
        // changed, their output is replayed from the last build.
        var runPasses = new RunReplay(passes, cache, previous.Run, baseline, baselineKey);
        var session = new LintSession(new TaskLintHost(this, projectDirectory, recorder), new LintSessionOptions
        {
            ExplicitConfigPath = string.IsNullOrWhiteSpace(ConfigFile) ? null : Path.GetFullPath(Path.Combine(projectDirectory, ConfigFile!.Trim())),
            Cache = cachePath is null ? null : cache,
            RunPasses = new IRunPass[] { runPasses },
            CancellationToken = cancel,
        });
        var result = session.Run(GetInputs(projectDirectory, inputs));
        if (result.ConfigFailed)
        {
            // No record: a broken config is read again, and reported again, on every build until it is mended.
            if (recordPath is not null) BuildRecord.Delete(recordPath);
            return false;
        }

        ReReadCount = result.Relinted;
        var reported = new List<Diagnostic>();
        int linted = 0;
        foreach (var outcome in result.Linted)
        {
            linted++;
            foreach (var diagnostic in outcome.Result!.Diagnostics)
            {
                LogFinding(outcome.DisplayPath, Finding.From(diagnostic));
                reported.Add(diagnostic);
            }
        }

        LogRelinted(result.Relinted, result.Considered, linted);
        recorder?.Logged(null);
        if (baseline is not null)
        {
            string where = DisplayPath(Path.GetFullPath(Path.Combine(projectDirectory, BaselineFile!.Trim())), projectDirectory);
            int absorbed = runPasses.BaselineAbsorbed;
            int gone = runPasses.BaselineGone;
            if (absorbed > 0) Emit(new LoggedEvent(LoggedEventKind.Message, string.Format(CultureInfo.InvariantCulture, "TranscriptLint: {0} finding(s) in the baseline {1} not shown.", absorbed, where)));
            if (gone > 0) Emit(new LoggedEvent(LoggedEventKind.Message, string.Format(CultureInfo.InvariantCulture, "TranscriptLint: {0} baseline entr{1} in {2} no longer occur; run 'transcriptlint --update-baseline' to drop them.", gone, gone == 1 ? "y" : "ies", where)));
        }

        if (cachePath is not null)
        {
            SaveCache(cachePath, toolKey, previous, cache.Entries, runPasses.Current);

            // The record stands for the cache as it is now: a cache damaged or removed since is a reason to build.
            recorder?.Wrote(cachePath);
            recorder?.Wrote(LintCache.SpeakersPath(cachePath));
        }

        if (!string.IsNullOrWhiteSpace(SarifFile)) WriteSarif(Path.GetFullPath(Path.Combine(projectDirectory, SarifFile!.Trim())), projectDirectory, reported);
        if (recordPath is not null && recorder is not null && !cancel.IsCancellationRequested) WriteRecord(recordPath, inputs, recorder, result.Considered, linted);

        return !Log.HasLoggedErrors;
    }

    /// <summary>What this build's result depends on besides the files it reads (see <see cref="BuildInputs"/>).</summary>
    private BuildInputs Inputs(string toolKey)
    {
        var items = new List<KeyValuePair<string, bool>>(Transcripts.Length);
        foreach (var item in Transcripts)
        {
            items.Add(new KeyValuePair<string, bool>(item.ItemSpec, string.Equals(item.GetMetadata(DefaultItemMetadata), "true", StringComparison.OrdinalIgnoreCase)));
        }

        return new BuildInputs(toolKey, new[] { ProjectDirectory, ConfigFile ?? string.Empty, BaselineFile ?? string.Empty, SarifFile ?? string.Empty, CacheFile ?? string.Empty }, items);
    }

    /// <summary>
    /// Logs what the last build logged, with its "re-linted" summary saying that none was; its findings are counted in
    /// one line instead unless <see cref="RepeatWarnings"/> is set or any of them fails the build.
    /// </summary>
    private void Replay(BuildRecord last)
    {
        ReReadCount = 0;
        var unchanged = RepeatWarnings ? null : UnchangedFindings.Count(last.Events, WouldBeError);
        foreach (var e in last.Events)
        {
            if (e is null) LogRelinted(0, last.Considered, last.Linted);
            else if (unchanged is null || !UnchangedFindings.IsFinding(e)) e.LogTo(Log);
        }

        if (unchanged is { Findings: > 0 } counted) Log.LogMessage(MessageImportance.High, counted.Describe(string.IsNullOrWhiteSpace(SarifFile) ? null : SarifFile!.Trim()));
    }

    /// <summary>
    /// Whether MSBuild turns a warning with this code into an error in this build (TreatWarningsAsErrors,
    /// WarningsAsErrors, -warnaserror); true when the engine cannot say, so that nothing that fails is left out.
    /// </summary>
    private bool WouldBeError(string code) => BuildEngine is not IBuildEngine8 engine || engine.ShouldTreatWarningAsError(code);

    private void LogRelinted(int relinted, int considered, int linted) =>
        Log.LogMessage(MessageImportance.Normal, "TranscriptLint: {0} of {1} transcripts re-linted, {2} linted.", relinted, considered, linted);

    /// <summary>Logs an event of this build and keeps it for the build record.</summary>
    internal void Emit(LoggedEvent e)
    {
        recorder?.Logged(e);
        e.LogTo(Log);
    }

    private void WriteRecord(string recordPath, BuildInputs inputs, BuildRecorder recorder, int considered, int linted)
    {
        try
        {
            BuildRecord.Write(recordPath, inputs, recorder, considered, linted);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The record only saves time: the next build takes the cache's path.
            Log.LogMessage(MessageImportance.Low, "TranscriptLint: could not write the build record {0}: {1}", recordPath, ex.Message);
        }
    }

    /// <summary>Items from the default globs are found files (the config and the look of the file decide); the rest are named.</summary>
    private static IEnumerable<LintInput> GetInputs(string projectDirectory, BuildInputs inputs)
    {
        foreach (var item in inputs.Items)
        {
            string spec = item.Key;
            if (string.IsNullOrWhiteSpace(spec)) continue;
            string full = Path.GetFullPath(Path.Combine(projectDirectory, spec));
            yield return item.Value ? LintInput.FoundFile(full) : LintInput.NamedFile(full);
        }
    }

    private void LogFinding(string file, Finding finding)
    {
        file = Printable.Escape(file); // a newline in a file name would split the logged line
        string? helpLink = RuleCatalog.FindDescriptor(finding.RuleId)?.HelpUri;
        switch (finding.Severity)
        {
            case Severity.Error:
                Emit(new LoggedEvent(LoggedEventKind.Error, finding.Message, finding.RuleId, helpLink, file, finding.StartLine, finding.StartColumn));
                break;
            case Severity.Warning:
                Emit(new LoggedEvent(LoggedEventKind.Warning, finding.Message, finding.RuleId, helpLink, file, finding.StartLine, finding.StartColumn));
                break;
            case Severity.Suggestion:
                string text = string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): info {3}: {4}", file, finding.StartLine, finding.StartColumn, finding.RuleId, finding.Message);
                Emit(new LoggedEvent(LoggedEventKind.Message, text, finding.RuleId, null, file, finding.StartLine, finding.StartColumn));
                break;
        }
    }

    internal void LogConfigError(ConfigException ex, string projectDirectory)
    {
        string file = DisplayPath(Path.GetFullPath(Path.Combine(projectDirectory, ex.FilePath)), projectDirectory);
        Emit(new LoggedEvent(LoggedEventKind.Error, ex.Message, ReportingCodes.ConfigErrorId, null, file, ex.Line, ex.Column));
    }

    private void SaveCache(string cachePath, string toolKey, CacheContents previous, IReadOnlyList<CacheEntry> entries, RunRecord? run)
    {
        var current = new List<CacheEntry>();
        bool changed = !ReferenceEquals(previous.Run, run);
        foreach (var entry in entries)
        {
            current.Add(entry);
            if (!previous.Entries.TryGetValue(entry.FullPath, out var old) || !ReferenceEquals(old, entry)) changed = true;
        }

        if (!changed && current.Count == previous.Entries.Count && File.Exists(cachePath) && File.Exists(LintCache.SpeakersPath(cachePath))) return;
        try
        {
            LintCache.Write(cachePath, toolKey, current, run);
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
            recorder?.Wrote(path);
            Emit(new LoggedEvent(LoggedEventKind.Message, "TranscriptLint: SARIF log written to " + path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Emit(new LoggedEvent(LoggedEventKind.Error, "TranscriptLint: cannot write the SARIF log: " + ex.Message, file: path));
        }
    }

    /// <summary>Relative to the project folder when the file is under it (as MSBuild shows project files), else the full path.</summary>
    internal static string DisplayPath(string fullPath, string projectDirectory) => RelativeTo(fullPath, FolderPrefix(projectDirectory));

    /// <summary><paramref name="fullPath"/> without <paramref name="folderPrefix"/> (from <see cref="FolderPrefix"/>) when it starts with it.</summary>
    internal static string RelativeTo(string fullPath, string folderPrefix)
    {
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return fullPath.StartsWith(folderPrefix, comparison) ? fullPath.Substring(folderPrefix.Length) : fullPath;
    }

    /// <summary>The folder with one separator at its end: what the paths under it start with.</summary>
    internal static string FolderPrefix(string folder) =>
        folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
}
