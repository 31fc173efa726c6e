using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.Build.Utilities;
using TranscriptLint.Analyzers.Tests.Support;
using TranscriptLint.Tasks;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Analyzers.Tests;

/// <summary>The MSBuild task's SARIF (<c>TranscriptLintSarifFile</c>) passes Microsoft's validator too, GitHub's ingestion rules included.</summary>
public sealed class TaskSarifValidationTests
{
    [SarifMultitoolFact]
    public void Task_sarif_of_the_samples_passes_sarif_multitool_validate_with_default_and_github_rules()
    {
        string root = Path.Combine(Path.GetTempPath(), "tl-task-sarif-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "samples"), "*", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f) != "README.md")
                .Select(f => Path.GetRelativePath(Path.Combine(RepoPaths.Root, "samples"), f))
                .ToList();
            foreach (var file in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, file))!);
                File.Copy(Path.Combine(RepoPaths.Root, "samples", file), Path.Combine(root, file));
            }

            var task = new LintTranscripts
            {
                BuildEngine = new FakeBuildEngine(),
                Transcripts = files.Select(f => new TaskItem(f)).ToArray(),
                ProjectDirectory = root,
                SarifFile = "obj/transcriptlint.sarif",
            };
            task.Execute();

            string sarif = Path.Combine(root, "obj", "transcriptlint.sarif");
            using (var json = JsonDocument.Parse(File.ReadAllText(sarif)))
            {
                Assert.NotEqual(0, json.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
            }

            foreach (var ruleKind in new[] { null, "Gh" })
            {
                var problems = SarifMultitool.Validate(sarif, ruleKind);
                Assert.True(problems.Count == 0, $"sarif-multitool validate{(ruleKind is null ? string.Empty : " --rule-kind " + ruleKind)} on the task's SARIF:\n" + string.Join("\n", problems));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
