using System.IO;
using System.Linq;
using TranscriptLint.Output;
using TranscriptLint.Rules;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Output;

/// <summary>The help every report carries for a rule (SARIF's help.text and help.markdown) comes from the rule's docs page.</summary>
public sealed class RuleHelpTests
{
    public static TheoryData<string> DescriptorIds => new(RuleCatalog.Descriptors.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Help_quotes_the_how_to_fix_section_of_the_rules_docs_page(string id)
    {
        var rule = RuleCatalog.FindDescriptor(id)!;
        string page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", id + ".md")).Replace("\r\n", "\n");
        int start = page.IndexOf(RuleHelp.FixHeading + "\n");
        Assert.True(start >= 0, $"docs/rules/{id}.md has no '{RuleHelp.FixHeading}' section");
        int end = page.IndexOf("\n## ", start + 1);
        string section = page.Substring(start + RuleHelp.FixHeading.Length, (end < 0 ? page.Length : end) - start - RuleHelp.FixHeading.Length);
        string firstWords = string.Join(" ", section.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries).Take(4));

        var fix = RuleHelp.HowToFix(rule);
        Assert.NotEmpty(fix);
        Assert.StartsWith(firstWords, fix[0]);
        Assert.Contains(firstWords, RuleHelp.Markdown(rule));
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Help_text_and_markdown_start_with_the_description_and_end_with_the_docs_link(string id)
    {
        var rule = RuleCatalog.FindDescriptor(id)!;
        string text = RuleHelp.Text(rule), markdown = RuleHelp.Markdown(rule);

        Assert.StartsWith(rule.Description, text);
        Assert.EndsWith("Docs: " + rule.HelpUri, text);
        Assert.DoesNotContain("`", text);
        Assert.Contains(rule.Description, markdown);
        Assert.EndsWith($"]({rule.HelpUri})", markdown);
        Assert.DoesNotContain("\n\n\n", markdown);
    }

    [Fact]
    public void Relative_links_in_the_docs_become_absolute_in_markdown_help()
    {
        foreach (var rule in RuleCatalog.Descriptors)
        {
            foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(RuleHelp.Markdown(rule), @"\]\((?<target>[^)]+)\)"))
            {
                Assert.StartsWith("https://", link.Groups["target"].Value);
            }
        }
    }
}
