using System.Collections.Generic;

namespace TranscriptLint.Engine;

/// <summary>
/// TL0013 (speaker spellings across files) as a <see cref="LintSession"/> run-level pass: <see cref="RunPasses.Apply"/>
/// over the outcomes of the whole run. It needs every linted file's speaker uses (<see cref="LintResult.Speakers"/>) and
/// <see cref="LintResult.CrossFileSeverity"/>, so a host with a per-file cache must keep them in its entries and put
/// them back on a replayed result (the MSBuild task's cache does).
/// </summary>
public sealed class CrossFileSpellingPass : ITrimmingRunPass
{
    /// <summary>Keeps every file's speaker summary whole, for a host that reads it after the run (<c>fix</c> runs the pass again).</summary>
    public static readonly CrossFileSpellingPass Instance = new(trim: false);

    /// <summary>
    /// Drops label positions TL0013 cannot report as files are linted (<see cref="SpeakerUseTrimmer"/>): the same
    /// findings, with memory that does not grow with every label of the run. For a host that reports the findings and
    /// reads no <see cref="FileSpeaker.Uses"/> afterwards.
    /// </summary>
    public static readonly CrossFileSpellingPass Trimming = new(trim: true);

    private readonly bool trim;

    private CrossFileSpellingPass(bool trim)
    {
        this.trim = trim;
    }

    public IReadOnlyList<FileOutcome> Run(IReadOnlyList<FileOutcome> outcomes) => RunPasses.Apply(outcomes);

    public IOutcomeTrimmer? StartRun() => trim ? new SpeakerUseTrimmer() : null;
}
