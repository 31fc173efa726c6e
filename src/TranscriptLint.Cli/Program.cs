using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TranscriptLint.Cli.Output;
using TranscriptLint.Diagnostics;
using TranscriptLint.Rules;

namespace TranscriptLint.Cli;

public static class Program
{
    public const int Success = 0;
    public const int ErrorFindings = 1;
    public const int UsageOrIoError = 2;

    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return Run(args, Console.Out, Console.Error, Environment.CurrentDirectory, Terminal.Detect(args.Contains("--no-color")));
    }

    /// <summary>The whole command, with its streams and folder passed in so tests can run it in-process.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, string currentDirectory) => Run(args, stdout, stderr, currentDirectory, Terminal.Plain);

    internal static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, string currentDirectory, Terminal terminal)
    {
        try
        {
            return RunCore(args, stdout, stderr, currentDirectory, terminal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"transcriptlint: error: {ex.Message}");
            return UsageOrIoError;
        }
    }

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
                file.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static int RunCore(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, string currentDirectory, Terminal terminal)
    {
        if (args.Count > 0 && args[0] == "explain") return ExplainCommand.Run(args.Skip(1).ToList(), stdout, stderr, currentDirectory);
        if (args.Count > 0 && args[0] == "speakers") return SpeakersCommand.Run(args.Skip(1).ToList(), stdout, stderr, currentDirectory);
        if (args.Count > 0 && args[0] == "baseline") return BaselineCommand.Run(args.Skip(1).ToList(), stdout, stderr, currentDirectory);
        if (args.Count > 0 && args[0] == "fix") return FixCommand.Run(args.Skip(1).ToList(), stdout, stderr, currentDirectory);
        if (args.Count > 0 && args[0] == "init") return InitCommand.Run(args.Skip(1).ToList(), stdout, stderr, currentDirectory);
        var options = CommandLineOptions.Parse(args);
        if (options.Error is not null)
        {
            stderr.WriteLine($"transcriptlint: error: {options.Error}");
            stderr.WriteLine("Run 'transcriptlint --help' for usage.");
            return UsageOrIoError;
        }

        if (options.ShowHelp)
        {
            stdout.WriteLine(CommandLineOptions.Usage);
            return Success;
        }

        if (options.ShowVersion)
        {
            stdout.WriteLine(TranscriptLint.Output.SarifLog.Version());
            return Success;
        }

        if (options.ListRules)
        {
            foreach (var rule in RuleCatalog.All.Select(r => r.Descriptor))
            {
                stdout.WriteLine($"{rule.Id}  {rule.Name,-26} {rule.DefaultSeverity.ToDisplayString(),-8} {rule.Title}");
            }

            return Success;
        }

        string? outputPath = options.OutputPath is null ? null : Path.GetFullPath(options.OutputPath, currentDirectory);
        if (outputPath is not null && CheckOutputPath(outputPath, options.OutputPath!, options.Paths, currentDirectory) is { } outputProblem)
        {
            stderr.WriteLine($"transcriptlint: error: {outputProblem}");
            return UsageOrIoError;
        }

        LintRun run;
        using (var progress = terminal.ShowsProgress ? new Progress(stderr) : null)
        {
            run = LintRun.Execute(options.Paths, options.ConfigPath, currentDirectory, progress);
        }

        foreach (var problem in run.Problems) stderr.WriteLine(problem);
        foreach (var note in run.Notes) stderr.WriteLine(note);
        if (run.Problems.Count > 0 && !run.Linted.Any()) return UsageOrIoError;
        try
        {
            run = BaselineCommand.Apply(run, options.Paths, options.ConfigPath, options.BaselinePath, options.UpdateBaseline, stderr, currentDirectory);
        }
        catch (TranscriptLint.Configuration.ConfigException ex)
        {
            stderr.WriteLine(ex.ToDisplayString());
            return UsageOrIoError;
        }

        IReportWriter writer = options.Format switch
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
                stderr.WriteLine($"transcriptlint: error: --output '{options.OutputPath}' is one of the transcripts being linted; write the report somewhere else.");
                return UsageOrIoError;
            }

            WriteAtomically(outputPath, file => writer.Write(run, file));
        }

        if (run.Problems.Count > 0) return UsageOrIoError;
        bool failed = run.Diagnostics.Any(d => d.Severity == Severity.Error || (options.WarningsAsErrors && d.Severity == Severity.Warning));
        return failed ? ErrorFindings : Success;
    }
}
