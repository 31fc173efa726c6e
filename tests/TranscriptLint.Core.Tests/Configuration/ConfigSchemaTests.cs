using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using TranscriptLint.Configuration;
using TranscriptLint.Diagnostics;
using TranscriptLint.Model;
using TranscriptLint.Rules;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Configuration;

/// <summary>
/// transcriptlint.schema.json: generated from the loader's keys and the rule catalog, committed at the repo root, and
/// checked with a real validator (JsonSchema.Net) against every config example in the README and the docs.
/// </summary>
public sealed class ConfigSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(ConfigSchema.Generate()));

    private static readonly JsonDocumentOptions Jsonc = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static string CommittedPath => Path.Combine(RepoPaths.Root, ConfigSchema.FileName);

    /// <summary>Every ```json and ```jsonc block of README.md, docs/*.md and docs/rules/*.md, named by file and line.</summary>
    public static TheoryData<string> ConfigExamples()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Examples()) data.Add(name);
        return data;
    }

    private static IEnumerable<(string Name, string Json)> Examples()
    {
        var files = new[] { Path.Combine(RepoPaths.Root, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md"))
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs", "rules"), "*.md"))
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            string relative = Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
            var lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() is not ("```json" or "```jsonc")) continue;
                int start = i + 1;
                int end = start;
                while (end < lines.Length && lines[end].Trim() != "```") end++;
                yield return ($"{relative}:{start}", string.Join("\n", lines[start..end]));
                i = end;
            }
        }
    }

    private static EvaluationResults Evaluate(string jsonc)
    {
        using var document = JsonDocument.Parse(jsonc, Jsonc); // comments and trailing commas stripped, as the loader allows them
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults results)
        => string.Join("\n", (results.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    [Fact]
    public void Committed_schema_file_is_the_generated_one()
    {
        string generated = ConfigSchema.Generate();
        string? committed = File.Exists(CommittedPath) ? File.ReadAllText(CommittedPath).Replace("\r\n", "\n") : null;
        if (committed == generated) return;

        bool accept = Environment.GetEnvironmentVariable("TRANSCRIPTLINT_ACCEPT") == "1" && Environment.GetEnvironmentVariable("CI") is null;
        if (accept)
        {
            File.WriteAllText(CommittedPath, generated);
            return;
        }

        Assert.Fail($"{ConfigSchema.FileName} is {(committed is null ? "missing" : "stale")}: the rule catalog or the config loader changed. Regenerate it with TRANSCRIPTLINT_ACCEPT=1 dotnet test (never in CI) and commit it.");
    }

    [Fact]
    public void Schema_is_a_valid_draft_2020_12_schema()
    {
        using var document = JsonDocument.Parse(ConfigSchema.Generate());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
        var results = MetaSchemas.Draft202012.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void Schema_names_every_rule_by_id_and_name_with_its_options()
    {
        using var document = JsonDocument.Parse(ConfigSchema.Generate());
        var defs = document.RootElement.GetProperty("$defs");
        var ruleKeys = defs.GetProperty("rules").GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var rule in RuleCatalog.All)
        {
            Assert.Contains(rule.Descriptor.Id, ruleKeys);
            Assert.Contains(rule.Descriptor.Name, ruleKeys);
            var options = defs.GetProperty("rule-" + rule.Descriptor.Id).GetProperty("anyOf")[1].GetProperty("properties").EnumerateObject().Select(p => p.Name);
            Assert.Equal(new[] { "severity" }.Concat(rule.Options.Select(o => o.Name)), options);
        }

        Assert.Equal(RuleCatalog.All.Count * 2, ruleKeys.Count);
    }

    [Fact]
    public void Every_severity_and_dialect_spelling_in_the_schema_is_one_the_loader_reads()
    {
        Assert.All(SeverityNames.Spellings, s => Assert.True(SeverityNames.TryParse(s, out _), s));
        Assert.All(ConfigSchema.DialectSpellings, s => Assert.True(DialectNames.TryParse(s, out _), s));
    }

    [Theory]
    [MemberData(nameof(ConfigExamples))]
    public void Config_example_in_the_docs_validates_against_the_schema_and_loads(string example)
    {
        string json = Examples().Single(e => e.Name == example).Json;
        var results = Evaluate(json);
        Assert.True(results.IsValid, $"{example} does not validate:\n{Errors(results)}\n{json}");

        // The loader agrees (roster files are not read: any name will do).
        ConfigLoader.Parse(json, "/repo/transcriptlint.json", _ => string.Empty);
    }

    [Fact]
    public void Docs_hold_config_examples_to_check()
    {
        Assert.True(Examples().Count() >= 20, "fewer config examples than expected: is the ```json fence detection broken?");
    }

    [Theory]
    [InlineData("""{ "rules": { "TL0042": "error" } }""")]
    [InlineData("""{ "rules": { "speker-spelling": "off" } }""")]
    [InlineData("""{ "overrides": [ { "files": "a/**", "rules": { "TL0042": "off" } } ] }""")]
    [InlineData("""{ "rules": { "TL0004": { "maxHours": 0 } } }""")]
    [InlineData("""{ "rules": { "TL0004": { "maxHours": "8" } } }""")]
    [InlineData("""{ "rules": { "TL0004": { "maxHour": 8 } } }""")]
    [InlineData("""{ "rules": { "TL0001": "fatal" } }""")]
    [InlineData("""{ "rule": { "TL0001": "error" } }""")]
    [InlineData("""{ "overrides": [ { "rules": { "TL0002": "off" } } ] }""")]
    [InlineData("""{ "overrides": [ { "files": "a/**", "speakers": {} } ] }""")]
    [InlineData("""{ "speakers": { "roster": 3 } }""")]
    [InlineData("""{ "speakers": { "frontMatterRoster": "yes" } }""")]
    [InlineData("""{ "endMarkers": [] }""")]
    [InlineData("""{ "endMarkers": [""] }""")]
    [InlineData("""{ "endMarkers": ["[END]", " \t "] }""")]
    [InlineData("""{ "overrides": [ { "files": "a/**", "endMarkers": ["\u00A0"] } ] }""")]
    [InlineData("""{ "endMarkers": ["\u3000\r\n\u2028"] }""")]
    [InlineData("""{ "overrides": [ { "files": "a/**", "$schema": "x" } ] }""")]
    [InlineData("""{ "dialect": "html" }""")]
    public void Schema_and_loader_both_reject_a_misspelt_rule_or_key_and_a_wrong_value(string json)
    {
        Assert.False(Evaluate(json).IsValid, json);
        Assert.Throws<ConfigException>(() => ConfigLoader.Parse(json, "/repo/transcriptlint.json", _ => string.Empty));
    }

    [Theory]
    [InlineData("""{ "$schema": "https://raw.githubusercontent.com/transcriptlint/transcriptlint/main/transcriptlint.schema.json" }""")]
    [InlineData("""{ "rules": { "tl0001": "Error", "Orphaned-Header": " warn " } }""")]
    [InlineData("""{ "rules": { "TL0004": { "maxHours": 0.5 }, "TL0011": { "severity": "info" } } }""")]
    [InlineData("""{ "dialect": "MD", "overrides": [ { "files": ["a/**"], "dialect": "vtt", "endMarkers": ["[FIN]"] } ] }""")]
    [InlineData("""{ "speakers": { "roster": "people.txt", "aliases": { "ANA": [] }, "markers": ["Promo"], "frontMatterRoster": true } }""")]
    [InlineData("""{ "endMarkers": [" [FIN] ", "\u00A0x", "\u200B"] }""")]
    public void Schema_and_loader_both_accept_the_look_alikes_the_loader_reads(string json)
    {
        var results = Evaluate(json);
        Assert.True(results.IsValid, Errors(results));
        ConfigLoader.Parse(json, "/repo/transcriptlint.json", _ => string.Empty);
    }
}
