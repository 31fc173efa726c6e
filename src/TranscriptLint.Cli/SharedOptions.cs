using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
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
/// <remarks>
/// Every path is read as written by a custom parser (<see cref="AsWritten"/>, <see cref="AllAsWritten"/>): the
/// parser's own conversion builds its table of converters for some thirty types on first use, a few milliseconds of
/// every start for values that are strings already.
/// </remarks>
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
        CustomParser = AllAsWritten,
    };

    /// <summary>The paths given, or the current folder when none is.</summary>
    public static List<string> GetPaths(this ParseResult parse, Argument<string[]> paths) => parse.GetValue(paths) is { Length: > 0 } given ? given.ToList() : new List<string> { "." };

    public static Option<string?> Config()
        => File("--config", "Use this transcriptlint.json for every file (default: the nearest one walking up from each file's folder).");

    /// <summary>An option that names a file: <c>NAME FILE</c>.</summary>
    public static Option<string?> File(string name, string description, params string[] aliases)
        => new(name, aliases) { Description = description, HelpName = "FILE", CustomParser = AsWritten };

    /// <summary>
    /// <c>--format</c> taking only <paramref name="formats"/> (case-insensitive; text when not given); any other value
    /// is a usage error that lists them, naming <paramref name="command"/> when it is a subcommand.
    /// </summary>
    public static Option<OutputFormat> Format(string description, string? command, params OutputFormat[] formats)
    {
        var names = new List<string>();
        foreach (var (name, format) in FormatNames)
        {
            if (Array.IndexOf(formats, format) >= 0) names.Add(name);
        }

        return new Option<OutputFormat>("--format")
        {
            Description = description,
            HelpName = string.Join("|", names),
            CustomParser = result =>
            {
                string value = result.Tokens[0].Value;
                foreach (var (name, format) in FormatNames)
                {
                    if (Array.IndexOf(formats, format) >= 0 && string.Equals(name, value, StringComparison.OrdinalIgnoreCase)) return format;
                }

                result.AddError($"Unknown format '{value}'{(command is null ? string.Empty : " for " + command)}. Use {JoinWithOr(names)}.");
                return default;
            },
        };
    }

    /// <summary><c>--output FILE</c> (<c>-o</c>): where a command writes the file it makes.</summary>
    public static Option<string?> Output(string description) => File("--output", description, "-o");

    /// <summary>The value of an option or argument that takes at most one, as written.</summary>
    public static string? AsWritten(ArgumentResult result) => result.Tokens.Count == 0 ? null : result.Tokens[0].Value;

    /// <summary>The values of an argument that takes any number, as written.</summary>
    public static string[] AllAsWritten(ArgumentResult result)
    {
        var values = new string[result.Tokens.Count];
        for (int i = 0; i < values.Length; i++) values[i] = result.Tokens[i].Value;
        return values;
    }

    private static string JoinWithOr(IReadOnlyList<string> names)
        => names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[names.Count - 1];
}
