using System.Collections.Generic;
using System.IO;

namespace TranscriptLint.Cli;

/// <summary>What the subcommands that lint (speakers, fix, baseline) share beyond their options: the lint they start from.</summary>
internal static class Subcommand
{
    /// <summary>Lints the paths as the main command does, and prints its problems (and notes) on stderr.</summary>
    public static LintRun Lint(IReadOnlyList<string> paths, string? configPath, string currentDirectory, TextWriter stderr, bool printNotes = true, bool keepSpeakerUses = false)
    {
        var run = LintRun.Execute(paths, configPath, currentDirectory, keepSpeakerUses: keepSpeakerUses);
        foreach (var problem in run.Problems) stderr.WriteLine(problem);
        if (printNotes)
        {
            foreach (var note in run.Notes) stderr.WriteLine(note);
        }

        return run;
    }
}
