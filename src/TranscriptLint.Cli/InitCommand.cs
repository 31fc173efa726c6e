using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using TranscriptLint.Configuration;
using TranscriptLint.Engine;
using TranscriptLint.Model;
using TranscriptLint.Text;

namespace TranscriptLint.Cli;

/// <summary>
/// <c>transcriptlint init [FOLDER]</c>: writes a starter transcriptlint.json tuned to the transcripts in the folder — the
/// <c>$schema</c> line, include globs for the file types found, the end markers in use (or TL0002 off when no
/// transcript has one). It never replaces an existing config.
/// </summary>
internal static class InitCommand
{
    public static Command Create(string currentDirectory)
    {
        var folder = new Argument<string?>("folder") { Description = "The folder of the transcripts (default: the current folder).", Arity = ArgumentArity.ZeroOrOne, CustomParser = SharedOptions.AsWritten };
        var command = new Command(
            "init",
            "Writes a starter transcriptlint.json for the transcripts in the folder (include globs, end markers, a roster when the folder names its people); never over an existing one (exit code 2).")
        {
            folder,
        };
        command.SetAction(parse => Run(parse.GetValue(folder) ?? ".", parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, currentDirectory));
        return command;
    }

    private static int Run(string folderArg, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        string folder = Path.GetFullPath(folderArg, currentDirectory);
        if (!Directory.Exists(folder))
        {
            stderr.WriteLine($"transcriptlint: error: '{folderArg}' is not a folder.");
            return Program.UsageOrIoError;
        }

        string configPath = Path.Combine(folder, ConfigLoader.FileName);
        string shownPath = folderArg is "." or "./" ? ConfigLoader.FileName : Path.Combine(folderArg, ConfigLoader.FileName);
        if (File.Exists(configPath) || Directory.Exists(configPath))
        {
            stderr.WriteLine($"transcriptlint: error: {shownPath} already exists; init does not replace it. Edit it, or delete it and run init again.");
            return Program.UsageOrIoError;
        }

        var survey = Survey(folder);
        string rosterPath = Path.Combine(folder, RosterFileName);
        if (survey.RosterLines.Count > 0 && (File.Exists(rosterPath) || Directory.Exists(rosterPath)))
        {
            // An existing file of that name is the user's: name it as the roster only if it is one, never overwrite it.
            survey = survey with { RosterLines = Array.Empty<string>() };
            stderr.WriteLine($"transcriptlint: note: {RosterFileName} already exists; init left it alone and did not name a roster.");
        }

        string json = Render(survey);
        try
        {
            using var stream = new FileStream(configPath, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(json);
        }
        catch (IOException) when (File.Exists(configPath))
        {
            stderr.WriteLine($"transcriptlint: error: {shownPath} already exists; init does not replace it. Edit it, or delete it and run init again.");
            return Program.UsageOrIoError;
        }

        if (survey.RosterLines.Count > 0)
        {
            var roster = new StringBuilder("# Starter roster written by 'transcriptlint init' from the attendee lists and front matter speakers it found.\n# One person a line, 'Full Name' or 'Full Name (ABBR)'. Check it: TL0007 reports any speaker not on it.\n");
            foreach (var line in survey.RosterLines) roster.Append(line).Append('\n');
            using (var stream = new FileStream(rosterPath, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            {
                writer.Write(roster.ToString());
            }

            stdout.WriteLine($"Wrote {RosterFileName}: {survey.RosterLines.Count} people from attendee lists and front matter, named as the speaker roster.");
        }

        stdout.WriteLine($"Wrote {shownPath}: {Describe(survey)}");
        return Program.Success;
    }

    /// <summary>What init learned from the folder.</summary>
    internal sealed record FolderSurvey(int Transcripts, IReadOnlyList<string> Extensions, IReadOnlyList<Dialect> Dialects, int TextTranscripts, IReadOnlyList<string> EndMarkers)
    {
        /// <summary>People the folder names in attendee lists (<c>Jane Doe (JDE)</c>) and front matter <c>speakers:</c>, as roster lines.</summary>
        public IReadOnlyList<string> RosterLines { get; init; } = Array.Empty<string>();
    }

    /// <summary>The starter roster init writes beside the config when the folder names its people.</summary>
    internal const string RosterFileName = "transcriptlint.speakers.txt";

    internal static FolderSurvey Survey(string folder)
    {
        int transcripts = 0, textTranscripts = 0;
        var extensions = new SortedSet<string>(StringComparer.Ordinal);
        var dialects = new SortedSet<Dialect>();
        var markers = new Dictionary<string, int>(StringComparer.Ordinal);
        var people = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var path in TranscriptFileFinder.Find(folder, new ConfigResolver()))
        {
            byte[]? bytes;
            try
            {
                bytes = BoundedFile.ReadAllBytes(path, BoundedFile.MaxTranscriptBytes, out _);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (bytes is null) continue;
            var text = SourceText.FromBytes(bytes);
            if (text.LooksBinary) continue;
            TranscriptDocument document;
            try
            {
                document = TranscriptLinter.Read(path, text, FileSettings.Default);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                continue;
            }

            bool captions = document.Dialect.IsCaptions();
            if (!captions && !document.LooksLikeTranscript) continue;
            transcripts++;
            dialects.Add(document.Dialect);
            extensions.Add(Path.GetExtension(path).ToLowerInvariant());
            if (captions) continue;
            textTranscripts++;
            foreach (var pair in document.Attendees) people[pair.Value] = pair.Key;
            foreach (var name in document.FrontMatterSpeakers)
            {
                if (!people.ContainsKey(name)) people[name] = null;
            }

            foreach (var element in document.Elements.Where(e => e.Kind == ElementKind.EndMarker))
            {
                string marker = text.ToString(element.Span).Trim().Trim('*', '_').Trim();
                if (marker.Length == 0) continue;
                markers[marker] = markers.TryGetValue(marker, out int n) ? n + 1 : 1;
            }
        }

        var used = markers.OrderByDescending(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal).Select(m => m.Key).ToList();
        var roster = people.Count >= 2 ? people.Select(p => p.Value is null ? p.Key : $"{p.Key} ({p.Value})").ToList() : new List<string>();
        return new FolderSurvey(transcripts, extensions.ToList(), dialects.ToList(), textTranscripts, used) { RosterLines = roster };
    }

    internal static string Render(FolderSurvey survey)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", ConfigSchema.Uri);
            if (survey.TextTranscripts > 0 && survey.EndMarkers.Count == 0)
            {
                // No text or Markdown transcript here ends with a marker: TL0002 would flag every one of them.
                json.WriteStartObject("rules");
                json.WriteString("TL0002", "off");
                json.WriteEndObject();
            }

            if (survey.EndMarkers.Count > 0)
            {
                json.WriteStartArray("endMarkers");
                foreach (var marker in survey.EndMarkers) json.WriteStringValue(marker);
                json.WriteEndArray();
            }

            if (survey.RosterLines.Count > 0)
            {
                json.WriteStartObject("speakers");
                json.WriteString("roster", RosterFileName);
                json.WriteEndObject();
            }

            if (survey.Extensions.Count > 0)
            {
                json.WriteStartArray("include");
                foreach (var extension in survey.Extensions) json.WriteStringValue("**/*" + extension);
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static string Describe(FolderSurvey survey)
    {
        if (survey.Transcripts == 0) return "no transcripts found, so the defaults apply (edit it when you add some).";
        string dialects = string.Join(", ", survey.Dialects.Select(d => d.ToConfigName()));
        string markers = survey.TextTranscripts == 0 ? string.Empty
            : survey.EndMarkers.Count == 0 ? "; no transcript has an end marker, so TL0002 is off"
            : $"; end markers in use: {string.Join(", ", survey.EndMarkers)}";
        return $"{survey.Transcripts} transcript{(survey.Transcripts == 1 ? string.Empty : "s")} ({dialects}){markers}.";
    }
}
