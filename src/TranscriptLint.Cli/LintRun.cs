using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TranscriptLint.Diagnostics;
using TranscriptLint.Engine;

namespace TranscriptLint.Cli;

/// <summary>
/// The command line's view of a <see cref="LintSession"/>: paths resolved against the current folder, paths shown
/// relative to it, problems and notes worded for stderr. Which files are linted, with which config, lives in Core.
/// </summary>
internal sealed class LintRun
{
    private LintRun(IReadOnlyList<FileOutcome> outcomes, IReadOnlyList<string> problems, IReadOnlyList<string> notes)
    {
        Outcomes = outcomes;
        Problems = problems;
        Notes = notes;
    }

    /// <summary>Every file considered, sorted by display path; includes files skipped as not transcripts.</summary>
    public IReadOnlyList<FileOutcome> Outcomes { get; }

    /// <summary>Usage, config and I/O problems, already worded for the user (each makes the exit code 2).</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Things the user should know that are not failures, such as a named file skipped as binary.</summary>
    public IReadOnlyList<string> Notes { get; }

    public LintRun WithOutcomes(IReadOnlyList<FileOutcome> outcomes) => new(outcomes, Problems, Notes);

    public IEnumerable<FileOutcome> Linted => Outcomes.Where(o => o.IsLinted);

    public IEnumerable<Diagnostic> Diagnostics => Linted.SelectMany(o => o.Result!.Diagnostics);

    /// <summary>
    /// Lints the paths with TL0013 over the run. With <paramref name="keepSpeakerUses"/> every file's label positions
    /// stay whole (fix runs TL0013 again after its edits); otherwise TL0013 keeps only those it may report, so the
    /// run's memory does not grow with every label of the corpus.
    /// </summary>
    public static LintRun Execute(IReadOnlyList<string> paths, string? configPath, string currentDirectory, Progress? progress = null, bool keepSpeakerUses = false)
    {
        var host = new CliLintHost(currentDirectory) { Progress = progress };
        var session = new LintSession(host, new LintSessionOptions
        {
            ExplicitConfigPath = configPath is null ? null : Path.GetFullPath(configPath, currentDirectory),
            RunPasses = new IRunPass[] { keepSpeakerUses ? CrossFileSpellingPass.Instance : CrossFileSpellingPass.Trimming },
            PackFindings = true,
        });
        var result = session.Run(paths.Select(p => LintInput.Path(Path.GetFullPath(p, currentDirectory), p)));
        return new LintRun(result.Outcomes, host.Problems, host.Notes);
    }

    /// <summary>The disk, with paths shown relative to the current folder and problems collected for stderr.</summary>
    private sealed class CliLintHost : DiskLintHost
    {
        private readonly string currentDirectory;

        public CliLintHost(string currentDirectory)
        {
            this.currentDirectory = currentDirectory;
        }

        public List<string> Problems { get; } = new();

        public List<string> Notes { get; } = new();

        public Progress? Progress { get; init; }

        public override TranscriptLint.Text.FileBytes? ReadTranscript(string fullPath, long maxBytes, System.Threading.CancellationToken cancellationToken, out TranscriptLint.Text.UnreadReason unread)
        {
            var bytes = base.ReadTranscript(fullPath, maxBytes, cancellationToken, out unread);
            Progress?.FileRead();
            return bytes;
        }

        /// <summary>Relative to the current folder (with '..' when outside it), absolute only across drives.</summary>
        public override string GetDisplayPath(string fullPath)
        {
            string relative = Path.GetRelativePath(currentDirectory, fullPath);
            return Path.IsPathRooted(relative) ? fullPath : relative;
        }

        public override void Report(LintProblem problem)
        {
            switch (problem.Kind)
            {
                case LintProblemKind.MissingInput:
                    Problems.Add($"transcriptlint: error: {problem.Message}");
                    break;
                case LintProblemKind.UnreadableFolder:
                    Problems.Add($"transcriptlint: error: cannot read the folder '{problem.DisplayPath}': {problem.Message}");
                    break;
                case LintProblemKind.ConfigError:
                    Problems.Add(problem.ConfigError!.ToDisplayString());
                    break;
                case LintProblemKind.UnreadableFile:
                    Problems.Add($"{problem.DisplayPath}: error: {problem.Message}");
                    break;
                case LintProblemKind.Skipped:
                    Notes.Add($"{problem.DisplayPath}: skipped: {problem.Message}.");
                    break;
            }
        }
    }
}
