using System.Collections.Generic;

namespace TranscriptLint.Engine;

/// <summary>
/// TL0013 (speaker spellings across files) as a <see cref="LintSession"/> run-level pass: <see cref="RunPasses.Apply"/>
/// over the outcomes of the whole run. It needs every linted file's speaker uses (<see cref="LintResult.Speakers"/>) and
/// <see cref="LintResult.CrossFileSeverity"/>, so a host with a per-file cache must keep them in its entries and put
/// them back on a replayed result (the MSBuild task's cache does).
/// </summary>
public sealed class CrossFileSpellingPass : IRunPass
{
    public static readonly CrossFileSpellingPass Instance = new();

    public IReadOnlyList<FileOutcome> Run(IReadOnlyList<FileOutcome> outcomes) => RunPasses.Apply(outcomes);
}
