using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using TranscriptLint.Analyzers.Tests.Support;
using TranscriptLint.Tasks;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Analyzers.Tests;

/// <summary>
/// The baseline in the task (BaselineFile, a run-level pass after TL0013) and the analyzer (the baseline handed over
/// as an AdditionalFile with TranscriptLintKind=Baseline): after issue 12's edits to a baselined generated corpus,
/// only the new defect is reported.
/// </summary>
public sealed class BaselineHostTests
{
    [GeneratedCorpusFact]
    public void Task_and_analyzer_report_only_the_new_defect_after_ten_files_moved_down_ten_lines()
    {
        string corpus = GeneratedCorpusCopy.Make();
        try
        {
            Assert.Equal(0, Cli.Program.Run(new[] { "baseline" }, new StringWriter(), new StringWriter(), corpus));
            string baseline = Path.Combine(corpus, "transcriptlint.baseline.json");
            Assert.Empty(RunTask(corpus, baseline).Warnings);
            Assert.Empty(RunAnalyzer(corpus, baseline));

            var (file, line) = BaselineScenario.Apply(corpus);

            var task = RunTask(corpus, baseline);
            Assert.Equal(new[] { $"{file}({line}) TL0012" }, task.Warnings.Select(w => $"{w.File.Replace('\\', '/')}({w.LineNumber}) {w.Code}"));
            Assert.Empty(task.Errors);
            Assert.DoesNotContain(task.Messages, m => m.Message!.Contains("no longer occur"));
            Assert.Contains(task.Messages, m => m.Message!.Contains("in the baseline transcriptlint.baseline.json not shown"));

            var analyzer = RunAnalyzer(corpus, baseline);
            Assert.Equal(new[] { $"{file}({line}) warning TL0012" }, analyzer.Select(d =>
                $"{Path.GetRelativePath(corpus, d.Location.GetLineSpan().Path).Replace('\\', '/')}({d.Location.GetLineSpan().StartLinePosition.Line + 1}) {d.Severity.ToString().ToLowerInvariant()} {d.Id}"));

            // Without the baseline, both report the frozen findings too.
            Assert.True(RunTask(corpus, null).Warnings.Count > 10);
            Assert.True(RunAnalyzer(corpus, null).Length > 10);
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }
    }

    [Fact]
    public void A_baseline_hides_TL0013_in_the_task_and_the_analyzer_and_a_missing_or_broken_one_is_TL1000()
    {
        string root = CrossFileRepo.WriteTo("tl-baseline-xfile-");
        try
        {
            File.WriteAllText(Path.Combine(root, "transcriptlint.json"), "{}");
            Assert.Equal(0, Cli.Program.Run(new[] { "baseline" }, new StringWriter(), new StringWriter(), root));
            string baseline = Path.Combine(root, "transcriptlint.baseline.json");
            Assert.Contains("\"TL0013\"", File.ReadAllText(baseline));

            var task = RunTask(root, baseline);
            Assert.Empty(task.Warnings);
            Assert.Empty(RunAnalyzer(root, baseline));

            var missing = RunTask(root, Path.Combine(root, "nope.json"));
            Assert.Equal("TL1000", Assert.Single(missing.Errors).Code);

            File.WriteAllText(baseline, "{ \"findings\": 3 }");
            Assert.Equal("TL1000", Assert.Single(RunTask(root, baseline).Errors).Code);
            var broken = RunAnalyzer(root, baseline);
            Assert.Contains(broken, d => d.Id == "TL1000" && d.Location.GetLineSpan().Path == baseline);
            Assert.Contains(broken, d => d.Id == "TL0013");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static FakeBuildEngine RunTask(string root, string? baseline)
    {
        var engine = new FakeBuildEngine();
        var items = Transcripts(root).Select(f =>
        {
            var item = new TaskItem(Path.GetRelativePath(root, f));
            item.SetMetadata(LintTranscripts.DefaultItemMetadata, "true");
            return (ITaskItem)item;
        }).ToArray();
        new LintTranscripts { BuildEngine = engine, Transcripts = items, ProjectDirectory = root, BaselineFile = baseline, CacheFile = "obj/baseline.cache" }.Execute();
        return engine;
    }

    private static Microsoft.CodeAnalysis.Diagnostic[] RunAnalyzer(string root, string? baseline)
    {
        var files = new List<TestAdditionalFile>();
        foreach (var f in Transcripts(root)) files.Add(TestAdditionalFile.TranscriptFromBytes(f, File.ReadAllBytes(f), defaultItem: true));
        string config = Path.Combine(root, "transcriptlint.json");
        if (File.Exists(config)) files.Add(TestAdditionalFile.Config(config, File.ReadAllText(config)));
        if (baseline is not null) files.Add(TestAdditionalFile.Config(baseline, File.ReadAllText(baseline), kind: "Baseline"));
        return AnalyzerRunner.Run(files).ToArray();
    }

    private static IEnumerable<string> Transcripts(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => Path.GetExtension(f) is ".txt" or ".md" or ".vtt" or ".srt")
            .OrderBy(f => f, StringComparer.Ordinal);
}
