using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Text;

namespace TranscriptLint.Cli;

public static class Program
{
    public const int Success = 0;
    public const int ErrorFindings = 1;
    public const int UsageOrIoError = 2;

    /// <summary>No response files: an argument starting with '@' is a path, as it always was.</summary>
    private static readonly ParserConfiguration ParserSettings = new() { ResponseFileTokenReplacer = null };

    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return Run(args, Console.Out, Console.Error, Environment.CurrentDirectory, Terminal.Detect);
    }

    /// <summary>The whole command, with its streams and folder passed in so tests can run it in-process.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, string currentDirectory) => Run(args, stdout, stderr, currentDirectory, _ => Terminal.Plain);

    /// <summary>The command with the terminal decided by <paramref name="detectTerminal"/>, given whether --no-color was passed.</summary>
    internal static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, string currentDirectory, Func<bool, Terminal> detectTerminal)
    {
        try
        {
            var parse = CreateCommandLine(currentDirectory, detectTerminal).Parse(args, ParserSettings);
            if (UsageProblem(parse) is { } problem)
            {
                stderr.WriteLine($"transcriptlint: error: {problem}");
                stderr.WriteLine($"Run '{CommandLine(parse)} --help' for usage.");
                return UsageOrIoError;
            }

            // A subcommand's help would show the lint's paths before its name ('transcriptlint [<paths>...] fix') and among its arguments.
            if (parse.CommandResult != parse.RootCommandResult)
            {
                foreach (var argument in parse.RootCommandResult.Command.Arguments) argument.Hidden = true;
            }

            // No default exception handler: an I/O error is reported below; anything else is a bug and shows as one.
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"transcriptlint: error: {ex.Message}");
            return UsageOrIoError;
        }
    }

    /// <summary>
    /// The lint as the root command, its subcommands, and the help and version options; made anew for each run.
    /// The root is a plain Command, not a RootCommand: that one's help and version options read their descriptions
    /// through a ResourceManager on every start, some 10 ms of CPU here, while ours are plain options.
    /// </summary>
    private static Command CreateCommandLine(string currentDirectory, Func<bool, Terminal> detectTerminal)
    {
        var root = LintCommand.Create(currentDirectory, detectTerminal);
        root.Options.Add(new Option<bool>("--version")
        {
            Description = "Print the version and exit.",
            Arity = ArgumentArity.Zero,
            Action = new PrintVersion(),
        });

        // The help option of every command (it is recursive), with the aliases it always had.
        root.Options.Add(new Option<bool>("--help", "-h", "-?")
        {
            Description = "Print this help and exit.",
            Arity = ArgumentArity.Zero,
            Recursive = true,
            Action = new HelpAction(),
        });

        root.Subcommands.Add(ExplainCommand.Create(currentDirectory));
        root.Subcommands.Add(SpeakersCommand.Create(currentDirectory));
        root.Subcommands.Add(InitCommand.Create(currentDirectory));
        root.Subcommands.Add(FixCommand.Create(currentDirectory));
        root.Subcommands.Add(BaselineCommand.Create(currentDirectory));
        return root;
    }

    /// <summary>
    /// What is wrong with the command line, in one line, or null. Beyond the parser's own errors: options or paths
    /// before a subcommand (which it would drop), and an unknown option (which it would take for a path).
    /// </summary>
    private static string? UsageProblem(ParseResult parse)
    {
        if (parse.Action is { ClearsParseErrors: true }) return null; // --help or --version: they win over the rest

        var command = parse.CommandResult;
        if (command != parse.RootCommandResult && parse.RootCommandResult.Children.Any(c => c is OptionResult { Implicit: false } or ArgumentResult { Tokens.Count: > 0 }))
        {
            string name = command.Command.Name;
            return $"the subcommand '{name}' comes first: 'transcriptlint {name} [arguments] [options]' (a folder named {name} is ./{name}).";
        }

        // The parser takes '[x]' at the start for a directive, and drops it: this command line has none.
        if (parse.Tokens.FirstOrDefault(t => t.Type == TokenType.Directive) is { } directive)
        {
            return $"'{directive.Value}' at the start reads as a directive; for a path, write ./{directive.Value}.";
        }

        // Tokens after '--' are paths whatever they look like.
        int end = parse.Tokens.ToList().FindIndex(t => t.Type == TokenType.DoubleDash);
        var positional = command.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).ToList();
        foreach (var token in end < 0 ? parse.Tokens : parse.Tokens.Take(end))
        {
            bool looksLikeOption = token.Value.Length > 1 && token.Value[0] == '-';
            if (looksLikeOption && (positional.Any(p => ReferenceEquals(p, token)) || parse.UnmatchedTokens.Contains(token.Value)))
            {
                return $"unknown option '{token.Value}'{(command == parse.RootCommandResult ? string.Empty : " for " + command.Command.Name)}.";
            }
        }

        return parse.Errors.Count > 0 ? parse.Errors[0].Message : null;
    }

    /// <summary>'transcriptlint' or 'transcriptlint SUBCOMMAND', as the user would type it.</summary>
    private static string CommandLine(ParseResult parse)
        => parse.CommandResult == parse.RootCommandResult ? "transcriptlint" : "transcriptlint " + parse.CommandResult.Command.Name;

    /// <summary>The version of the tool, the one SARIF reports.</summary>
    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(TranscriptLint.Output.SarifLog.Version());
            return Success;
        }
    }
}
