using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TranscriptLint.Configuration;
using TranscriptLint.Diagnostics;
using TranscriptLint.Documentation;
using TranscriptLint.Rules;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Documentation;

/// <summary>
/// The committed copies of catalog facts (README rule table, docs/configuration.md option table, the targets' codes for
/// TreatWarningsAsErrors, the props' default globs) are the generated ones. TRANSCRIPTLINT_ACCEPT=1 rewrites a stale
/// region locally; in CI (CI set) it only fails.
/// </summary>
public sealed class GeneratedArtefactsTests
{
    public static TheoryData<string> Regions => new(CatalogArtefacts.Regions.Select(r => r.ToString()));

    [Theory]
    [MemberData(nameof(Regions))]
    public void Committed_region_is_the_generated_one(string region)
    {
        var r = CatalogArtefacts.Regions.Single(x => x.ToString() == region);
        string path = Path.Combine(RepoPaths.Root, r.File.Replace('/', Path.DirectorySeparatorChar));
        string text = File.ReadAllText(path).Replace("\r\n", "\n");
        string generated = r.Generate();
        string? committed = CatalogArtefacts.Extract(text, r.Name);
        Assert.True(committed is not null, $"{r.File} has no region '{r.Name}': add {CatalogArtefacts.StartMarker(r.Name)} and {CatalogArtefacts.EndMarker(r.Name)}.");
        if (committed == generated) return;

        bool accept = Environment.GetEnvironmentVariable("TRANSCRIPTLINT_ACCEPT") == "1" && Environment.GetEnvironmentVariable("CI") is null;
        if (accept)
        {
            File.WriteAllText(path, CatalogArtefacts.Splice(text, r.Name, generated));
            return;
        }

        Assert.Fail($"{r.File} region '{r.Name}' is stale. Run TRANSCRIPTLINT_ACCEPT=1 dotnet test tests/TranscriptLint.Core.Tests and commit the file.\nExpected:\n{generated}\nCommitted:\n{committed}");
    }

    [Fact]
    public void Splice_replaces_only_the_lines_between_the_markers()
    {
        string text = "a\n<!-- generated: x -->\nold\n<!-- end generated: x -->\nb\n";

        string spliced = CatalogArtefacts.Splice(text, "x", "new\n");

        Assert.Equal("a\n<!-- generated: x -->\nnew\n<!-- end generated: x -->\nb\n", spliced);
        Assert.Equal("new\n", CatalogArtefacts.Extract(spliced, "x"));
        Assert.Null(CatalogArtefacts.Extract(text, "y"));
    }

    [Fact]
    public void Warning_codes_cover_every_rule_the_engine_failure_and_the_config_error()
    {
        var codes = CatalogArtefacts.WarningCodesProperty();
        foreach (var rule in RuleCatalog.All) Assert.Contains(rule.Descriptor.Id, codes);
        Assert.Contains("TL0000", codes);
        Assert.Contains(ReportingCodes.ConfigErrorId, codes);
    }

    [Fact]
    public void Every_top_level_config_key_is_in_the_keys_table_of_the_configuration_docs()
    {
        string docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "configuration.md"));
        foreach (var key in ConfigLoader.TopLevelKeys)
        {
            Assert.Matches(new Regex("^\\| `" + Regex.Escape(key) + "` +\\|", RegexOptions.Multiline), docs);
        }
    }
}
