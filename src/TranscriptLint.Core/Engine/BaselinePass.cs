using System;
using System.Collections.Generic;
using System.IO;

namespace TranscriptLint.Engine;

/// <summary>
/// A <see cref="Baseline"/> as a run-level pass (the MSBuild task's; the CLI applies its own): after the other passes
/// (TL0013 included), each linted file keeps only its findings beyond the baseline. Files are matched by their path
/// relative to the baseline's folder, as <c>transcriptlint baseline</c> writes them.
/// </summary>
public sealed class BaselinePass : IRunPass
{
    public BaselinePass(Baseline baseline, string baselinePath)
    {
        Baseline = baseline;
        Folder = Path.GetDirectoryName(Path.GetFullPath(baselinePath)) ?? string.Empty;
    }

    public Baseline Baseline { get; }

    /// <summary>The baseline's folder: entries name files relative to it.</summary>
    public string Folder { get; }

    /// <summary>The match of the last run: how many findings the baseline hid, and how many of its entries are gone.</summary>
    public BaselineMatch? LastMatch { get; private set; }

    public IReadOnlyList<FileOutcome> Run(IReadOnlyList<FileOutcome> outcomes)
    {
        var match = Baseline.Match();
        var kept = new FileOutcome[outcomes.Count];
        for (int i = 0; i < outcomes.Count; i++)
        {
            var outcome = outcomes[i];
            kept[i] = outcome.IsLinted && outcome.Result is { } result
                ? outcome.WithResult(result.WithDiagnostics(match.Filter(RelativeFile(Folder, outcome.FullPath), result.Diagnostics)))
                : outcome;
        }

        LastMatch = match;
        return kept;
    }

    /// <summary>
    /// <paramref name="fullPath"/> relative to <paramref name="folder"/> with '/' separators ('..' when outside it), as
    /// the baseline file keys files; the full path (with '/') when they share no root.
    /// </summary>
    public static string RelativeFile(string folder, string fullPath)
    {
        char[] separators = { '/', '\\' };
        var from = Path.GetFullPath(folder).Split(separators, StringSplitOptions.RemoveEmptyEntries);
        var to = Path.GetFullPath(fullPath).Split(separators, StringSplitOptions.RemoveEmptyEntries);
        var comparer = LintSession.PathComparer;
        int common = 0;
        while (common < from.Length && common < to.Length && comparer.Equals(from[common], to[common])) common++;
        if (common == 0 && Path.DirectorySeparatorChar == '\\') return fullPath.Replace('\\', '/');
        var parts = new List<string>();
        for (int i = common; i < from.Length; i++) parts.Add("..");
        for (int i = common; i < to.Length; i++) parts.Add(to[i]);
        return string.Join("/", parts);
    }
}
