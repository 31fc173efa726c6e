using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Text;
using TranscriptLint.Configuration;
using TranscriptLint.Diagnostics;
using TranscriptLint.Engine;
using TranscriptLint.Rules;
using TranscriptLint.Text;

namespace TranscriptLint.Cli;

/// <summary>
/// <c>transcriptlint fix [paths…] [--dry-run] [--rule ID…] [--config FILE]</c>: lints, applies the fixes the findings
/// carry (first wins where two overlap), lints the fixed text again until nothing is left to fix, and writes each changed
/// file back atomically in its own encoding, byte order mark and line endings. <c>--dry-run</c> prints a unified diff.
/// </summary>
internal static class FixCommand
{
    /// <summary>Rounds of fix-and-lint-again per run: a fix can uncover another (two fixes that overlapped).</summary>
    private const int MaxRounds = 4;

    public static Command Create(string currentDirectory)
    {
        var paths = SharedOptions.Paths();
        var config = SharedOptions.Config();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print a unified diff of the changes; write nothing." };
        var rules = new Option<HashSet<string>>("--rule")
        {
            Description = "Apply only this rule's fixes (id or name; repeat, or separate with commas).",
            HelpName = "ID",
            CustomParser = RuleIds,
        };
        var command = new Command(
            "fix",
            "Applies the safe fixes of the findings ('Fixable' on each rule's page); each file is written whole, in its own encoding and line endings. Exit codes: 0 done (or nothing to fix), 2 usage, config or I/O error.")
        {
            paths,
            dryRun,
            rules,
            config,
        };
        command.SetAction(parse => Run(
            parse.GetPaths(paths),
            parse.GetValue(rules) ?? new HashSet<string>(StringComparer.Ordinal),
            parse.GetValue(config),
            parse.GetValue(dryRun),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            currentDirectory));
        return command;
    }

    /// <summary>The rule ids that every --rule names (ids or names, comma-separated); an unknown one is a usage error.</summary>
    private static HashSet<string> RuleIds(ArgumentResult result)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in result.Tokens)
        {
            foreach (var name in token.Value.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (RuleCatalog.Find(name.Trim()) is not { } rule)
                {
                    result.AddError($"unknown rule '{name.Trim()}' for --rule.");
                    return ids;
                }

                ids.Add(rule.Descriptor.Id);
            }
        }

        return ids;
    }

    private static int Run(List<string> paths, HashSet<string> rules, string? configPath, bool dryRun, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        // Converge runs TL0013 again over every file, fixed or not: it needs their label positions whole.
        var run = Subcommand.Lint(paths, configPath, currentDirectory, stderr, keepSpeakerUses: true);
        if (run.Problems.Count > 0 && !run.Linted.Any()) return Program.UsageOrIoError;

        var resolver = new ConfigResolver(configPath is null ? null : Path.GetFullPath(configPath, currentDirectory));
        var files = new List<FixedFile>();
        foreach (var outcome in run.Linted)
        {
            if (outcome.Result is not { SkippedReason: null } result || !result.Diagnostics.Any(d => d.Fix is not null && Selected(d, rules))) continue;
            files.Add(new FixedFile(outcome));
        }

        var notes = new List<string>();
        bool ioError = false;
        foreach (var file in files) file.Read(resolver, notes);
        Converge(run.Outcomes, files.Where(f => f.CanWrite).ToList(), rules);

        int changedFiles = 0, fixes = 0;
        foreach (var file in files.Where(f => f.CanWrite && f.Applied.Count > 0))
        {
            if (dryRun)
            {
                string name = file.Outcome.DisplayPath.Replace('\\', '/');
                UnifiedDiff.Write(stdout, "a/" + name, "b/" + name, file.Source!.Text, file.Text);
            }
            else if (!file.Write(notes))
            {
                ioError = true;
                continue;
            }
            else
            {
                stdout.WriteLine($"{file.Outcome.DisplayPath}: {Count(file.Applied.Count, "fix", "fixes")}");
                foreach (var applied in file.Applied) stdout.WriteLine($"  {applied}");
            }

            changedFiles++;
            fixes += file.Applied.Count;
        }

        foreach (var file in files.Where(f => f.CanWrite && f.Left > 0))
        {
            notes.Add($"{file.Outcome.DisplayPath}: {Count(file.Left, "fix was", "fixes were")} left out (they overlap others); run 'transcriptlint fix' again.");
        }

        foreach (var note in notes) stderr.WriteLine(note);
        if (changedFiles == 0) stderr.WriteLine("No changes: nothing to fix.");
        else stderr.WriteLine(dryRun ? $"Would apply {Count(fixes, "fix", "fixes")} in {Count(changedFiles, "file", "files")} (dry run: nothing written)." : $"Applied {Count(fixes, "fix", "fixes")} in {Count(changedFiles, "file", "files")}.");
        return run.Problems.Count > 0 || ioError ? Program.UsageOrIoError : Program.Success;
    }

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    private static bool Selected(Diagnostic diagnostic, HashSet<string> rules) => rules.Count == 0 || rules.Contains(diagnostic.RuleId);

    /// <summary>
    /// Applies the fixes, lints the changed text again (with the run-level passes over every file), and repeats until no
    /// fix is left or <see cref="MaxRounds"/> is reached.
    /// </summary>
    private static void Converge(IReadOnlyList<FileOutcome> outcomes, List<FixedFile> files, HashSet<string> rules)
    {
        var byPath = files.ToDictionary(f => f.Outcome.FullPath, StringComparer.Ordinal);
        for (int round = 0; round < MaxRounds; round++)
        {
            bool changed = false;
            foreach (var file in files)
            {
                var result = FixApplier.Apply(file.Text, file.Diagnostics.Where(d => Selected(d, rules)));
                file.Left = result.Overlapping.Count;
                if (result.Applied.Count == 0) continue;
                foreach (var diagnostic in result.Applied) file.Applied.Add($"{diagnostic.Start.Line}:{diagnostic.Start.Column}  {diagnostic.RuleId}  {diagnostic.Fix!.Description}");
                file.Text = result.Text;
                file.Relint();
                changed = true;
            }

            if (!changed) return;

            // TL0013 and any other run-level pass see the fixed files with the others, as the next run would.
            var current = outcomes.Select(o => byPath.TryGetValue(o.FullPath, out var f) ? o.WithResult(f.FileResult!) : o).ToList();
            foreach (var outcome in RunPasses.Apply(current))
            {
                if (byPath.TryGetValue(outcome.FullPath, out var file)) file.Diagnostics = outcome.Result!.Diagnostics;
            }
        }
    }

    /// <summary>One file being fixed: its bytes as read, the text as fixed so far, and what was applied.</summary>
    private sealed class FixedFile
    {
        private byte[] original = Array.Empty<byte>();
        private FileSettings settings = FileSettings.Default;

        public FixedFile(FileOutcome outcome)
        {
            Outcome = outcome;
            Diagnostics = outcome.Result!.Diagnostics;
        }

        public FileOutcome Outcome { get; }

        public SourceText? Source { get; private set; }

        public string Text { get; set; } = string.Empty;

        /// <summary>The file's own findings (before run-level passes) for the text as it is now.</summary>
        public LintResult? FileResult { get; private set; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; set; }

        public List<string> Applied { get; } = new();

        public int Left { get; set; }

        public bool CanWrite { get; private set; }

        /// <summary>Reads the bytes again and decides whether the file can be written back byte for byte.</summary>
        public void Read(ConfigResolver resolver, List<string> notes)
        {
            try
            {
                original = File.ReadAllBytes(Outcome.FullPath);
                settings = resolver.GetSettings(Outcome.FullPath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ConfigException)
            {
                notes.Add($"{Outcome.DisplayPath}: skipped: cannot read it again: {ex.Message}");
                return;
            }

            Source = SourceText.FromBytes(original);
            if (Source.HadInvalidBytes)
            {
                notes.Add($"{Outcome.DisplayPath}: skipped: it holds bytes that are not valid {Describe(Source.Encoding)} (shown as U+FFFD); a rewrite would lose them, so it is never fixed.");
                return;
            }

            if (!RoundTrips(Source, original))
            {
                notes.Add($"{Outcome.DisplayPath}: skipped: its text would not be written back byte for byte.");
                return;
            }

            Text = Source.Text;
            FileResult = TranscriptLinter.Lint(Outcome.DisplayPath, Source, settings);
            CanWrite = true;
        }

        public void Relint() => FileResult = TranscriptLinter.Lint(Outcome.DisplayPath, SourceText.FromBytes(Source!.GetBytes(Text)), settings);

        /// <summary>
        /// Writes the fixed text to a temporary file in the same folder and renames it over the file (through a link, over
        /// the file it points to), keeping its permissions; refuses when the file changed since it was read.
        /// </summary>
        public bool Write(List<string> notes)
        {
            string path = Outcome.FullPath;
            string? temp = null;
            try
            {
                var info = new FileInfo(path);
                if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target) path = target.FullName;
                if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(original))
                {
                    notes.Add($"{Outcome.DisplayPath}: not written: it changed while it was being fixed.");
                    return false;
                }

                string folder = Path.GetDirectoryName(path) ?? ".";
                temp = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    stream.Write(Source!.GetBytes(Text));
                    stream.Flush(flushToDisk: true);
                }

                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
                File.Move(temp, path, overwrite: true);
                temp = null;
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EncoderFallbackException)
            {
                notes.Add($"transcriptlint: error: cannot write '{Outcome.DisplayPath}': {ex.Message}");
                return false;
            }
            finally
            {
                if (temp is not null && File.Exists(temp)) File.Delete(temp);
            }
        }

        private static bool RoundTrips(SourceText source, byte[] bytes)
        {
            try
            {
                return source.GetBytes(source.Text).AsSpan().SequenceEqual(bytes);
            }
            catch (EncoderFallbackException)
            {
                return false;
            }
        }

        private static string Describe(TextEncodingKind kind) => kind switch
        {
            TextEncodingKind.Utf8 or TextEncodingKind.Utf8WithBom => "UTF-8",
            TextEncodingKind.Utf32LittleEndian or TextEncodingKind.Utf32BigEndian => "UTF-32",
            _ => "UTF-16",
        };
    }
}
