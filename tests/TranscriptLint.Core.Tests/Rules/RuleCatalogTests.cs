using System.IO;
using System.Linq;
using TranscriptLint.Rules;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Rules;

/// <summary>Keeps the rule metadata and its docs pages in step (the README's rule table is generated: GeneratedArtefactsTests).</summary>
public sealed class RuleCatalogTests
{
    public static TheoryData<string> RuleIds => new(RuleCatalog.All.Select(r => r.Descriptor.Id));

    [Fact]
    public void Ids_and_names_are_unique_and_well_formed()
    {
        var descriptors = RuleCatalog.All.Select(r => r.Descriptor).ToList();
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Name).Distinct().Count());
        Assert.All(descriptors, d => Assert.Matches("^TL[0-9]{4}$", d.Id));
        Assert.All(descriptors, d => Assert.Matches("^[a-z]+(-[a-z]+)*$", d.Name));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_docs_page_that_its_help_link_names(string id)
    {
        var rule = RuleCatalog.Find(id)!.Descriptor;
        string page = Path.Combine(RepoPaths.Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing");
        Assert.StartsWith($"# {id}: {rule.Name}", File.ReadAllText(page));
        Assert.EndsWith($"docs/rules/{id}.md", rule.HelpUri);
    }

    [Theory]
    [InlineData("TL0001")]
    [InlineData("tl0001")]
    [InlineData("speaker-spelling")]
    [InlineData("SPEAKER-SPELLING")]
    public void Rules_are_found_by_id_or_name_ignoring_case(string key)
    {
        Assert.Equal("TL0001", RuleCatalog.Find(key)?.Descriptor.Id);
    }
}
