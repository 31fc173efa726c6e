using System;
using System.Collections.Generic;

namespace TranscriptLint.Cli;

internal enum OutputFormat
{
    Text,
    MsBuild,
    Sarif,
    Json,
    GitHub,
}

/// <summary>The parsed command line. Parsing never throws: problems come back as <see cref="Error"/>.</summary>
internal sealed class CommandLineOptions
{
    public List<string> Paths { get; } = new();

    public string? ConfigPath { get; private set; }

    public OutputFormat Format { get; private set; } = OutputFormat.Text;

    public string? OutputPath { get; private set; }

    public bool WarningsAsErrors { get; private set; }

    /// <summary>The baseline named with --baseline (else the one beside the nearest transcriptlint.json, if any).</summary>
    public string? BaselinePath { get; private set; }

    /// <summary>--update-baseline: rewrite the baseline with only the entries that still occur.</summary>
    public bool UpdateBaseline { get; private set; }

    public bool ShowHelp { get; private set; }

    public bool ShowVersion { get; private set; }

    public bool ListRules { get; private set; }

    public string? Error { get; private set; }

    public const string Usage = """
        Usage: transcriptlint [paths...] [options]
               transcriptlint explain FILE...   (how a file is read, and why each finding is there)
               transcriptlint speakers [paths...]  (every speaker, spellings and suspected variants)
               transcriptlint init [FOLDER]     (write a starter transcriptlint.json for the folder)
               transcriptlint fix [paths...] [--dry-run] [--rule ID]  (apply the safe fixes)
               transcriptlint baseline [paths...] [--output FILE]  (freeze today's findings)

        Lints meeting, hearing and podcast transcripts (.txt, .md, .vtt, .srt).
        A folder is walked for files that look like transcripts; a file named here is always linted.
        With no path, the current folder is linted.

        Options:
          --config FILE       Use this transcriptlint.json for every file (default: the nearest one
                              walking up from each file's folder).
          --format FORMAT     text (default), msbuild, sarif, json or github (GitHub Actions
                              annotations).
          --output FILE       Write the report to FILE instead of standard output (whole or not at all;
                              never one of the inputs).
          --warnaserror       Treat warnings as errors (exit code 1).
          --no-color          No colour in the text report (also when NO_COLOR is set, or output is
                              not a terminal). A progress line shows on a terminal for runs over a second.
          --baseline FILE     Report only findings beyond this baseline (default: transcriptlint.baseline.json
                              beside the nearest transcriptlint.json, or in the current folder, if it exists).
          --update-baseline   Rewrite the baseline with only the entries that still occur.
          --list-rules        Print the rules and exit.
          --version           Print the version and exit.
          -h, --help          Print this help and exit.

        Exit codes: 0 no error-level findings, 1 error-level findings, 2 usage, config or I/O error.
        """;

    public static CommandLineOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CommandLineOptions();
        bool onlyPaths = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (onlyPaths || !arg.StartsWith("-", StringComparison.Ordinal) || arg == "-")
            {
                options.Paths.Add(arg);
                continue;
            }

            string name = arg, value = string.Empty;
            bool hasInlineValue = false;
            int equals = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                name = arg.Substring(0, equals);
                value = arg.Substring(equals + 1);
                hasInlineValue = true;
            }

            switch (name)
            {
                case "--":
                    onlyPaths = true;
                    break;
                case "-h":
                case "--help":
                case "-?":
                    options.ShowHelp = true;
                    break;
                case "--version":
                    options.ShowVersion = true;
                    break;
                case "--list-rules":
                    options.ListRules = true;
                    break;
                case "--warnaserror":
                    options.WarningsAsErrors = true;
                    break;
                case "--no-color":
                    // Read by Program.Main before parsing (colour is decided for the terminal, not per run).
                    break;
                case "--update-baseline":
                    options.UpdateBaseline = true;
                    break;
                case "--config":
                case "--baseline":
                case "--format":
                case "--output":
                case "-o":
                    if (!hasInlineValue)
                    {
                        if (i + 1 >= args.Count) return options.Fail($"Option {name} needs a value.");
                        value = args[++i];
                    }

                    if (!options.Apply(name, value)) return options;
                    break;
                default:
                    return options.Fail($"Unknown option '{arg}'.");
            }
        }

        if (options.Paths.Count == 0) options.Paths.Add(".");
        return options;
    }

    private bool Apply(string name, string value)
    {
        switch (name)
        {
            case "--config":
                ConfigPath = value;
                return true;
            case "--baseline":
                BaselinePath = value;
                return true;
            case "--output":
            case "-o":
                OutputPath = value;
                return true;
            default:
                switch (value.ToLowerInvariant())
                {
                    case "text":
                        Format = OutputFormat.Text;
                        return true;
                    case "msbuild":
                        Format = OutputFormat.MsBuild;
                        return true;
                    case "sarif":
                        Format = OutputFormat.Sarif;
                        return true;
                    case "json":
                        Format = OutputFormat.Json;
                        return true;
                    case "github":
                        Format = OutputFormat.GitHub;
                        return true;
                }

                Fail($"Unknown format '{value}'. Use text, msbuild, sarif, json or github.");
                return false;
        }
    }

    private CommandLineOptions Fail(string message)
    {
        Error = message;
        return this;
    }
}
