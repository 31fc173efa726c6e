using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace TranscriptLint.Cli;

internal enum OutputFormat
{
    Text,
    MsBuild,
    Sarif,
    Json,
    GitHub,
}

/// <summary>
/// The options and arguments more than one command takes, each defined here once. Each command adds an instance of
/// its own (a symbol with one parent, so the root's paths can be left out of a subcommand's help).
/// </summary>
internal static class SharedOptions
{
    private static readonly (string Name, OutputFormat Format)[] FormatNames =
    {
        ("text", OutputFormat.Text),
        ("msbuild", OutputFormat.MsBuild),
        ("sarif", OutputFormat.Sarif),
        ("json", OutputFormat.Json),
        ("github", OutputFormat.GitHub),
    };

    /// <summary>The files and folders to lint (read with <see cref="GetPaths"/>).</summary>
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files and folders to lint (default: the current folder). A folder is walked for files that look like transcripts; a file named here is always linted.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The paths given, or the current folder when none is.</summary>
    public static List<string> GetPaths(this ParseResult parse, Argument<string[]> paths) => parse.GetValue(paths) is { Length: > 0 } given ? given.ToList() : new List<string> { "." };

    public static Option<string?> Config() => new("--config")
    {
        Description = "Use this transcriptlint.json for every file (default: the nearest one walking up from each file's folder).",
        HelpName = "FILE",
    };

    /// <summary>
    /// <c>--format</c> taking only <paramref name="formats"/> (case-insensitive; text when not given); any other value
    /// is a usage error that lists them, naming <paramref name="command"/> when it is a subcommand.
    /// </summary>
    public static Option<OutputFormat> Format(string description, string? command, params OutputFormat[] formats)
    {
        var names = FormatNames.Where(n => formats.Contains(n.Format)).Select(n => n.Name).ToList();
        return new Option<OutputFormat>("--format")
        {
            Description = description,
            HelpName = string.Join("|", names),
            CustomParser = result =>
            {
                string value = result.Tokens[0].Value;
                foreach (var (name, format) in FormatNames)
                {
                    if (formats.Contains(format) && string.Equals(name, value, System.StringComparison.OrdinalIgnoreCase)) return format;
                }

                result.AddError($"Unknown format '{value}'{(command is null ? string.Empty : " for " + command)}. Use {JoinWithOr(names)}.");
                return default;
            },
        };
    }

    /// <summary><c>--output FILE</c> (<c>-o</c>): where a command writes the file it makes.</summary>
    public static Option<string?> Output(string description) => new("--output", "-o") { Description = description, HelpName = "FILE" };

    private static string JoinWithOr(IReadOnlyList<string> names)
        => names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[names.Count - 1];
}
