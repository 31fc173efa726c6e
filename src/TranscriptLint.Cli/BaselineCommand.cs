using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using TranscriptLint.Configuration;
using TranscriptLint.Engine;

namespace TranscriptLint.Cli;

/// <summary>
/// <c>transcriptlint baseline [paths…] [--config FILE] [--output FILE]</c>: freezes today's findings in
/// <c>transcriptlint.baseline.json</c>; the lint then reports only findings beyond it (<see cref="Apply"/>).
/// </summary>
internal static class BaselineCommand
{
    public static Command Create(string currentDirectory)
    {
        var paths = SharedOptions.Paths();
        var config = SharedOptions.Config();
        var output = SharedOptions.Output("Write the baseline to FILE (default: transcriptlint.baseline.json beside the nearest transcriptlint.json, else in the current folder).");
        var command = new Command(
            "baseline",
            "Writes today's findings to a baseline; a later lint reports only findings beyond it (--update-baseline drops the entries that no longer occur). Exit codes: 0 written, 2 usage, config or I/O error.")
        {
            paths,
            config,
            output,
        };
        command.SetAction(parse => Run(
            parse.GetPaths(paths),
            parse.GetValue(config),
            parse.GetValue(output),
            parse.InvocationConfiguration.Error,
            currentDirectory));
        return command;
    }

    private static int Run(List<string> paths, string? configPath, string? outputPath, TextWriter stderr, string currentDirectory)
    {
        var run = Subcommand.Lint(paths, configPath, currentDirectory, stderr);
        if (run.Problems.Count > 0) return Program.UsageOrIoError;

        string target = outputPath is null ? DefaultPath(paths, configPath, currentDirectory) : Path.GetFullPath(outputPath, currentDirectory);
        if (Directory.Exists(target))
        {
            stderr.WriteLine($"transcriptlint: error: '{outputPath}' is a folder; name a file for the baseline.");
            return Program.UsageOrIoError;
        }

        string folder = Path.GetDirectoryName(target)!;
        var baseline = Baseline.FromFindings(run.Linted.SelectMany(o => o.Result!.Diagnostics.Select(d => (RelativeFile(folder, o.FullPath), d))));
        Write(target, baseline);
        stderr.WriteLine($"Wrote {Count(baseline.FindingCount, "finding")} ({Count(baseline.Entries.Count, "entry", "entries")}) to {Display(target, currentDirectory)}.");
        return Program.Success;
    }

    /// <summary>
    /// The lint's side: loads the baseline (--baseline, else the default file if it exists), keeps only the findings
    /// beyond it, says on stderr how many baselined findings no longer occur, and with <paramref name="update"/>
    /// rewrites it with only what still occurs. Returns the run unchanged when there is no baseline.
    /// </summary>
    public static LintRun Apply(LintRun run, IReadOnlyList<string> paths, string? configPath, string? baselinePath, bool update, TextWriter stderr, string currentDirectory)
    {
        string path = baselinePath is null ? DefaultPath(paths, configPath, currentDirectory) : Path.GetFullPath(baselinePath, currentDirectory);
        if (!File.Exists(path))
        {
            if (baselinePath is not null) throw new ConfigException(path, 1, 1, "the baseline does not exist; write one with 'transcriptlint baseline'.");
            if (update) stderr.WriteLine($"transcriptlint: no baseline at {Display(path, currentDirectory)} to update.");
            return run;
        }

        var baseline = Baseline.Load(path);
        var match = baseline.Match();
        string folder = Path.GetDirectoryName(path)!;
        var outcomes = run.Outcomes.Select(o => o.IsLinted && o.Result is { } result
            ? o.WithResult(result.WithDiagnostics(match.Filter(RelativeFile(folder, o.FullPath), result.Diagnostics)))
            : o).ToList();
        string where = Display(path, currentDirectory);
        if (match.Absorbed > 0) stderr.WriteLine($"transcriptlint: {Count(match.Absorbed, "finding")} in the baseline {where} not shown.");
        if (update && run.Problems.Count > 0)
        {
            stderr.WriteLine($"transcriptlint: {where} not updated: the run had errors, so a finding missing today may be a file that was not read.");
        }
        else if (update)
        {
            var shrunk = match.StillOccurring();
            Write(path, shrunk);
            stderr.WriteLine($"transcriptlint: updated {where}: {Count(match.Gone, "finding")} that no longer {(match.Gone == 1 ? "occurs" : "occur")} dropped, {Count(shrunk.FindingCount, "finding")} left.");
        }
        else if (match.Gone > 0)
        {
            stderr.WriteLine($"transcriptlint: {Count(match.Gone, "baseline entry", "baseline entries")} in {where} no longer {(match.Gone == 1 ? "occurs" : "occur")}; run with --update-baseline to drop {(match.Gone == 1 ? "it" : "them")}.");
        }

        return run.WithOutcomes(outcomes);
    }

    /// <summary>transcriptlint.baseline.json beside the config (--config's, else the nearest above the first path), else in the current folder.</summary>
    private static string DefaultPath(IReadOnlyList<string> paths, string? configPath, string currentDirectory)
    {
        if (configPath is not null) return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(configPath, currentDirectory))!, Baseline.FileName);
        string first = Path.GetFullPath(paths.Count > 0 ? paths[0] : ".", currentDirectory);
        string start = Directory.Exists(first) ? first : Path.GetDirectoryName(first) ?? currentDirectory;
        return Baseline.FindBesideConfig(start) ?? Path.Combine(currentDirectory, Baseline.FileName);
    }

    private static string RelativeFile(string folder, string fullPath) => Path.GetRelativePath(folder, fullPath).Replace('\\', '/');

    private static string Display(string path, string currentDirectory)
    {
        string relative = Path.GetRelativePath(currentDirectory, path);
        return Path.IsPathRooted(relative) ? path : relative;
    }

    private static string Count(int count, string one, string? many = null) => $"{count} {(count == 1 ? one : many ?? one + "s")}";

    /// <summary>A temporary file beside the baseline, renamed over it: a crash leaves the old one whole.</summary>
    private static void Write(string path, Baseline baseline)
    {
        string folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        string temp = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
        try
        {
            File.WriteAllText(temp, baseline.ToJson(), new UTF8Encoding(false));
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
