using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using TranscriptLint.Configuration;
using TranscriptLint.Engine;
using TranscriptLint.Model;
using TranscriptLint.Text;

namespace TranscriptLint.Cli;

/// <summary>
/// <c>transcriptlint explain FILE…</c>: how the reader read a file — its dialect, each speaker label candidate accepted
/// or not with the evidence, the turn styles — and the findings, so a user can see why a warning is (or is not) there.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(string currentDirectory)
    {
        var config = SharedOptions.Config();
        var files = new Argument<string[]>("files") { Description = "The transcripts to explain.", Arity = ArgumentArity.ZeroOrMore, CustomParser = SharedOptions.AllAsWritten };
        var command = new Command(
            "explain",
            "How each file is read: its dialect, each line taken for a speaker label or rejected as one (with the evidence), its speakers and their uses, and its findings.")
        {
            files,
            config,
        };

        // Checked here rather than by the argument's arity, for a message that says what explain needs.
        command.Validators.Add(result =>
        {
            if (result.GetValue(files) is not { Length: > 0 }) result.AddError("explain needs at least one file.");
        });
        command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(config), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, currentDirectory));
        return command;
    }

    private static int Run(IReadOnlyList<string> files, string? configPath, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        ConfigResolver resolver;
        try
        {
            resolver = new ConfigResolver(configPath is null ? null : Path.GetFullPath(configPath, currentDirectory));
        }
        catch (ConfigException ex)
        {
            stderr.WriteLine(ex.ToDisplayString());
            return Program.UsageOrIoError;
        }

        int exit = Program.Success;
        foreach (var file in files)
        {
            string full = Path.GetFullPath(file, currentDirectory);
            if (!File.Exists(full))
            {
                stderr.WriteLine($"transcriptlint: error: '{file}' is not a file.");
                exit = Program.UsageOrIoError;
                continue;
            }

            FileSettings settings;
            try
            {
                settings = resolver.GetSettings(full);
            }
            catch (ConfigException ex)
            {
                stderr.WriteLine(ex.ToDisplayString());
                exit = Program.UsageOrIoError;
                continue;
            }

            byte[]? bytes;
            try
            {
                bytes = BoundedFile.ReadAllBytes(full, BoundedFile.MaxTranscriptBytes, out _);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"transcriptlint: error: cannot read '{file}': {ex.Message}");
                exit = Program.UsageOrIoError;
                continue;
            }

            if (bytes is null)
            {
                stdout.WriteLine(file);
                stdout.WriteLine($"  not read: empty, a special file, or larger than {BoundedFile.Describe(BoundedFile.MaxTranscriptBytes)}");
                continue;
            }

            Explain(file, SourceText.FromBytes(bytes), settings, stdout);
        }

        return exit;
    }

    internal static void Explain(string path, SourceText text, FileSettings settings, TextWriter stdout)
    {
        stdout.WriteLine(path);
        if (text.LooksBinary)
        {
            stdout.WriteLine("  binary file (it holds NUL bytes): not read");
            return;
        }

        var result = TranscriptLinter.Lint(path, text, settings);
        TranscriptDocument document;
        try
        {
            document = TranscriptLinter.Read(path, text, settings);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The lint above already turned the failure into a TL0000 finding; show it instead of a stack trace.
            stdout.WriteLine($"  the reader failed on this file ({ex.GetType().Name}); findings:");
            foreach (var diagnostic in result.Diagnostics) stdout.WriteLine($"    {diagnostic.Start.Line,6}:{diagnostic.Start.Column,-4} {diagnostic.RuleId}  {diagnostic.Message}");
            return;
        }

        stdout.WriteLine($"  dialect: {document.Dialect.ToString().ToLowerInvariant()}; looks like a transcript: {(document.LooksLikeTranscript ? "yes" : "no")} ({document.Labels.Count} speaker labels)");
        if (document.FrontMatterSpeakers.Count > 0) stdout.WriteLine($"  front matter speakers: {string.Join(", ", document.FrontMatterSpeakers)}");

        var styles = document.Labels.Where(l => !l.IsMarker).GroupBy(l => l.Shape).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        stdout.WriteLine("  label styles: " + (styles.Any() ? string.Join(", ", styles.Select(g => $"'{g.Key}' ×{g.Count()}")) : "none"));

        var speakers = document.Labels.Where(l => l.IsPerson).GroupBy(l => l.Name, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        stdout.WriteLine("  speakers: " + (speakers.Any() ? string.Join(", ", speakers.Select(g => $"{g.Key} ×{g.Count()}")) : "none"));

        if (document.Dialect.IsCaptions())
        {
            stdout.WriteLine("  labels: caption voices and cue prefixes, read from each cue (no per-file decision)");
        }
        else
        {
            stdout.WriteLine("  label candidates:");
            foreach (var candidate in document.LabelCandidates)
            {
                var label = candidate.Label;
                string written = Truncate(text.ToString(label.LabelSpan), 60);
                string what = candidate.Accepted ? (label.IsMarker ? "marker " : "label  ") : "text   ";
                string reason = candidate.Reason.Length > 0 ? candidate.Reason : "accepted";
                stdout.WriteLine($"    {label.Line,6}  {what} {written}  — {reason}");
            }
        }

        stdout.WriteLine(result.Diagnostics.Count == 0 ? "  findings: none" : "  findings:");
        foreach (var diagnostic in result.Diagnostics)
        {
            stdout.WriteLine($"    {diagnostic.Start.Line,6}:{diagnostic.Start.Column,-4} {diagnostic.RuleId}  {diagnostic.Message}");
        }

        stdout.WriteLine();
    }

    private static string Truncate(string value, int max)
    {
        value = value.Replace('\t', ' ');
        return value.Length <= max ? value : value.Substring(0, max - 1) + "…";
    }
}
