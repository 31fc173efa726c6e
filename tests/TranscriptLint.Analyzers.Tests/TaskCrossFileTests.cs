using System;
using System.IO;
using System.Linq;
using TranscriptLint.Analyzers.Tests.Support;
using Xunit;

namespace TranscriptLint.Analyzers.Tests;

/// <summary>
/// TL0013 in the MSBuild task: worked out over every file of the build, the cached ones too (the cache keeps each file's
/// speaker summary), so an edit in one file adds or removes a finding in another whose own entry did not change.
/// </summary>
public sealed class TaskCrossFileTests : IDisposable
{
    private readonly string root = CrossFileRepo.WriteTo("tl-task-xfile-");

    [Fact]
    public void A_replayed_build_reports_TL0013_like_the_fresh_one()
    {
        var first = Run();
        Assert.Equal(7, first.Task.ReReadCount);
        Assert.Equal(new[] { "ep7.md(3,3) TL0013", "ep7.md(7,3) TL0013" }, CrossFile(first.Engine));
        Assert.Contains("'Ann Lee-Carter', the spelling in 6 files", first.Engine.Warnings.First(w => w.Code == "TL0013").Message);

        var second = Run();
        Assert.Equal(0, second.Task.ReReadCount);
        Assert.Equal(first.Engine.ReportedLines(), second.Engine.ReportedLines());
    }

    [Fact]
    public void Editing_other_files_removes_and_adds_TL0013_in_a_file_whose_cache_entry_is_unchanged()
    {
        Assert.Equal(2, CrossFile(Run().Engine).Length);

        // Two of the six usual files switch to the variant: 4 against 3 is no longer a clear majority.
        File.WriteAllText(Path.Combine(root, "ep1.md"), CrossFileRepo.Episode(1, CrossFileRepo.Variant));
        File.WriteAllText(Path.Combine(root, "ep2.md"), CrossFileRepo.Episode(2, CrossFileRepo.Variant));
        var removed = Run();
        Assert.Equal(2, removed.Task.ReReadCount); // ep7.md came from the cache
        Assert.Empty(CrossFile(removed.Engine));

        // Put them back: ep7.md is still replayed, and its findings return.
        File.WriteAllText(Path.Combine(root, "ep1.md"), CrossFileRepo.Episode(1));
        File.WriteAllText(Path.Combine(root, "ep2.md"), CrossFileRepo.Episode(2));
        var added = Run();
        Assert.Equal(2, added.Task.ReReadCount);
        Assert.Equal(new[] { "ep7.md(3,3) TL0013", "ep7.md(7,3) TL0013" }, CrossFile(added.Engine));
    }

    [Fact]
    public void Suppressions_and_the_rule_severity_survive_the_cache()
    {
        File.WriteAllText(Path.Combine(root, "transcriptlint.json"), """{ "rules": { "TL0013": "error" } }""");
        File.WriteAllText(Path.Combine(root, "ep7.md"), CrossFileRepo.VariantEpisode.Replace("**Ann Lee-Cartre:** First", "<!-- transcriptlint-disable-next-line TL0013 -->\n**Ann Lee-Cartre:** First"));

        var first = Run();
        var second = Run();

        Assert.Equal(0, second.Task.ReReadCount);
        Assert.Equal(new[] { "ep7.md(3,3) TL0013" }, second.Engine.Errors.Where(e => e.Code == "TL0013").Select(e => $"{e.File}({e.LineNumber},{e.ColumnNumber}) {e.Code}"));
        Assert.Equal(first.Engine.ReportedLines(), second.Engine.ReportedLines());
        Assert.False(second.Succeeded);
    }

    [Fact]
    public void A_no_op_build_replays_the_findings_across_files_without_reading_the_speaker_summaries()
    {
        var first = Run();

        // Everything after the summaries file's first line (its generation) is damaged: a build that read it would
        // lose TL0013. A no-op build replays the last run's record instead.
        string speakers = Path.Combine(root, "obj", "lint.cache.speakers");
        string header = File.ReadLines(speakers).First();
        File.WriteAllText(speakers, header + "\ns\tgarbage\n");
        var noop = Run();
        Assert.Equal(0, noop.Task.ReReadCount);
        Assert.Equal(first.Engine.ReportedLines(), noop.Engine.ReportedLines());
    }

    [Fact]
    public void Summaries_of_another_generation_are_ignored_with_the_cache_and_every_file_is_linted_again()
    {
        var first = Run();

        // As a build killed between writing the summaries and the cache would leave them.
        string speakers = Path.Combine(root, "obj", "lint.cache.speakers");
        var lines = File.ReadAllLines(speakers);
        lines[0] = "transcriptlint-speakers 00000000000000000000000000000000";
        File.WriteAllLines(speakers, lines);
        var again = Run();
        Assert.Equal(7, again.Task.ReReadCount);
        Assert.Equal(first.Engine.ReportedLines(), again.Engine.ReportedLines());
        Assert.Equal(0, Run().Task.ReReadCount);
    }

    [Fact]
    public void A_changed_baseline_runs_the_passes_again_though_no_transcript_changed()
    {
        File.WriteAllText(Path.Combine(root, "transcriptlint.json"), "{}");
        Assert.Equal(0, Cli.Program.Run(new[] { "baseline" }, new StringWriter(), new StringWriter(), root));
        string baseline = Path.Combine(root, "transcriptlint.baseline.json");
        string frozen = File.ReadAllText(baseline);

        Assert.Empty(CrossFile(Run(baseline).Engine));
        Assert.Empty(CrossFile(Run(baseline).Engine));

        File.WriteAllText(baseline, """{ "version": 1, "findings": [] }""");
        var thawed = Run(baseline);
        Assert.Equal(0, thawed.Task.ReReadCount);
        Assert.Equal(new[] { "ep7.md(3,3) TL0013", "ep7.md(7,3) TL0013" }, CrossFile(thawed.Engine));

        File.WriteAllText(baseline, frozen);
        Assert.Empty(CrossFile(Run(baseline).Engine));
    }

    public void Dispose() => TaskRun.Delete(root);

    private TaskRun.Result Run(string? baseline = null) => TaskRun.Execute(root, baseline: baseline);

    private static string[] CrossFile(FakeBuildEngine engine) =>
        engine.Warnings.Where(w => w.Code == "TL0013").Select(w => $"{w.File}({w.LineNumber},{w.ColumnNumber}) {w.Code}").OrderBy(k => k, StringComparer.Ordinal).ToArray();
}
