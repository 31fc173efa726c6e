using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using TranscriptLint.Cli.Output;
using TranscriptLint.Diagnostics;
using TranscriptLint.Rules;

namespace TranscriptLint.Cli;

/// <summary>
/// The lint itself, the root command: <c>transcriptlint [paths…] [options]</c> lints the paths and writes the report
/// in the chosen format to standard output or, whole or not at all, to <c>--output</c>.
/// </summary>
internal static class LintCommand
{
    public static Command Create(string currentDirectory, Func<bool, Terminal> detectTerminal)
    {
        var paths = SharedOptions.Paths();
        var config = SharedOptions.Config();
        var format = SharedOptions.Format(
            "The report's format: text (the default), msbuild, sarif (SARIF 2.1.0), json or github (GitHub Actions annotations).",
            command: null,
            OutputFormat.Text,
            OutputFormat.MsBuild,
            OutputFormat.Sarif,
            OutputFormat.Json,
            OutputFormat.GitHub);
        var output = SharedOptions.Output("Write the report to FILE instead of standard output (whole or not at all; never one of the inputs).");
        var warningsAsErrors = new Option<bool>("--warnaserror") { Description = "Treat warnings as errors (exit code 1)." };
        var noColour = new Option<bool>("--no-color")
        {
            Description = "No colour in the text report (also when NO_COLOR is set, or output is not a terminal). A progress line shows on a terminal for runs over a second.",
        };
        var baseline = SharedOptions.File(
            "--baseline",
            "Report only findings beyond this baseline (default: transcriptlint.baseline.json beside the nearest transcriptlint.json, or in the current folder, if it exists).");
        var updateBaseline = new Option<bool>("--update-baseline") { Description = "Rewrite the baseline with only the entries that still occur." };
        var listRules = new Option<bool>("--list-rules") { Description = "Print the rules and exit." };

        var root = new Command(
            "transcriptlint",
            "Lints meeting, hearing and podcast transcripts (.txt, .md, .vtt, .srt).\n\n"
            + "Exit codes: 0 no error-level findings, 1 error-level findings (or warnings with --warnaserror), 2 usage, config or I/O error.")
        {
            paths,
            config,
            format,
            output,
            warningsAsErrors,
            noColour,
            baseline,
            updateBaseline,
            listRules,
        };
        root.SetAction(parse =>
        {
            var request = new LintRequest(
                parse.GetPaths(paths),
                parse.GetValue(config),
                parse.GetValue(format),
                parse.GetValue(output),
                parse.GetValue(warningsAsErrors),
                parse.GetValue(baseline),
                parse.GetValue(updateBaseline),
                parse.GetValue(listRules));
            var terminal = detectTerminal(parse.GetValue(noColour));
            return Run(request, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, currentDirectory, terminal);
        });
        return root;
    }

    /// <summary>What the command line asked the lint for.</summary>
    private sealed record LintRequest(
        IReadOnlyList<string> Paths,
        string? ConfigPath,
        OutputFormat Format,
        string? OutputPath,
        bool WarningsAsErrors,
        string? BaselinePath,
        bool UpdateBaseline,
        bool ListRules);

    private static StringComparer PathComparer => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Why the report cannot go to <paramref name="outputPath"/> (a folder, or a file named as an input), or null.</summary>
    private static string? CheckOutputPath(string outputPath, string given, IReadOnlyList<string> inputs, string currentDirectory)
    {
        if (Directory.Exists(outputPath)) return $"--output '{given}' is a folder; name a file for the report.";
        foreach (var input in inputs)
        {
            if (PathComparer.Equals(Path.GetFullPath(input, currentDirectory), outputPath))
            {
                return $"--output '{given}' is one of the inputs; the report would replace it. Write the report somewhere else.";
            }
        }

        return null;
    }

    /// <summary>
    /// Writes the report to a temporary file in the same folder and renames it over the target, so a crash or a kill
    /// leaves the last complete report (or none), never a truncated one.
    /// </summary>
    /// <remarks>
    /// Not forced to disk before the rename: once written, the text is the operating system's, which a killed process
    /// cannot lose; only a power cut could, and a report is rebuilt by running the lint again. Waiting for the disk (an
    /// fsync) took about a third of the time spent writing the changelog corpus's SARIF log on this project's machine.
    /// </remarks>
    private static void WriteAtomically(string path, Action<TextWriter> write)
    {
        string folder = Path.GetDirectoryName(path) ?? ".";
        Directory.CreateDirectory(folder);
        string temp = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var file = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16))
            {
                write(file);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static int Run(LintRequest request, TextWriter stdout, TextWriter stderr, string currentDirectory, Terminal terminal)
    {
        if (request.ListRules)
        {
            foreach (var rule in RuleCatalog.All.Select(r => r.Descriptor))
            {
                stdout.WriteLine($"{rule.Id}  {rule.Name,-26} {rule.DefaultSeverity.ToDisplayString(),-8} {rule.Title}");
            }

            return Program.Success;
        }

        string? outputPath = request.OutputPath is null ? null : Path.GetFullPath(request.OutputPath, currentDirectory);
        if (outputPath is not null && CheckOutputPath(outputPath, request.OutputPath!, request.Paths, currentDirectory) is { } outputProblem)
        {
            stderr.WriteLine($"transcriptlint: error: {outputProblem}");
            return Program.UsageOrIoError;
        }

        LintRun run;
        using (var progress = terminal.ShowsProgress ? new Progress(stderr) : null)
        {
            run = LintRun.Execute(request.Paths, request.ConfigPath, currentDirectory, progress);
        }

        foreach (var problem in run.Problems) stderr.WriteLine(problem);
        foreach (var note in run.Notes) stderr.WriteLine(note);
        if (run.Problems.Count > 0 && !run.Linted.Any()) return Program.UsageOrIoError;
        try
        {
            run = BaselineCommand.Apply(run, request.Paths, request.ConfigPath, request.BaselinePath, request.UpdateBaseline, stderr, currentDirectory);
        }
        catch (TranscriptLint.Configuration.ConfigException ex)
        {
            stderr.WriteLine(ex.ToDisplayString());
            return Program.UsageOrIoError;
        }

        IReportWriter writer = request.Format switch
        {
            OutputFormat.MsBuild => new MsBuildReportWriter(),
            OutputFormat.Sarif => new SarifReportWriter(currentDirectory),
            OutputFormat.Json => new JsonReportWriter(),
            OutputFormat.GitHub => new GitHubReportWriter(),
            _ => new TextReportWriter(outputPath is null ? terminal : Terminal.Plain),
        };

        if (outputPath is null)
        {
            writer.Write(run, stdout);
        }
        else
        {
            // A transcript the walk linted is an input too: the report must not replace it.
            if (run.Linted.Any(o => PathComparer.Equals(o.FullPath, outputPath)))
            {
                stderr.WriteLine($"transcriptlint: error: --output '{request.OutputPath}' is one of the transcripts being linted; write the report somewhere else.");
                return Program.UsageOrIoError;
            }

            WriteAtomically(outputPath, file => writer.Write(run, file));
        }

        if (run.Problems.Count > 0) return Program.UsageOrIoError;
        bool failed = run.Diagnostics.Any(d => d.Severity == Severity.Error || (request.WarningsAsErrors && d.Severity == Severity.Warning));
        return failed ? Program.ErrorFindings : Program.Success;
    }
}
