using System.Collections.Generic;
using TranscriptLint.Diagnostics;
using TranscriptLint.Rules;

namespace TranscriptLint.Engine;

/// <summary>
/// The passes that need every file of a run (TL0013 today): run once after all files are linted, adding their
/// findings to the files they are in. Every host calls this on the files it reports.
/// </summary>
public static class RunPasses
{
    /// <summary>The outcomes with run-level findings added to the linted files; the others are returned as they are.</summary>
    public static FileOutcome[] Apply(IReadOnlyList<FileOutcome> outcomes)
    {
        var linted = new List<LintResult>();
        foreach (var outcome in outcomes)
        {
            if (outcome.IsLinted && outcome.Result is { } result) linted.Add(result);
        }

        var copy = new FileOutcome[outcomes.Count];
        for (int i = 0; i < outcomes.Count; i++) copy[i] = outcomes[i];
        var findings = CrossFileFindings(linted);
        if (findings.Count == 0) return copy;
        for (int i = 0; i < copy.Length; i++)
        {
            var outcome = copy[i];
            if (outcome.Result is not { } result || !findings.TryGetValue(result, out var more)) continue;
            copy[i] = outcome.WithResult(result.WithAdditional(more));
        }

        return copy;
    }

    /// <summary>
    /// The run-level findings alone, per linted result (for a host that reports them apart from the per-file ones, such
    /// as the analyzer at compilation end). Pass the results in display-path order, as <see cref="Apply"/> sees them.
    /// </summary>
    public static Dictionary<LintResult, List<Diagnostic>> CrossFileFindings(IReadOnlyList<LintResult> linted)
    {
        if (linted.Count < 2) return new Dictionary<LintResult, List<Diagnostic>>();
        return TL0013SpeakerSpellingAcrossFiles.Analyze(SpeakerCensus.Build(linted));
    }
}
