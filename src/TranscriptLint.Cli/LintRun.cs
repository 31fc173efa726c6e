using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using TranscriptLint.Configuration;
using TranscriptLint.Diagnostics;
using TranscriptLint.Engine;

namespace TranscriptLint.Cli;

/// <summary>Collects the files the command line names, lints them in parallel and keeps the outcomes in a stable order.</summary>
internal sealed class LintRun
{
    private LintRun(IReadOnlyList<FileOutcome> outcomes, IReadOnlyList<string> problems, IReadOnlyList<string> notes)
    {
        Outcomes = outcomes;
        Problems = problems;
        Notes = notes;
    }

    /// <summary>Every file considered, sorted by display path; includes files skipped as not transcripts.</summary>
    public IReadOnlyList<FileOutcome> Outcomes { get; }

    /// <summary>Usage, config and I/O problems, already worded for the user (each makes the exit code 2).</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Things the user should know that are not failures, such as a named file skipped as binary.</summary>
    public IReadOnlyList<string> Notes { get; }

    public LintRun WithOutcomes(IReadOnlyList<FileOutcome> outcomes) => new(outcomes, Problems, Notes);

    public IEnumerable<FileOutcome> Linted => Outcomes.Where(o => o.IsLinted);

    public IEnumerable<Diagnostic> Diagnostics => Linted.SelectMany(o => o.Result!.Diagnostics);

    public static LintRun Execute(IReadOnlyList<string> paths, string? configPath, string currentDirectory)
    {
        var problems = new List<string>();
        var notes = new List<string>();
        ConfigResolver resolver;
        try
        {
            resolver = new ConfigResolver(configPath is null ? null : Path.GetFullPath(configPath, currentDirectory));
        }
        catch (ConfigException ex)
        {
            return new LintRun(Array.Empty<FileOutcome>(), new[] { ex.ToDisplayString() }, Array.Empty<string>());
        }

        var candidates = new List<(string FullPath, bool Named)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            string full = Path.GetFullPath(path, currentDirectory);
            if (File.Exists(full))
            {
                if (seen.Add(full)) candidates.Add((full, true));
            }
            else if (Directory.Exists(full))
            {
                try
                {
                    void Unreadable(string folder, Exception ex) =>
                        problems.Add($"transcriptlint: error: cannot read the folder '{DisplayPath(folder, currentDirectory)}': {ex.Message}");

                    foreach (var file in TranscriptFileFinder.Find(full, resolver, Unreadable))
                    {
                        if (seen.Add(file)) candidates.Add((file, false));
                    }
                }
                catch (ConfigException ex)
                {
                    problems.Add(ex.ToDisplayString());
                }
            }
            else
            {
                problems.Add($"transcriptlint: error: {WhyNotFound(path, full)}");
            }
        }

        var linter = new FileLinter(resolver);
        var outcomes = new FileOutcome[candidates.Count];
        Parallel.For(0, candidates.Count, i =>
        {
            var (full, named) = candidates[i];
            outcomes[i] = linter.Lint(full, DisplayPath(full, currentDirectory), named);
        });

        Array.Sort(outcomes, (a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        outcomes = RunPasses.Apply(outcomes);
        var reportedConfigs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            if (outcome.ConfigError is { } configError)
            {
                if (reportedConfigs.Add(configError.ToDisplayString())) problems.Add(configError.ToDisplayString());
            }
            else if (outcome.Error is not null)
            {
                problems.Add($"{outcome.DisplayPath}: error: {outcome.Error}");
            }
            else if (outcome.Result?.SkippedReason is { } reason && (outcome.SkipIsNotable || candidates.Exists(c => c.FullPath == outcome.FullPath && c.Named)))
            {
                notes.Add($"{outcome.DisplayPath}: skipped: {reason}.");
            }
        }

        return new LintRun(outcomes, problems, notes);
    }

    /// <summary>
    /// Why a named path is neither a file nor a folder: it does not exist, or a folder on the way to it cannot be
    /// searched (File.Exists says false for both), or some other I/O error.
    /// </summary>
    private static string WhyNotFound(string path, string full)
    {
        try
        {
            File.GetAttributes(full);
            return $"'{path}' cannot be read.";
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return $"'{path}' does not exist.";
        }
        catch (UnauthorizedAccessException)
        {
            return $"'{path}' cannot be reached: permission denied (a folder on the way to it cannot be searched).";
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or NotSupportedException)
        {
            return $"'{path}' cannot be read: {ex.Message}";
        }
    }

    /// <summary>Relative to the current folder (with '..' when outside it), absolute only across drives.</summary>
    private static string DisplayPath(string fullPath, string currentDirectory)
    {
        string relative = Path.GetRelativePath(currentDirectory, fullPath);
        return Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
