using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Microsoft.CodeAnalysis;
using TranscriptLint.Analyzers.Tests.Support;
using TranscriptLint.Tasks;
using Xunit;

namespace TranscriptLint.Analyzers.Tests;

/// <summary>
/// The three front ends agree on the run-level rule and the malformed label: on a hand-written repo (six files with
/// 'Ann Lee-Carter', one with 'Ann Lee-Cartre' and a lost colon), the CLI over the folder, the task over the files as
/// default items (twice: fresh, then from its cache) and the analyzer over them as AdditionalFiles report the same
/// (file, rule, line, column, severity), with default settings and with a config that changes both rules' severities.
/// </summary>
public sealed class CrossFileParityTests : IDisposable
{
    private readonly string root = CrossFileRepo.WriteTo("tl-xparity-");

    [Theory]
    [InlineData(null, "ep7.md (3,3) TL0013 warning|ep7.md (7,3) TL0013 warning|ep7.md (9,1) TL0014 warning")]
    [InlineData("""{ "rules": { "TL0013": "error", "malformed-speaker-label": "suggestion" } }""", "ep7.md (3,3) TL0013 error|ep7.md (7,3) TL0013 error|ep7.md (9,1) TL0014 suggestion")]
    public void Cli_task_and_analyzer_report_the_same_TL0013_and_TL0014_findings(string? config, string expected)
    {
        if (config is not null) File.WriteAllText(Path.Combine(root, "transcriptlint.json"), config);

        var cli = RunCli();
        var task = RunTask();
        var replayed = RunTask();
        var analyzer = RunAnalyzer(config);

        Assert.Equal(expected.Split('|'), cli);
        Assert.Equal(cli, task);
        Assert.Equal(cli, replayed);
        Assert.Equal(cli, analyzer);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private List<string> RunCli()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = Cli.Program.Run(new[] { ".", "--format", "json" }, stdout, stderr, root);
        Assert.True(exit is 0 or 1, $"exit {exit}: {stderr}");
        using var json = JsonDocument.Parse(stdout.ToString());
        return Sorted(json.RootElement.EnumerateArray().Select(d =>
            Key(d.GetProperty("path").GetString()!, d.GetProperty("ruleId").GetString()!, d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), d.GetProperty("severity").GetString()!)));
    }

    private List<string> RunTask()
    {
        var engine = new FakeBuildEngine();
        var items = CrossFileRepo.Files().Select(f =>
        {
            var item = new TaskItem(f.Path);
            item.SetMetadata(LintTranscripts.DefaultItemMetadata, "true");
            return (ITaskItem)item;
        }).ToArray();
        var task = new LintTranscripts { BuildEngine = engine, Transcripts = items, ProjectDirectory = root, CacheFile = "obj/parity.cache" };
        task.Execute();
        return Sorted(
            engine.Errors.Select(e => Key(e.File, e.Code, e.LineNumber, e.ColumnNumber, "error"))
                .Concat(engine.Warnings.Select(e => Key(e.File, e.Code, e.LineNumber, e.ColumnNumber, "warning")))
                .Concat(engine.Messages.Where(m => !string.IsNullOrEmpty(m.Code)).Select(m => Key(m.File, m.Code, m.LineNumber, m.ColumnNumber, "suggestion"))));
    }

    private List<string> RunAnalyzer(string? config)
    {
        var files = CrossFileRepo.Files().Select(f => TestAdditionalFile.Transcript(Path.Combine(root, f.Path), f.Text, defaultItem: true)).ToList();
        if (config is not null) files.Add(TestAdditionalFile.Config(Path.Combine(root, "transcriptlint.json"), config));
        return Sorted(AnalyzerRunner.Run(files).Select(d =>
        {
            var span = d.Location.GetLineSpan();
            string severity = d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                DiagnosticSeverity.Info => "suggestion",
                _ => "hidden",
            };
            return Key(Path.GetRelativePath(root, span.Path), d.Id, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, severity);
        }));
    }

    private static string Key(string file, string rule, int line, int column, string severity) => $"{file.Replace('\\', '/')} ({line},{column}) {rule} {severity}";

    private static List<string> Sorted(IEnumerable<string> keys) => keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
}
