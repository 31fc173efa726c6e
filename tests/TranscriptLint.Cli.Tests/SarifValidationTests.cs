using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests;

/// <summary>
/// The SARIF the command writes passes Microsoft's validator, with its default rules and with GitHub code scanning's
/// ingestion rules (<c>--rule-kind Gh</c>: GH2012 wants every rule to carry <c>help</c>).
/// </summary>
public sealed class SarifValidationTests
{
    [Fact]
    public void Every_rule_in_the_sarif_carries_help_text_and_markdown()
    {
        using var dir = new TempCopy("minutes");
        var (_, stdout, _) = CliRunner.Run(dir.Path, "--format", "sarif");
        using var json = JsonDocument.Parse(stdout);
        var rules = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        Assert.Equal(TranscriptLint.Rules.RuleCatalog.Descriptors.Count, rules.Count);
        Assert.All(rules, rule =>
        {
            var help = rule.GetProperty("help");
            Assert.False(string.IsNullOrWhiteSpace(help.GetProperty("text").GetString()));
            Assert.Contains("How to fix", help.GetProperty("markdown").GetString());
            Assert.Contains(rule.GetProperty("helpUri").GetString()!, help.GetProperty("text").GetString());
        });
    }

    [SarifMultitoolFact]
    public void Sarif_of_the_samples_passes_sarif_multitool_validate_with_default_and_github_rules()
    {
        AssertValid(Path.Combine(RepoPaths.Root, "samples"));
    }

    [SarifMultitoolFact]
    public void Sarif_of_the_rule_fixtures_passes_sarif_multitool_validate_with_default_and_github_rules()
    {
        AssertValid(Path.Combine(RepoPaths.Root, "tests", "TranscriptLint.Core.Tests", "Rules", "Fixtures"));
    }

    [SarifMultitoolCorpusFact]
    public void Sarif_of_a_generated_corpus_passes_sarif_multitool_validate_with_default_and_github_rules()
    {
        string corpus = Path.Combine(Path.GetTempPath(), "tl-sarif-corpus-" + Guid.NewGuid().ToString("N"));
        try
        {
            GeneratedCorpus.Generate(corpus, files: 40, seed: 4);
            AssertValid(corpus);
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }
    }

    private static void AssertValid(string folder)
    {
        string sarif = Path.Combine(Path.GetTempPath(), "tl-sarif-" + Guid.NewGuid().ToString("N") + ".sarif");
        try
        {
            var (exit, _, stderr) = CliRunner.Run(folder, ".", "--format", "sarif", "--output", sarif);
            Assert.True(exit is 0 or 1, stderr);
            using (var json = JsonDocument.Parse(File.ReadAllText(sarif)))
            {
                Assert.NotEqual(0, json.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
            }

            foreach (var ruleKind in new[] { null, "Gh" })
            {
                var problems = SarifMultitool.Validate(sarif, ruleKind);
                Assert.True(problems.Count == 0, $"sarif-multitool validate{(ruleKind is null ? string.Empty : " --rule-kind " + ruleKind)} on the SARIF of {folder}:\n" + string.Join("\n", problems));
            }
        }
        finally
        {
            File.Delete(sarif);
        }
    }
}
