using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TranscriptLint.Analyzers.Tests.Support;
using TranscriptLint.Configuration;
using TranscriptLint.Engine;
using TranscriptLint.Rules;
using Xunit;
using static TranscriptLint.Analyzers.Tests.Support.AnalyzerRunner;
using static TranscriptLint.Package.Tests.Infrastructure.Transcripts;
using CoreSourceText = TranscriptLint.Text.SourceText;

namespace TranscriptLint.Analyzers.Tests;

/// <summary>Configs, default items, severities: the analyzer behaves as the CLI and the task, and Roslyn's options apply on top.</summary>
public sealed class AnalyzerBehaviourTests
{
    private static readonly string[] Both = { "docs/a.txt(10,1): warning TL0001", "docs/a.txt(12,1): warning TL0002" };

    [Fact]
    public void Without_a_config_the_rule_defaults_apply()
    {
        var result = Run(new[] { TestAdditionalFile.Transcript(PathOf("docs/a.txt"), SpellingAndNoEndMarker) });
        Assert.Equal(Both, result.Select(Short));
        var tl0001 = result[0];
        Assert.Equal("TL0001", tl0001.Id);
        Assert.StartsWith("https://", tl0001.Descriptor.HelpLinkUri);
        Assert.Contains("HEIDI", tl0001.GetMessage());
    }

    [Fact]
    public void Files_not_marked_by_the_package_are_ignored()
    {
        Assert.Empty(Run(new[] { TestAdditionalFile.Plain(PathOf("docs/a.txt"), SpellingAndNoEndMarker) }));
    }

    [Fact]
    public void A_file_listed_twice_is_reported_once()
    {
        var file = PathOf("docs/a.txt");
        var result = Run(new[] { TestAdditionalFile.Transcript(file, SpellingAndNoEndMarker), TestAdditionalFile.Transcript(file, SpellingAndNoEndMarker) });
        Assert.Equal(Both, result.Select(Short));
    }

    [Fact]
    public void Config_changes_severity_and_turns_rules_off()
    {
        var result = Run(new[]
        {
            TestAdditionalFile.Config(PathOf("transcriptlint.json"), """{ "rules": { "TL0001": "error", "missing-end-marker": "off" } }"""),
            TestAdditionalFile.Transcript(PathOf("docs/a.txt"), SpellingAndNoEndMarker),
        });
        Assert.Equal(new[] { "docs/a.txt(10,1): error TL0001" }, result.Select(Short));
    }

    [Fact]
    public void Suggestion_is_reported_as_info()
    {
        var result = Run(new[]
        {
            TestAdditionalFile.Config(PathOf("transcriptlint.json"), """{ "rules": { "TL0002": "suggestion" } }"""),
            TestAdditionalFile.Transcript(PathOf("docs/a.txt"), SpellingAndNoEndMarker),
        });
        Assert.Equal(new[] { "docs/a.txt(10,1): warning TL0001", "docs/a.txt(12,1): info TL0002" }, result.Select(Short));
    }

    [Fact]
    public void Overrides_apply_by_glob_relative_to_the_config()
    {
        var result = Run(new[]
        {
            TestAdditionalFile.Config(PathOf("transcriptlint.json"), """{ "overrides": [ { "files": ["minutes/**"], "rules": { "TL0002": "off", "TL0001": "error" } } ] }"""),
            TestAdditionalFile.Transcript(PathOf("docs/a.txt"), SpellingAndNoEndMarker),
            TestAdditionalFile.Transcript(PathOf("minutes/b.txt"), SpellingAndNoEndMarker),
        });
        Assert.Equal(Both.Append("minutes/b.txt(10,1): error TL0001"), result.Select(Short));
    }

    [Fact]
    public void The_nearest_config_applies_and_the_project_config_wins_over_all()
    {
        var files = new List<TestAdditionalFile>
        {
            TestAdditionalFile.Config(PathOf("transcriptlint.json"), """{ "rules": { "TL0001": "off" } }"""),
            TestAdditionalFile.Config(PathOf("docs/sub/transcriptlint.json"), """{ "rules": { "TL0002": "off" } }"""),
            TestAdditionalFile.Transcript(PathOf("docs/a.txt"), SpellingAndNoEndMarker),
            TestAdditionalFile.Transcript(PathOf("docs/sub/deeper/b.txt"), SpellingAndNoEndMarker),
        };
        Assert.Equal(new[] { "docs/a.txt(12,1): warning TL0002", "docs/sub/deeper/b.txt(10,1): warning TL0001" }, Run(files).Select(Short));

        files.Add(TestAdditionalFile.Config(PathOf("config/lint.json"), """{ "rules": { "TL0001": "error" } }""", kind: "ProjectConfig"));
        Assert.Equal(
            new[] { "docs/a.txt(10,1): error TL0001", "docs/a.txt(12,1): warning TL0002", "docs/sub/deeper/b.txt(10,1): error TL0001", "docs/sub/deeper/b.txt(12,1): warning TL0002" },
            Run(files).Select(Short));
    }

    [Fact]
    public void A_broken_config_is_one_error_at_its_line_and_column_and_its_transcripts_stay_silent()
    {
        string config = "{\n  \"rules\": {\n    \"TL0001\": \"loud\"\n  }\n}\n";
        var result = Run(new[]
        {
            TestAdditionalFile.Config(PathOf("docs/transcriptlint.json"), config),
            TestAdditionalFile.Transcript(PathOf("docs/a.txt"), SpellingAndNoEndMarker),
            TestAdditionalFile.Transcript(PathOf("docs/b.txt"), SpellingAndNoEndMarker),
            TestAdditionalFile.Transcript(PathOf("other/c.txt"), Notes),
        });

        var expected = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(config, PathOf("docs/transcriptlint.json"), _ => ""));
        Assert.Equal(new[] { $"docs/transcriptlint.json({expected.Line},{expected.Column}): error TL1000", "other/c.txt(2,1): warning TL0002" }, result.Select(Short));
        var error = result.Single(d => d.Id == "TL1000");
        Assert.Equal(expected.Message, error.GetMessage());
        Assert.Equal(3, expected.Line);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        // The span points at the same place in the config's text.
        Assert.Equal(config.IndexOf("\"loud\"", StringComparison.Ordinal), error.Location.SourceSpan.Start);
    }

    [Fact]
    public void Bad_json_is_reported_at_its_position()
    {
        var result = Run(new[]
        {
            TestAdditionalFile.Config(PathOf("transcriptlint.json"), "{\n  \"rules\": { \"TL0001\" \"off\" }\n}\n"),
            TestAdditionalFile.Transcript(PathOf("a.txt"), SpellingAndNoEndMarker),
        });
        var error = Assert.Single(result);
        Assert.Equal("TL1000", error.Id);
        Assert.Equal(1, error.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Default_items_are_skipped_when_they_do_not_look_like_transcripts_or_the_config_excludes_them()
    {
        var result = Run(new[]
        {
            TestAdditionalFile.Config(PathOf("transcriptlint.json"), """{ "exclude": ["drafts/**"] }"""),
            TestAdditionalFile.Transcript(PathOf("README.md"), Readme, defaultItem: true),
            TestAdditionalFile.Transcript(PathOf("notes.txt"), Notes, defaultItem: true),
            TestAdditionalFile.Transcript(PathOf("drafts/a.txt"), SpellingAndNoEndMarker, defaultItem: true),
            TestAdditionalFile.Transcript(PathOf("docs/a.txt"), SpellingAndNoEndMarker, defaultItem: true),
            TestAdditionalFile.Transcript(PathOf("named.txt"), Notes),
            TestAdditionalFile.Transcript(PathOf("drafts/named.txt"), Notes),
        });
        Assert.Equal(Both.Concat(new[] { "drafts/named.txt(2,1): warning TL0002", "named.txt(2,1): warning TL0002" }), result.Select(Short));
    }

    [Fact]
    public void Roster_files_are_read_from_the_additional_files_and_a_missing_one_is_a_config_error()
    {
        string transcript = "Call\n\nJane H. Doe:    Welcome.\n\nJohn Smith:    Thanks.\n\nJane H. Doe:    Bye.\n\n[END OF TRANSCRIPTION]\n";
        var config = TestAdditionalFile.Config(PathOf("transcriptlint.json"), """{ "speakers": { "roster": "people.txt" } }""");
        var transcriptFile = TestAdditionalFile.Transcript(PathOf("a.txt"), transcript);

        var withRoster = Run(new[] { config, transcriptFile, TestAdditionalFile.Plain(PathOf("people.txt"), "Jane H. Doe (JHD)\n") });
        var expected = TranscriptLinter.Lint(PathOf("a.txt"), CoreSourceText.From(transcript), ConfigLoader.Parse(config.GetText()!.ToString(), config.Path, _ => "Jane H. Doe (JHD)\n").GetFileSettings(PathOf("a.txt")));
        Assert.Contains(expected.Diagnostics, d => d.RuleId == "TL0007");
        Assert.Equal(expected.Diagnostics.Select(d => $"a.txt({d.Start.Line},{d.Start.Column}): {d.Severity.ToString().ToLowerInvariant()} {d.RuleId}"), withRoster.Select(Short));

        var missing = Run(new[] { config, transcriptFile });
        var error = Assert.Single(missing);
        Assert.Equal("TL1000", error.Id);
        Assert.Contains("AdditionalFiles", error.GetMessage());
    }

    [Fact]
    public void GlobalConfig_severity_applies_on_top_of_the_config()
    {
        var files = new[]
        {
            TestAdditionalFile.Config(PathOf("transcriptlint.json"), """{ "rules": { "TL0002": "error" } }"""),
            TestAdditionalFile.Transcript(PathOf("docs/a.txt"), SpellingAndNoEndMarker),
        };

        Assert.Equal(new[] { "docs/a.txt(12,1): error TL0002" }, Run(files, globalConfig: "is_global = true\ndotnet_diagnostic.TL0001.severity = none\n").Select(Short));
        Assert.Equal(
            new[] { "docs/a.txt(10,1): error TL0001", "docs/a.txt(12,1): warning TL0002" },
            Run(files, globalConfig: "is_global = true\ndotnet_diagnostic.TL0001.severity = error\ndotnet_diagnostic.TL0002.severity = warning\n").Select(Short));
    }

    [Fact]
    public void NoWarn_WarningsAsErrors_and_TreatWarningsAsErrors_apply_as_to_compiler_warnings()
    {
        var files = new[] { TestAdditionalFile.Transcript(PathOf("docs/a.txt"), SpellingAndNoEndMarker) };

        Assert.Equal(new[] { "docs/a.txt(12,1): warning TL0002" }, Run(files, specificOptions: new Dictionary<string, ReportDiagnostic> { ["TL0001"] = ReportDiagnostic.Suppress }).Select(Short));
        Assert.Equal(new[] { "docs/a.txt(10,1): error TL0001", "docs/a.txt(12,1): warning TL0002" }, Run(files, specificOptions: new Dictionary<string, ReportDiagnostic> { ["TL0001"] = ReportDiagnostic.Error }).Select(Short));
        Assert.Equal(new[] { "docs/a.txt(10,1): error TL0001", "docs/a.txt(12,1): error TL0002" }, Run(files, generalOption: ReportDiagnostic.Error).Select(Short));
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_decoded_as_the_CLI_decodes_them()
    {
        // The compiler falls back to code page 1252 (Latin-1 where 1252 is missing) for such files; the analyzer
        // recovers the bytes so Core sees what the CLI sees (U+FFFD for the bad byte), positions included.
        byte[] bytes = Encoding.UTF8.GetBytes("Call caf\u00e9\n\nANNA:   Hello \u00e9t\u00e9.\n\nBOB:   Hi.\n\nANNA:   Bye ").Concat(new byte[] { 0xE9, 0x0A }).ToArray();
        var compilerText = SourceText.From(Encoding.Latin1.GetString(bytes), Encoding.Latin1);
        var expected = TranscriptLinter.Lint(PathOf("a.txt"), CoreSourceText.FromBytes(bytes), FileSettings.Default).Diagnostics
            .Select(d => $"a.txt({d.Start.Line},{d.Start.Column}): {d.Severity.ToString().ToLowerInvariant()} {d.RuleId}");

        var file = new TestAdditionalFile(PathOf("a.txt"), compilerText, new Dictionary<string, string> { ["build_metadata.AdditionalFiles.TranscriptLintKind"] = "Transcript" });
        Assert.Equal(expected, Run(new[] { file }).Select(Short));
        Assert.True(CoreSourceText.FromBytes(bytes).HadInvalidBytes);
    }

    [Fact]
    public void A_binary_file_is_skipped_as_on_the_command_line()
    {
        var file = TestAdditionalFile.Transcript(PathOf("a.txt"), "ANNA:  x\0\0\nBOB:  y\n");
        Assert.Empty(Run(new[] { file }));
    }

    [Fact]
    public void Every_rule_of_the_catalog_has_a_descriptor_built_from_its_metadata()
    {
        var analyzer = new TranscriptLintAnalyzer();
        foreach (var rule in RuleCatalog.All.Select(r => r.Descriptor).Append(TranscriptLinter.RuleFailure))
        {
            var descriptor = Assert.Single(analyzer.SupportedDiagnostics, d => d.Id == rule.Id);
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal("{0}", descriptor.MessageFormat.ToString());
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal(TranscriptDescriptors.ToRoslyn(rule.DefaultSeverity), descriptor.DefaultSeverity);
            Assert.Equal(rule.HelpUri, descriptor.HelpLinkUri);
            Assert.True(descriptor.IsEnabledByDefault);
        }

        Assert.Contains(analyzer.SupportedDiagnostics, d => d.Id == "TL1000" && d.DefaultSeverity == DiagnosticSeverity.Error);
        Assert.Equal(analyzer.SupportedDiagnostics.Length, analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().Count());
    }
}
