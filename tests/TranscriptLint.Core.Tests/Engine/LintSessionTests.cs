using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using TranscriptLint.Engine;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Engine;

/// <summary>The one lint session every host calls, driven through an in-memory host: no disk.</summary>
public sealed class LintSessionTests
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "tl-session-in-memory"));

    private const string Transcript = "Call\n\nANN LEE: Hi.\n\nANN LEE:\n\nBOB RAY: Bye.\n";

    private static string P(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    [Fact]
    public void A_folder_walk_uses_the_nearest_config_above_each_file_and_its_excludes_and_skips_files_that_are_not_transcripts()
    {
        var host = new InMemoryHost(Root)
        {
            [P("transcriptlint.json")] = """{ "rules": { "TL0003": "error" }, "exclude": ["drafts/**"] }""",
            [P("sub/transcriptlint.json")] = """{ "rules": { "TL0003": "off" } }""",
            [P("a.txt")] = Transcript,
            [P("README.md")] = "# Readme\n\nNothing to see.\n",
            [P("drafts/b.txt")] = Transcript,
            [P("sub/c.txt")] = Transcript,
        };

        var result = new LintSession(host).Run(new[] { LintInput.Path(Root, ".") });

        Assert.Equal(new[] { "a.txt", "sub/c.txt" }, result.Linted.Select(o => o.DisplayPath));
        Assert.Equal(new[] { "README.md", "a.txt", "sub/c.txt" }, result.Outcomes.Select(o => o.DisplayPath));
        Assert.Equal(new[] { "a.txt TL0003 Error" }, result.Diagnostics.Where(d => d.RuleId == "TL0003").Select(d => $"{d.Path} {d.RuleId} {d.Severity}"));
        Assert.Empty(host.Problems);
    }

    [Fact]
    public void A_named_file_is_linted_even_when_excluded_or_not_like_a_transcript_and_a_found_file_is_not()
    {
        var host = new InMemoryHost(Root)
        {
            [P("transcriptlint.json")] = """{ "exclude": ["drafts/**"] }""",
            [P("drafts/b.txt")] = Transcript,
            [P("drafts/c.txt")] = Transcript,
            [P("notes.md")] = "# Notes\n",
        };

        var result = new LintSession(host).Run(new[]
        {
            LintInput.NamedFile(P("drafts/b.txt")),
            LintInput.FoundFile(P("drafts/c.txt")),
            LintInput.FoundFile(P("notes.md")),
            LintInput.FoundFile(P("notes.md")),
            LintInput.NamedFile(P("notes.md")),
        });

        Assert.Equal(new[] { "drafts/b.txt", "notes.md" }, result.Linted.Select(o => o.DisplayPath));
        Assert.Equal(2, result.Considered);
    }

    [Fact]
    public void The_roster_a_config_names_is_read_through_the_host()
    {
        var host = new InMemoryHost(Root)
        {
            [P("transcriptlint.json")] = """{ "speakers": { "roster": "people.txt" } }""",
            [P("people.txt")] = "Ann Lee\n",
            [P("a.txt")] = "Call\n\nANN LEE: Hi.\n\nBOB RAY: Bye.\n\nANN LEE: Yes.\n\nBOB RAY: No.\n",
        };

        var result = new LintSession(host).Run(new[] { LintInput.NamedFile(P("a.txt")) });

        Assert.Contains(result.Diagnostics, d => d.RuleId == "TL0007");
        Assert.Contains(P("people.txt"), host.SettingsRead);
    }

    [Fact]
    public void A_broken_config_is_reported_once_and_its_files_are_not_linted()
    {
        var host = new InMemoryHost(Root)
        {
            [P("transcriptlint.json")] = """{ "rules": { "TL9999": "error" } }""",
            [P("a.txt")] = Transcript,
            [P("b.txt")] = Transcript,
        };

        var result = new LintSession(host).Run(new[] { LintInput.NamedFile(P("a.txt")), LintInput.NamedFile(P("b.txt")) });

        Assert.Empty(result.Linted);
        Assert.Single(host.Problems, p => p.Kind == LintProblemKind.ConfigError);
    }

    [Fact]
    public void Run_passes_are_called_once_after_every_file_with_the_outcomes_in_order_and_their_result_is_reported()
    {
        var host = new InMemoryHost(Root)
        {
            [P("b.txt")] = Transcript,
            [P("a.txt")] = Transcript,
            [P("c.txt")] = Transcript,
        };
        var pass = new DroppingPass("b.txt");

        var result = new LintSession(host, new LintSessionOptions { RunPasses = new IRunPass[] { pass } })
            .Run(new[] { LintInput.Path(Root, ".") });

        Assert.Equal(1, pass.Calls);
        Assert.Equal(new[] { "a.txt", "b.txt", "c.txt" }, pass.Seen);
        Assert.Equal(new[] { "a.txt", "c.txt" }, result.Linted.Select(o => o.DisplayPath));
    }

    [Fact]
    public void A_cache_replay_skips_the_lint_and_counts_as_not_relinted()
    {
        var host = new InMemoryHost(Root) { [P("a.txt")] = Transcript, [P("b.txt")] = Transcript };
        var cache = new ReplayingCache(P("a.txt"));

        var result = new LintSession(host, new LintSessionOptions { Cache = cache }).Run(new[] { LintInput.Path(Root, ".") });

        Assert.Equal(2, result.Considered);
        Assert.Equal(1, result.Relinted);
        Assert.Equal(new[] { P("b.txt") }, cache.Recorded);
        Assert.True(result.Outcomes.Single(o => o.DisplayPath == "a.txt").IsReplayed);
    }

    [Fact]
    public void A_file_named_and_inside_walked_folders_is_linted_once_as_named_and_outcomes_stay_in_display_order()
    {
        var host = new InMemoryHost(Root)
        {
            [P("transcriptlint.json")] = """{ "exclude": ["drafts/**"] }""",
            [P("a.txt")] = Transcript,
            [P("drafts/b.txt")] = Transcript,
            [P("sub/c.txt")] = Transcript,
            [P("sub/d.txt")] = Transcript,
        };

        // The folder is given twice (whole and a sub-folder) and an excluded file inside it is named as well.
        var result = new LintSession(host).Run(new[]
        {
            LintInput.Path(Root, "."),
            LintInput.Path(P("sub"), "sub"),
            LintInput.Path(P("drafts/b.txt"), "drafts/b.txt"),
        });

        Assert.Equal(new[] { "a.txt", "drafts/b.txt", "sub/c.txt", "sub/d.txt" }, result.Outcomes.Select(o => o.DisplayPath));
        Assert.True(Assert.Single(result.Outcomes, o => o.DisplayPath == "drafts/b.txt").IsNamed);
        Assert.Equal(4, result.Considered);
        Assert.Equal(4, result.Relinted);
    }

    [Fact]
    public void A_run_cancelled_while_the_walk_goes_on_stops_with_the_cancellation()
    {
        using var cancel = new CancellationTokenSource();
        var host = new InMemoryHost(Root) { OnListFolder = cancel.Cancel };
        for (int i = 0; i < 50; i++) host[P($"f{i / 10}/t{i}.txt")] = Transcript;

        Assert.ThrowsAny<OperationCanceledException>(() => new LintSession(host, new LintSessionOptions { CancellationToken = cancel.Token }).Run(new[] { LintInput.Path(Root, ".") }));
    }

    [Fact]
    public void A_missing_input_is_reported_with_the_hosts_reason()
    {
        var host = new InMemoryHost(Root);

        var result = new LintSession(host).Run(new[] { LintInput.Path(P("nope.txt"), "nope.txt") });

        Assert.Empty(result.Outcomes);
        Assert.Equal("'nope.txt' does not exist.", Assert.Single(host.Problems).Message);
    }

    /// <summary>
    /// A run that TL0013 trims keeps the label positions only of spellings it may still report, and finds what a run
    /// that keeps them all finds: a slip in three files, one in four translations of one talk (one file to the
    /// census), one pinned by a roster, one in a folder where TL0013 is off, and the usual spellings in many files.
    /// </summary>
    [Fact]
    public void TL0013_trimming_keeps_only_the_label_positions_it_may_report_and_finds_the_same()
    {
        static string Episode(string a, string b) => $"# Episode\n\n**{a}:** Welcome.\n\n**{b}:** Thanks.\n\n**{a}:** Go on.\n\n**{b}:** Sure.\n";
        InMemoryHost Repo()
        {
            var host = new InMemoryHost(Root)
            {
                [P("transcriptlint.json")] = """{ "overrides": [ { "files": ["quiet/**"], "rules": { "TL0013": "off" } } ] }""",
                [P("pinned/transcriptlint.json")] = """{ "speakers": { "roster": "people.txt" } }""",
                [P("pinned/people.txt")] = "Bea Moreno-Diaz\n",
                [P("pinned/p1.md")] = Episode("Bea Moreno-Diaz", "Guest Pinned One"),
            };
            for (int i = 1; i <= 20; i++) host[P($"shows/ep{i:00}.md")] = Episode("Ann Lee-Carter", i <= 2 ? "Bea Moreno-Dias" : "Cy Okonkwo-Baker");
            for (int i = 1; i <= 3; i++) host[P($"slips/s{i}.md")] = Episode("Ann Lee-Cartre", "Cy Okonkwo-Bakker");
            foreach (var language in new[] { "", ".es", ".fr", ".de" }) host[P($"talks/t1{language}.md")] = Episode("Ann Lee-Cartter", "Cy Okonkwo-Baker");
            host[P("quiet/q1.md")] = Episode("Ann Lee-Cartr", "Cy Okonkwo-Baker");
            return host;
        }

        LintSessionResult Run(CrossFileSpellingPass pass) =>
            new LintSession(Repo(), new LintSessionOptions { RunPasses = new IRunPass[] { pass } }).Run(new[] { LintInput.Path(Root, ".") });

        static string[] Findings(LintSessionResult result) =>
            result.Diagnostics.Select(d => $"{d.Path}({d.Start},{d.End}) {d.RuleId} {d.Severity} {d.Fingerprint} {d.Message} {d.Fix?.Description}").ToArray();

        var whole = Run(CrossFileSpellingPass.Instance);
        var trimmed = Run(CrossFileSpellingPass.Trimming);

        Assert.Equal(Findings(whole), Findings(trimmed));
        Assert.Contains(Findings(trimmed), f => f.StartsWith("slips/s1.md", StringComparison.Ordinal) && f.Contains("TL0013") && f.Contains("'Ann Lee-Cartre' (3 files)"));
        Assert.Contains(Findings(trimmed), f => f.StartsWith("talks/t1.fr.md", StringComparison.Ordinal) && f.Contains("'Ann Lee-Cartter' (1 file)"));
        Assert.Contains(Findings(trimmed), f => f.Contains("TL0013") && f.Contains("'Bea Moreno-Dias' (2 files)") && f.Contains("on the roster"));
        Assert.DoesNotContain(Findings(trimmed), f => f.StartsWith("quiet/", StringComparison.Ordinal) && f.Contains("TL0013"));

        var speakers = trimmed.Linted.SelectMany(o => o.Result!.Speakers).ToList();
        var kept = speakers.Where(s => s.Uses.Count > 0).Select(s => s.Spelling).Distinct().OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(new[] { "Ann Lee-Cartre", "Ann Lee-Cartter", "Bea Moreno-Dias", "Cy Okonkwo-Bakker", "Guest Pinned One" }, kept);
        Assert.All(speakers, s => Assert.Equal(2, s.UseCount));
        Assert.DoesNotContain(trimmed.Linted.Single(o => o.DisplayPath == "quiet/q1.md").Result!.Speakers, s => s.Uses.Count > 0);
        Assert.All(whole.Linted.SelectMany(o => o.Result!.Speakers), s => Assert.Equal(2, s.Uses.Count));
    }

    private sealed class DroppingPass : IRunPass
    {
        private readonly string dropped;

        public DroppingPass(string dropped) => this.dropped = dropped;

        public int Calls { get; private set; }

        public List<string> Seen { get; } = new();

        public IReadOnlyList<FileOutcome> Run(IReadOnlyList<FileOutcome> outcomes)
        {
            Calls++;
            Seen.AddRange(outcomes.Select(o => o.DisplayPath));
            return outcomes.Where(o => o.DisplayPath != dropped).ToList();
        }
    }

    private sealed class ReplayingCache : IFileResultCache
    {
        private readonly string replayed;

        public ReplayingCache(string replayed) => this.replayed = replayed;

        public List<string> Recorded { get; } = new();

        public FileOutcome? TryReplay(PlannedFile file, System.Threading.CancellationToken cancellationToken) =>
            file.FullPath == replayed
                ? new FileOutcome(file.FullPath, file.DisplayPath, new LintResult(file.DisplayPath, Model.Dialect.Text, true, Array.Empty<Diagnostics.Diagnostic>()), null, null) { IsLinted = true, IsReplayed = true }
                : null;

        public void Record(PlannedFile file, FileBytes? content, UnreadReason unread, FileOutcome outcome)
        {
            lock (Recorded) Recorded.Add(file.FullPath);
        }
    }

    /// <summary>Files as a dictionary of path to text; folders are the parents of the files.</summary>
    private sealed class InMemoryHost : ILintHost, System.Collections.IEnumerable
    {
        private readonly string root;
        private readonly Dictionary<string, string> files = new(StringComparer.Ordinal);

        public InMemoryHost(string root) => this.root = root;

        public string this[string path]
        {
            set => files[path] = value;
        }

        public List<LintProblem> Problems { get; } = new();

        public List<string> SettingsRead { get; } = new();

        public FileBytes? ReadTranscript(string fullPath, long maxBytes, CancellationToken cancellationToken, out UnreadReason unread)
        {
            unread = UnreadReason.None;
            return new FileBytes(Encoding.UTF8.GetBytes(files[fullPath]));
        }

        public bool HasConfigFile(string fullPath) => files.ContainsKey(fullPath);

        public string ReadSettingsText(string fullPath)
        {
            lock (SettingsRead) SettingsRead.Add(fullPath);
            return files.TryGetValue(fullPath, out var text) ? text : throw new FileNotFoundException("no such file", fullPath);
        }

        /// <summary>Called as each folder is listed (a test cancels the run from here).</summary>
        public Action? OnListFolder { get; init; }

        public FolderListing ListFolder(string fullPath)
        {
            OnListFolder?.Invoke();
            string prefix = fullPath.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            var under = files.Keys.Where(f => f.StartsWith(prefix, StringComparison.Ordinal)).Select(f => f.Substring(prefix.Length)).ToList();
            var direct = under.Where(f => f.IndexOf(Path.DirectorySeparatorChar) < 0).Select(f => prefix + f).OrderBy(f => f, StringComparer.Ordinal).ToList();
            var folders = under.Where(f => f.IndexOf(Path.DirectorySeparatorChar) >= 0).Select(f => prefix + f.Substring(0, f.IndexOf(Path.DirectorySeparatorChar))).Distinct().OrderBy(f => f, StringComparer.Ordinal).ToList();
            return new FolderListing(direct, folders);
        }

        public InputKind Probe(string fullPath, string given, out string? whyNot)
        {
            whyNot = null;
            if (files.ContainsKey(fullPath)) return InputKind.File;
            if (fullPath == root || files.Keys.Any(f => f.StartsWith(fullPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))) return InputKind.Folder;
            whyNot = $"'{given}' does not exist.";
            return InputKind.Missing;
        }

        public string GetDisplayPath(string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');

        public void Report(LintProblem problem) => Problems.Add(problem);

        public System.Collections.IEnumerator GetEnumerator() => files.GetEnumerator();
    }
}
