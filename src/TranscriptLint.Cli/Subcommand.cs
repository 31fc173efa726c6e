using System.Collections.Generic;
using System.IO;

namespace TranscriptLint.Cli;

/// <summary>What the subcommands (explain, speakers, init, fix, baseline) share: their usage errors and the lint they start from.</summary>
internal static class Subcommand
{
    /// <summary>An option the subcommand does not know: says so, points at its help, exit code 2.</summary>
    public static int UnknownOption(TextWriter stderr, string option, string command)
    {
        stderr.WriteLine($"transcriptlint: error: unknown option '{option}' for {command}.");
        return SeeHelp(stderr, command);
    }

    /// <summary>Points at the subcommand's help; exit code 2.</summary>
    public static int SeeHelp(TextWriter stderr, string command)
    {
        stderr.WriteLine($"Run 'transcriptlint {command} --help' for usage.");
        return Program.UsageOrIoError;
    }

    /// <summary>An option given without its value: exit code 2.</summary>
    public static int MissingValue(TextWriter stderr, string option)
    {
        stderr.WriteLine($"transcriptlint: error: {option} needs a value.");
        return Program.UsageOrIoError;
    }

    /// <summary>Lints the paths (the current folder when none) as the main command does, and prints its problems (and notes) on stderr.</summary>
    public static LintRun Lint(List<string> paths, string? configPath, string currentDirectory, TextWriter stderr, bool printNotes = true, bool keepSpeakerUses = false)
    {
        if (paths.Count == 0) paths.Add(".");
        var run = LintRun.Execute(paths, configPath, currentDirectory, keepSpeakerUses: keepSpeakerUses);
        foreach (var problem in run.Problems) stderr.WriteLine(problem);
        if (printNotes)
        {
            foreach (var note in run.Notes) stderr.WriteLine(note);
        }

        return run;
    }
}
