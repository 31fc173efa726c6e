using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.Build.Utilities;
using Microsoft.CodeAnalysis;
using TranscriptLint.Analyzers.Tests.Support;
using TranscriptLint.Tasks;
using Xunit;

namespace TranscriptLint.Analyzers.Tests;

/// <summary>
/// The three front ends agree: for every rule fixture, the CLI (<c>--format json</c>, in-process), the MSBuild task
/// (the real LintTranscripts through a fake build engine) and the analyzer report the same set of
/// (rule, line, column, severity), with default settings and with a transcriptlint.json that changes severities.
/// The fixtures are copied to a temp folder so that no config above the clone can reach the CLI or the task.
/// </summary>
public sealed class ParityTests : IClassFixture<ParityTests.FixtureCopy>
{
    /// <summary>Turns one rule down to a suggestion (info), promotes another to an error and turns a third off.</summary>
    public const string Config = """{ "rules": { "TL0001": "suggestion", "TL0003": "error", "TL0004": "off" } }""";

    private readonly FixtureCopy copy;

    public ParityTests(FixtureCopy copy)
    {
        this.copy = copy;
    }

    public static IEnumerable<object[]> Cases()
    {
        foreach (var fixture in Fixtures.All())
        {
            yield return new[] { fixture[0], "default" };
            yield return new[] { fixture[0], "configured" };
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cli_task_and_analyzer_report_the_same_findings(string fixture, string variant)
    {
        string root = Path.Combine(copy.Root, variant);
        string relative = fixture.Replace('/', Path.DirectorySeparatorChar);

        var cli = RunCli(root, relative);
        var task = RunTask(root, relative);
        var analyzer = RunAnalyzer(root, relative, variant == "configured");

        Assert.Equal(cli, task);
        Assert.Equal(cli, analyzer);
    }

    private static List<string> RunCli(string root, string relative)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = Cli.Program.Run(new[] { relative, "--format", "json" }, stdout, stderr, root);
        Assert.True(exit is 0 or 1, $"exit {exit}: {stderr}");
        using var json = JsonDocument.Parse(stdout.ToString());
        return Sorted(json.RootElement.EnumerateArray().Select(d =>
            Key(d.GetProperty("ruleId").GetString()!, d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), d.GetProperty("severity").GetString()!)));
    }

    private static List<string> RunTask(string root, string relative)
    {
        var engine = new FakeBuildEngine();
        var task = new LintTranscripts { BuildEngine = engine, Transcripts = new[] { new TaskItem(relative) }, ProjectDirectory = root };
        task.Execute();
        return Sorted(
            engine.Errors.Select(e => Key(e.Code, e.LineNumber, e.ColumnNumber, "error"))
                .Concat(engine.Warnings.Select(e => Key(e.Code, e.LineNumber, e.ColumnNumber, "warning")))
                .Concat(engine.Messages.Where(m => !string.IsNullOrEmpty(m.Code)).Select(m => Key(m.Code, m.LineNumber, m.ColumnNumber, "suggestion"))));
    }

    private static List<string> RunAnalyzer(string root, string relative, bool configured)
    {
        string path = Path.Combine(root, relative);
        var files = new List<TestAdditionalFile> { TestAdditionalFile.TranscriptFromBytes(path, File.ReadAllBytes(path)) };
        if (configured) files.Add(TestAdditionalFile.Config(Path.Combine(root, "transcriptlint.json"), File.ReadAllText(Path.Combine(root, "transcriptlint.json"))));
        return Sorted(AnalyzerRunner.Run(files).Select(d =>
        {
            var start = d.Location.GetLineSpan().StartLinePosition;
            string severity = d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                DiagnosticSeverity.Info => "suggestion",
                _ => "hidden",
            };
            return Key(d.Id, start.Line + 1, start.Character + 1, severity);
        }));
    }

    private static string Key(string rule, int line, int column, string severity) => $"{rule} ({line},{column}) {severity}";

    private static List<string> Sorted(IEnumerable<string> keys) => keys.OrderBy(k => k, StringComparer.Ordinal).ToList();

    /// <summary>The fixtures twice under a temp folder: default/ with no config, configured/ under <see cref="Config"/>.</summary>
    public sealed class FixtureCopy : IDisposable
    {
        public FixtureCopy()
        {
            Root = Path.Combine(Path.GetTempPath(), "tl-parity-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            foreach (var variant in new[] { "default", "configured" })
            {
                foreach (var fixture in Fixtures.All().Select(f => (string)f[0]))
                {
                    string target = Path.Combine(Root, variant, fixture.Replace('/', Path.DirectorySeparatorChar));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(Fixtures.PathOf(fixture), target);
                }
            }

            File.WriteAllText(Path.Combine(Root, "configured", "transcriptlint.json"), Config);
        }

        public string Root { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not worth failing the run.
            }
        }
    }
}
