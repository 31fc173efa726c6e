using System.Linq;
using Microsoft.CodeAnalysis;
using TranscriptLint.Analyzers.Tests.Support;
using Xunit;

namespace TranscriptLint.Analyzers.Tests;

/// <summary>TL0013 in the analyzer: a compilation-end action over every transcript of the compilation.</summary>
public sealed class AnalyzerCrossFileTests
{
    [Fact]
    public void TL0013_is_reported_at_compilation_end_on_each_label_of_the_rare_spelling()
    {
        var files = CrossFileRepo.Files().Select(f => TestAdditionalFile.Transcript(AnalyzerRunner.PathOf(f.Path), f.Text, defaultItem: true));

        var diagnostics = AnalyzerRunner.Run(files);

        Assert.Equal(
            new[] { "ep7.md(3,3): warning TL0013", "ep7.md(7,3): warning TL0013", "ep7.md(9,1): warning TL0014" },
            diagnostics.Select(AnalyzerRunner.Short));
        var first = diagnostics[0];
        Assert.Contains("'Ann Lee-Cartre' (1 file) looks like a misspelling of 'Ann Lee-Carter', the spelling in 6 files", first.GetMessage());
        Assert.Equal(CrossFileRepo.Variant.Length, first.Location.SourceSpan.Length);
    }

    [Fact]
    public void TL0013_needs_a_clear_majority_across_the_compilation_s_transcripts()
    {
        // Only four files of the usual spelling: not five times as many as the variant's one, and under five files.
        var files = CrossFileRepo.Files().Where(f => f.Path is not "ep1.md" and not "ep2.md")
            .Select(f => TestAdditionalFile.Transcript(AnalyzerRunner.PathOf(f.Path), f.Text, defaultItem: true));

        var diagnostics = AnalyzerRunner.Run(files);

        Assert.Equal(new[] { "ep7.md(9,1): warning TL0014" }, diagnostics.Select(AnalyzerRunner.Short));
    }

    [Fact]
    public void Severity_from_transcriptlint_json_and_the_globalconfig_apply_to_TL0013()
    {
        var files = CrossFileRepo.Files().Select(f => TestAdditionalFile.Transcript(AnalyzerRunner.PathOf(f.Path), f.Text)).ToList();
        files.Add(TestAdditionalFile.Config(AnalyzerRunner.PathOf("transcriptlint.json"), """{ "rules": { "TL0013": "error" } }"""));

        Assert.Equal(
            new[] { "ep7.md(3,3): error TL0013", "ep7.md(7,3): error TL0013", "ep7.md(9,1): warning TL0014" },
            AnalyzerRunner.Run(files).Select(AnalyzerRunner.Short));
        Assert.Equal(
            new[] { "ep7.md(9,1): warning TL0014" },
            AnalyzerRunner.Run(files, globalConfig: "is_global = true\ndotnet_diagnostic.TL0013.severity = none\n").Select(AnalyzerRunner.Short));
    }

    [Fact]
    public void Only_the_TL0013_descriptor_carries_the_CompilationEnd_tag()
    {
        var tagged = TranscriptDescriptors.All.Where(d => d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd)).Select(d => d.Id);

        Assert.Equal(new[] { "TL0013" }, tagged);
    }
}
