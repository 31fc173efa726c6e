using System;
using System.Collections.Generic;
using System.Text;
using TranscriptLint.Diagnostics;
using TranscriptLint.Engine;
using TranscriptLint.Text;

namespace TranscriptLint.Tasks;

/// <summary>
/// The build's run-level passes (TL0013 across files, then the baseline), replayed from the last build's run record
/// when nothing they read has changed: the same files with the same cache keys, and the same baseline. They are pure
/// functions of those, so a no-op build gives their findings without building the speaker census. Anything else runs
/// them and records what they gave.
/// </summary>
internal sealed class RunReplay : IRunPass
{
    private readonly IReadOnlyList<IRunPass> passes;
    private readonly TaskResultCache cache;
    private readonly RunRecord? previous;
    private readonly string baselineKey;
    private readonly BaselinePass? baseline;
    private RunRecord? replayed;

    /// <param name="passes">The passes in the order they run.</param>
    /// <param name="cache">This build's per-file entries, whose keys make the run's key.</param>
    /// <param name="previous">The last build's record, if any.</param>
    /// <param name="baseline">The baseline pass among <paramref name="passes"/>, whose counts are recorded.</param>
    /// <param name="baselineKey">What identifies the baseline's content ("" for none): a changed baseline runs the passes.</param>
    public RunReplay(IReadOnlyList<IRunPass> passes, TaskResultCache cache, RunRecord? previous, BaselinePass? baseline, string baselineKey)
    {
        this.passes = passes;
        this.cache = cache;
        this.previous = previous;
        this.baseline = baseline;
        this.baselineKey = baselineKey;
    }

    /// <summary>The record to save for the next build (null when some file has no cache entry: nothing to key it on).</summary>
    public RunRecord? Current { get; private set; }

    /// <summary>Findings the baseline hid this build (replayed or counted by the baseline pass).</summary>
    public int BaselineAbsorbed => replayed?.BaselineAbsorbed ?? baseline?.LastMatch?.Absorbed ?? 0;

    /// <summary>Baseline entries that no longer occur this build.</summary>
    public int BaselineGone => replayed?.BaselineGone ?? baseline?.LastMatch?.Gone ?? 0;

    public IReadOnlyList<FileOutcome> Run(IReadOnlyList<FileOutcome> outcomes)
    {
        string? key = Key(outcomes);
        if (key is not null && previous is not null && string.Equals(previous.Key, key, StringComparison.Ordinal))
        {
            replayed = previous;
            Current = previous;
            return Replay(outcomes, previous);
        }

        var final = outcomes;
        foreach (var pass in passes) final = pass.Run(final);
        if (key is not null) Current = Record(key, outcomes, final);
        return final;
    }

    private static IReadOnlyList<FileOutcome> Replay(IReadOnlyList<FileOutcome> outcomes, RunRecord record)
    {
        var final = new FileOutcome[outcomes.Count];
        for (int i = 0; i < outcomes.Count; i++)
        {
            var outcome = outcomes[i];
            final[i] = outcome;
            if (!outcome.IsLinted || outcome.Result is not { } result || !record.ChangedFindings.TryGetValue(outcome.FullPath, out var findings)) continue;
            var diagnostics = new List<Diagnostic>(findings.Count);
            foreach (var finding in findings)
            {
                if (finding.ToDiagnostic(outcome.DisplayPath) is { } diagnostic) diagnostics.Add(diagnostic);
            }

            final[i] = outcome.WithResult(result.WithDiagnostics(diagnostics));
        }

        return final;
    }

    private RunRecord Record(string key, IReadOnlyList<FileOutcome> before, IReadOnlyList<FileOutcome> after)
    {
        // The passes keep the outcomes in order and only add or drop findings; a file whose findings are the very same
        // objects is not recorded (it replays its own).
        var changed = new Dictionary<string, IReadOnlyList<Finding>>(LintCache.PathComparer);
        for (int i = 0; i < after.Count && i < before.Count; i++)
        {
            if (after[i].Result is not { } final || before[i].Result is not { } own || SameFindings(own.Diagnostics, final.Diagnostics)) continue;
            var findings = new List<Finding>(final.Diagnostics.Count);
            foreach (var d in final.Diagnostics) findings.Add(Finding.From(d));
            changed[after[i].FullPath] = findings;
        }

        var match = baseline?.LastMatch;
        return new RunRecord(key, match?.Absorbed ?? 0, match?.Gone ?? 0, changed);
    }

    private static bool SameFindings(IReadOnlyList<Diagnostic> a, IReadOnlyList<Diagnostic> b)
    {
        if (a.Count != b.Count) return false;
        for (int i = 0; i < a.Count; i++)
        {
            if (!ReferenceEquals(a[i], b[i])) return false;
        }

        return true;
    }

    /// <summary>SHA-256 over every file's cache key in run order and the baseline's key; null when a file has no entry.</summary>
    private string? Key(IReadOnlyList<FileOutcome> outcomes)
    {
        var text = new StringBuilder(baselineKey).Append('\0');
        foreach (var outcome in outcomes)
        {
            if (outcome.Error is not null || outcome.ConfigError is not null || cache.EntryFor(outcome.FullPath) is not { } entry) return null;
            text.Append(entry.FullPath).Append('\0')
                .Append(outcome.DisplayPath).Append('\0')
                .Append(entry.Size.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\0')
                .Append(entry.ContentHash).Append('\0')
                .Append(entry.ConfigKey).Append('\0')
                .Append(entry.Named ? '1' : '0').Append('\0');
        }

        return ContentHash.Of(text.ToString());
    }
}
