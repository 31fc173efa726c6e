using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TranscriptLint.Cli;
using TranscriptLint.Diagnostics;
using TranscriptLint.Engine;
using TranscriptLint.Tests.Support;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests;

/// <summary><c>transcriptlint fix</c>: what it writes, what it leaves, and that a second run has nothing to do.</summary>
public sealed class FixCommandTests
{
    private const string Meeting = "Budget meeting\r\n\r\nHEIDI ULLRICH: Welcome.\r\n\r\nALAN GREENBERG: Thanks.\r\n\r\nHEIDI ULLRICH: The cafÃ© is open.\r\n\r\nHEIDI ULRICH: We could ask the board to\r\n\r\n---\r\n\r\napprove it next week.\r\n\r\nALAN GREENBERG : Agreed.\r\n\r\nALAN GREENBERG: Bye.\r\n";

    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    [Fact]
    public void Fix_rewrites_a_bom_crlf_file_in_place_keeping_its_bom_and_line_endings_and_a_second_run_changes_nothing()
    {
        using var repo = new TempFolder();
        string path = repo.WriteBytes("minutes/budget.txt", Bom.Concat(Encoding.UTF8.GetBytes(Meeting)).ToArray());

        var (exit, stdout, stderr) = CliRunner.Run(repo.Path, "fix");
        Assert.Equal(0, exit);
        Assert.Contains("minutes/budget.txt: 5 fixes", stdout.Replace('\\', '/'));
        Assert.Contains("TL0001  rename 'HEIDI ULRICH' to 'HEIDI ULLRICH'", stdout);
        Assert.Contains("Applied 5 fixes in 1 file.", stderr);

        byte[] written = File.ReadAllBytes(path);
        Assert.Equal(Bom, written.Take(3));
        string text = Encoding.UTF8.GetString(written, 3, written.Length - 3);
        Assert.Equal("Budget meeting\r\n\r\nHEIDI ULLRICH: Welcome.\r\n\r\nALAN GREENBERG: Thanks.\r\n\r\nHEIDI ULLRICH: The café is open.\r\n\r\nHEIDI ULLRICH: We could ask the board to approve it next week.\r\n\r\nALAN GREENBERG: Agreed.\r\n\r\nALAN GREENBERG: Bye.\r\n\r\n[END OF TRANSCRIPTION]\r\n", text);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp", SearchOption.AllDirectories).Concat(Directory.GetFiles(Path.GetDirectoryName(path)!, ".*")));

        var second = CliRunner.Run(repo.Path, "fix");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(string.Empty, second.Stdout);
        Assert.Contains("No changes: nothing to fix.", second.Stderr);
        Assert.Equal(written, File.ReadAllBytes(path));
    }

    [Fact]
    public void Fix_keeps_utf16_with_its_byte_order_mark()
    {
        using var repo = new TempFolder();
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        string path = repo.WriteBytes("a.txt", utf16.GetPreamble().Concat(utf16.GetBytes(Meeting.Replace("\r\n", "\n"))).ToArray());
        Assert.Equal(0, CliRunner.Run(repo.Path, "fix", "a.txt").ExitCode);
        byte[] written = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xFF, 0xFE }, written.Take(2));
        Assert.Contains("HEIDI ULLRICH: We could ask the board to approve it next week.\n", utf16.GetString(written, 2, written.Length - 2));
    }

    [Fact]
    public void Fix_only_applies_the_rules_named_with_rule()
    {
        using var repo = new TempFolder();
        string path = repo.WriteBytes("a.txt", Encoding.UTF8.GetBytes(Meeting));
        var (exit, stdout, _) = CliRunner.Run(repo.Path, "fix", "--rule", "TL0002", "--rule", "speaker-label-style");
        Assert.Equal(0, exit);
        Assert.Contains("a.txt: 2 fixes", stdout);
        string text = File.ReadAllText(path);
        Assert.Contains("ALAN GREENBERG: Agreed.", text);
        Assert.EndsWith("[END OF TRANSCRIPTION]\r\n", text);
        Assert.Contains("HEIDI ULRICH:", text);
        Assert.Contains("cafÃ©", text);
    }

    [Fact]
    public void Fix_never_rewrites_a_file_whose_bytes_did_not_decode()
    {
        using var repo = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes(Meeting).Concat(new byte[] { 0xFF, 0x0D, 0x0A }).ToArray();
        string path = repo.WriteBytes("lossy.txt", bytes);
        var (exit, stdout, stderr) = CliRunner.Run(repo.Path, "fix");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("lossy.txt: skipped: it holds bytes that are not valid UTF-8", stderr);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Fix_with_an_unknown_rule_is_a_usage_error()
    {
        using var repo = new TempFolder();
        var (exit, _, stderr) = CliRunner.Run(repo.Path, "fix", "--rule", "TL9999");
        Assert.Equal(2, exit);
        Assert.Contains("unknown rule 'TL9999'", stderr);
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        using var repo = new TempFolder();
        string path = repo.WriteBytes("minutes/budget.txt", Encoding.UTF8.GetBytes(Meeting.Replace("\r\n", "\n")));
        repo.WriteBytes("minutes/show.md", Encoding.UTF8.GetBytes("# Harbour Walk\n\n**Ines Duarte:** Welcome back.\n\n**Kofi Mensah:** Thanks for having me.\n\n**Ines Duarte:** Let us start.\n\n**Kofi Mensah** Sure, every ship.\n\n**Ines Duarte**: And the keepers?\n\n**Kofi Mensah:** They log them all.\n\n**Ines Duarte:** Thank you.\n"));
        byte[] before = File.ReadAllBytes(path);

        var (exit, stdout, stderr) = CliRunner.Run(repo.Path, "fix", "--dry-run");
        Assert.Equal(0, exit);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Contains("(dry run: nothing written)", stderr);
        Snapshot.Verify(stdout.Replace('\\', '/'), Path.Combine(Snapshot.SourceDirectory(), "Snapshots", "fix-dry-run.verified.txt"));
    }

    [GeneratedCorpusFact]
    public void Fix_on_a_generated_corpus_removes_every_fixable_finding_leaves_the_others_and_moves_no_other_byte()
    {
        string corpus = GeneratedCorpusCopy.Make();
        try
        {
            var original = Directory.GetFiles(corpus, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
            Assert.Contains(original.Values, b => b.Take(3).SequenceEqual(Bom) && Encoding.UTF8.GetString(b).Contains("\r\n"));
            var before = Lint(corpus);
            Assert.Contains(before, d => d.Fix is not null);

            var (exit, stdout, _) = CliRunner.Run(corpus, "fix");
            Assert.Equal(0, exit);
            Assert.NotEqual(string.Empty, stdout);

            var after = Lint(corpus);
            Assert.DoesNotContain(after, d => d.Fix is not null);
            Assert.Equal(Tally(before.Where(d => d.Fix is null)), Tally(after));

            foreach (var (path, bytes) in original)
            {
                byte[] now = File.ReadAllBytes(path);
                var fixes = before.Where(d => d.Fix is not null && Path.GetFullPath(d.Path, corpus) == path).ToList();
                if (fixes.Count == 0)
                {
                    Assert.Equal(bytes, now);
                    continue;
                }

                AssertOnlyFixedSpansChanged(path, bytes, now, fixes);
            }

            var second = CliRunner.Run(corpus, "fix");
            Assert.Equal(string.Empty, second.Stdout);
            Assert.Contains("No changes: nothing to fix.", second.Stderr);
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }
    }

    /// <summary>
    /// Walks the file's bytes range by range: outside each applied edit the bytes are the original ones, inside it they
    /// are the edit's text in the file's encoding; the byte order mark and every line ending outside the edits stay.
    /// </summary>
    private static void AssertOnlyFixedSpansChanged(string path, byte[] before, byte[] after, List<Diagnostic> fixes)
    {
        var source = SourceText.FromBytes(before);
        var applied = FixApplier.Apply(source.Text, fixes);
        var edits = applied.Applied.SelectMany(d => d.Fix!.Edits).OrderBy(e => e.Span.Start).ToList();
        int preamble = source.GetBytes(string.Empty).Length;
        var encoding = new UTF8Encoding(false);
        Assert.True(after.AsSpan(0, preamble).SequenceEqual(before.AsSpan(0, preamble)), $"{path}: the byte order mark changed");
        int oldByte = preamble, newByte = preamble, at = 0;
        foreach (var edit in edits)
        {
            int unchanged = encoding.GetByteCount(source.Text.AsSpan(at, edit.Span.Start - at));
            Assert.True(after.AsSpan(newByte, unchanged).SequenceEqual(before.AsSpan(oldByte, unchanged)), $"{path}: bytes changed before offset {edit.Span.Start}");
            oldByte += unchanged + encoding.GetByteCount(source.Text.AsSpan(edit.Span.Start, edit.Span.Length));
            newByte += unchanged;
            byte[] inserted = encoding.GetBytes(edit.NewText);
            Assert.True(after.AsSpan(newByte, inserted.Length).SequenceEqual(inserted), $"{path}: the edit at {edit.Span} wrote other bytes");
            newByte += inserted.Length;
            at = edit.Span.End;
        }

        Assert.True(after.AsSpan(newByte).SequenceEqual(before.AsSpan(oldByte)), $"{path}: bytes changed after the last edit");
        bool crlf = source.LineEnding == "\r\n";
        string text = Encoding.UTF8.GetString(after, preamble, after.Length - preamble);
        Assert.Equal(crlf, text.Replace("\r\n", string.Empty).IndexOf('\n') < 0);
    }

    private static List<Diagnostic> Lint(string folder)
    {
        var run = LintRun.Execute(new[] { "." }, null, folder);
        Assert.Empty(run.Problems);
        return run.Diagnostics.ToList();
    }

    private static string[] Tally(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.GroupBy(d => $"{d.Path} {d.RuleId}").Select(g => $"{g.Key} ×{g.Count()}").OrderBy(s => s, StringComparer.Ordinal).ToArray();
}

/// <summary>An empty temporary folder for a test to write transcripts into.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tl-fix-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        string full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
