using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using TranscriptLint.Engine;

namespace TranscriptLint.Cli;

/// <summary>
/// <c>transcriptlint speakers [paths…]</c>: every speaker of the run with its spellings, files and uses, grouped with
/// its suspected variants (the grouping TL0001 and TL0013 use), roster status; <c>--format json</c> for scripts;
/// <c>--roster FILE</c> writes a starter roster from the usual spellings.
/// </summary>
internal static class SpeakersCommand
{
    public static Command Create(string currentDirectory)
    {
        var paths = SharedOptions.Paths();
        var config = SharedOptions.Config();
        var format = SharedOptions.Format(
            "text (the default), or json: one object { \"speakers\": [ { \"name\", \"files\", \"uses\", \"onRoster\", \"variants\": [ { \"name\", \"files\", \"uses\", \"onRoster\" } ] } ] }.",
            command: "speakers",
            OutputFormat.Text,
            OutputFormat.Json);
        var roster = SharedOptions.File("--roster", "Also write a starter roster: one usual spelling a line, sorted. An existing file is never replaced (exit code 2).");
        var command = new Command(
            "speakers",
            "Every speaker of the transcripts found, with the files and uses of each spelling, grouped with its suspected variants; the usual spelling (the roster's or the aliases', else the one in most files) first.")
        {
            paths,
            config,
            format,
            roster,
        };
        command.SetAction(parse => Run(
            parse.GetPaths(paths),
            parse.GetValue(config),
            parse.GetValue(format),
            parse.GetValue(roster),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            currentDirectory));
        return command;
    }

    private static int Run(List<string> paths, string? config, OutputFormat format, string? roster, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        string? rosterPath = roster is null ? null : Path.GetFullPath(roster, currentDirectory);
        if (rosterPath is not null && (File.Exists(rosterPath) || Directory.Exists(rosterPath)))
        {
            stderr.WriteLine($"transcriptlint: error: '{roster}' already exists; the starter roster never replaces a file.");
            return Program.UsageOrIoError;
        }

        var run = Subcommand.Lint(paths, config, currentDirectory, stderr, printNotes: false);
        if (run.Problems.Count > 0 && !run.Linted.Any()) return Program.UsageOrIoError;

        var groups = Group(SpeakerCensus.Build(run.Linted.Select(o => o.Result!)));
        if (format == OutputFormat.Json) WriteJson(groups, stdout);
        else WriteText(groups, stdout);

        if (rosterPath is not null)
        {
            var lines = groups.Select(g => g.Usual.Name).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal);
            var text = new StringBuilder("# Starter roster written by 'transcriptlint speakers --roster': one speaker a line,\n# 'Full Name' or 'Full Name (ABBR)'. Check it, then name it in transcriptlint.json (speakers.roster).\n");
            foreach (var line in lines) text.Append(line).Append('\n');
            string? folder = Path.GetDirectoryName(rosterPath);
            if (folder is not null) Directory.CreateDirectory(folder);
            string temp = rosterPath + ".tmp-" + Guid.NewGuid().ToString("N");
            File.WriteAllText(temp, text.ToString(), new UTF8Encoding(false));
            File.Move(temp, rosterPath);
            stderr.WriteLine($"Wrote {groups.Count} speakers to {roster}.");
        }

        return run.Problems.Count > 0 ? Program.UsageOrIoError : Program.Success;
    }

    /// <summary>Spellings joined with their variants (transitively); the usual spelling first.</summary>
    internal static List<SpeakerGroup> Group(SpeakerCensus census)
    {
        var seen = new HashSet<SpeakerCensus.Spelling>();
        var groups = new List<SpeakerGroup>();
        foreach (var spelling in census.Spellings)
        {
            if (!seen.Add(spelling)) continue;
            var members = new List<SpeakerCensus.Spelling> { spelling };
            for (int i = 0; i < members.Count; i++)
            {
                foreach (var variant in members[i].Variants)
                {
                    if (seen.Add(variant)) members.Add(variant);
                }
            }

            members.Sort((a, b) =>
            {
                if (a.IsPinned != b.IsPinned) return a.IsPinned ? -1 : 1;
                if (a.FileCount != b.FileCount) return b.FileCount.CompareTo(a.FileCount);
                if (a.UseCount != b.UseCount) return b.UseCount.CompareTo(a.UseCount);
                return string.CompareOrdinal(a.Name, b.Name);
            });
            groups.Add(new SpeakerGroup(members[0], members.Skip(1).ToList()));
        }

        groups.Sort((a, b) => a.Usual.FileCount != b.Usual.FileCount ? b.Usual.FileCount.CompareTo(a.Usual.FileCount) : string.CompareOrdinal(a.Usual.Name, b.Usual.Name));
        return groups;
    }

    private static void WriteText(List<SpeakerGroup> groups, TextWriter stdout)
    {
        foreach (var group in groups)
        {
            stdout.WriteLine($"{TranscriptLint.Output.Printable.Escape(group.Usual.Name)}  {Counts(group.Usual)}{(group.Usual.IsPinned ? "  (on the roster)" : string.Empty)}");
            foreach (var variant in group.Variants)
            {
                stdout.WriteLine($"  ~ {TranscriptLint.Output.Printable.Escape(variant.Name)}  {Counts(variant)}{(variant.IsPinned ? "  (on the roster)" : string.Empty)}");
            }
        }

        int variants = groups.Sum(g => g.Variants.Count);
        stdout.WriteLine();
        stdout.WriteLine($"{groups.Count} speakers, {variants} suspected variant spellings.");
    }

    private static string Counts(SpeakerCensus.Spelling spelling)
        => $"{spelling.FileCount} {(spelling.FileCount == 1 ? "file" : "files")}, {spelling.UseCount} {(spelling.UseCount == 1 ? "use" : "uses")}";

    private static void WriteJson(List<SpeakerGroup> groups, TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("speakers");
            foreach (var group in groups)
            {
                json.WriteStartObject();
                WriteSpelling(json, group.Usual);
                json.WriteStartArray("variants");
                foreach (var variant in group.Variants)
                {
                    json.WriteStartObject();
                    WriteSpelling(json, variant);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteSpelling(Utf8JsonWriter json, SpeakerCensus.Spelling spelling)
    {
        json.WriteString("name", spelling.Name);
        json.WriteNumber("files", spelling.FileCount);
        json.WriteNumber("uses", spelling.UseCount);
        json.WriteBoolean("onRoster", spelling.IsPinned);
    }

    internal sealed record SpeakerGroup(SpeakerCensus.Spelling Usual, List<SpeakerCensus.Spelling> Variants);
}
