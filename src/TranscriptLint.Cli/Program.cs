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
        return Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);
    }

    /// <summary>The whole command, with its streams and folder passed in so tests can run it in-process.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        try
        {
            return RunCore(args, stdout, stderr, currentDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"transcriptlint: error: {ex.Message}");
            return UsageOrIoError;
        }
    }

    private static int RunCore(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        if (args.Count > 0 && args[0] == "explain") return ExplainCommand.Run(args.Skip(1).ToList(), stdout, stderr, currentDirectory);
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

        var run = LintRun.Execute(options.Paths, options.ConfigPath, currentDirectory);
        foreach (var problem in run.Problems) stderr.WriteLine(problem);
        foreach (var note in run.Notes) stderr.WriteLine(note);
        if (run.Problems.Count > 0 && !run.Linted.Any()) return UsageOrIoError;

        IReportWriter writer = options.Format switch
        {
            OutputFormat.MsBuild => new MsBuildReportWriter(),
            OutputFormat.Sarif => new SarifReportWriter(currentDirectory),
            OutputFormat.Json => new JsonReportWriter(),
            _ => new TextReportWriter(),
        };

        if (options.OutputPath is null)
        {
            writer.Write(run, stdout);
        }
        else
        {
            string outputPath = Path.GetFullPath(options.OutputPath, currentDirectory);
            string? folder = Path.GetDirectoryName(outputPath);
            if (folder is not null) Directory.CreateDirectory(folder);
            using var file = new StreamWriter(outputPath, append: false, new UTF8Encoding(false));
            writer.Write(run, file);
        }

        if (run.Problems.Count > 0) return UsageOrIoError;
        bool failed = run.Diagnostics.Any(d => d.Severity == Severity.Error || (options.WarningsAsErrors && d.Severity == Severity.Warning));
        return failed ? ErrorFindings : Success;
    }
}
