using System;
using System.Linq;
using TranscriptLint.Configuration;
using TranscriptLint.Diagnostics;
using TranscriptLint.Engine;
using TranscriptLint.Model;
using TranscriptLint.Rules;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Engine;

/// <summary>A failure inside the engine is a TL0000 error on that file, never an exception that stops the run.</summary>
public sealed class EngineFailureTests
{
    private const string Transcript = "Call\n\nANN LEE: Hello.\n\nANN LEE:\n\nBOB RAY: Bye.\n";

    [Fact]
    public void A_rule_that_throws_becomes_a_TL0000_error_naming_the_file_and_the_message_and_the_other_rules_still_report()
    {
        var rules = RuleCatalog.All.Append(new ThrowingRule()).ToList();
        var result = TranscriptLinter.Lint("minutes/a.txt", SourceText.From(Transcript), FileSettings.Default, rules);

        var failure = Assert.Single(result.Diagnostics, d => d.RuleId == "TL0000");
        Assert.Equal(Severity.Error, failure.Severity);
        Assert.Contains("minutes/a.txt", failure.Message);
        Assert.Contains("InvalidOperationException: the rule broke", failure.Message);
        Assert.DoesNotContain("   at ", failure.Message);
        Assert.Contains(result.Diagnostics, d => d.RuleId == "TL0003"); // the orphaned label still reported
    }

    [Fact]
    public void A_failure_outside_the_rules_becomes_a_TL0000_error_instead_of_an_exception()
    {
        var rules = new Rule[] { new BrokenDescriptorRule() };
        var result = TranscriptLinter.Lint("b.md", SourceText.From(Transcript), FileSettings.Default, rules);

        var failure = Assert.Single(result.Diagnostics);
        Assert.Equal("TL0000", failure.RuleId);
        Assert.Equal(Severity.Error, failure.Severity);
        Assert.Equal(1, failure.Start.Line);
        Assert.Contains("'b.md'", failure.Message);
        Assert.Contains("NotSupportedException: no descriptor", failure.Message);
        Assert.True(result.LooksLikeTranscript, "a failed file is reported even on a folder walk");
    }

    [Fact]
    public void A_failure_message_is_one_line_and_quotes_at_most_300_characters_of_the_exception()
    {
        var result = TranscriptLinter.Failure("c.txt", new FormatException("line one\nline two " + new string('x', 20_000)));
        var failure = Assert.Single(result.Diagnostics);
        Assert.DoesNotContain('\n', failure.Message);
        Assert.InRange(failure.Message.Length, 100, 500);
        Assert.Contains("line one line two", failure.Message);
    }

    private sealed class ThrowingRule : Rule
    {
        private static readonly RuleDescriptor Self = new("TL9001", "throws", "Throws", "Throws.", "Test", Severity.Warning);

        public override RuleDescriptor Descriptor => Self;

        public override void Check(TranscriptDocument document, RuleContext context)
        {
            context.Report(new TextSpan(0, 1), "reported before the failure, then dropped");
            throw new InvalidOperationException("the rule broke");
        }
    }

    private sealed class BrokenDescriptorRule : Rule
    {
        public override RuleDescriptor Descriptor => throw new NotSupportedException("no descriptor");

        public override void Check(TranscriptDocument document, RuleContext context)
        {
        }
    }
}
