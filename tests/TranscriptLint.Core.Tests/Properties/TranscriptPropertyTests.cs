using System.Linq;
using CsCheck;
using Xunit;

namespace TranscriptLint.Tests.Properties;

/// <summary>
/// Property tests (CsCheck): random and mutated transcripts in every dialect, with hostile Unicode, through every
/// reader and rule. No exception escapes and no rule fails (TL0000); every finding lies inside the text; findings do
/// not depend on LF or CRLF. Iterations are bounded so each property runs in a few seconds; a failure prints the
/// seed (and the shrunk input) to replay it with <c>seed:</c>.
/// </summary>
public sealed class TranscriptPropertyTests
{
    [Fact]
    public void Random_text_in_every_dialect_lints_without_failure_and_spans_inside_the_text()
    {
        Gen.Select(TranscriptGen.Text, TranscriptGen.Extension).Sample((text, ext) =>
        {
            TranscriptGen.LintChecked("random" + ext, text);
            TranscriptGen.LintChecked("random" + ext, text, TranscriptGen.EveryRule);
        }, iter: 4000, threads: 1);
    }

    [Fact]
    public void Mutated_rule_fixtures_lint_without_failure_and_spans_inside_the_text()
    {
        Assert.True(TranscriptGen.Seeds.Count > 20, "the rule fixtures were not found");
        Gen.Select(TranscriptGen.Mutated, TranscriptGen.Extension).Sample((mutated, ext) =>
        {
            TranscriptGen.LintChecked(mutated.Name, mutated.Text);
            TranscriptGen.LintChecked("other" + ext, mutated.Text, TranscriptGen.EveryRule);
        }, iter: 2000, threads: 1);
    }

    /// <summary>Rules that look at a finding's neighbours (TL0011's fix) walk only the elements around it: that needs this order.</summary>
    [Fact]
    public void Elements_are_in_document_order_and_do_not_overlap()
    {
        var inputs = Gen.OneOf(
            Gen.Select(TranscriptGen.Text, TranscriptGen.Extension).Select((t, e) => ("random" + e, t)),
            TranscriptGen.Mutated.Select(m => (m.Name, m.Text)));
        inputs.Sample(input =>
        {
            var (name, text) = input;
            foreach (var settings in new[] { TranscriptLint.Configuration.FileSettings.Default, TranscriptGen.EveryRule })
            {
                var elements = TranscriptLint.Engine.TranscriptLinter.Read(name, TranscriptLint.Text.SourceText.From(text), settings).Elements;
                for (int i = 1; i < elements.Count; i++)
                {
                    Assert.True(elements[i - 1].Span.End <= elements[i].Span.Start, $"{name}: element {i - 1} {elements[i - 1].Kind} {elements[i - 1].Span} before {elements[i].Kind} {elements[i].Span}");
                    Assert.True(elements[i - 1].Line <= elements[i].Line);
                }
            }
        }, iter: 3000, threads: 1);
    }

    [Fact]
    public void Findings_are_the_same_for_LF_and_CRLF_line_endings()
    {
        var inputs = Gen.OneOf(
            TranscriptGen.LfText.Select(TranscriptGen.Extension, (t, e) => ("random" + e, t)),
            TranscriptGen.Mutated.Select(m => (m.Name, m.Text.Replace("\r\n", "\n").Replace('\r', '\n'))));
        inputs.Sample(input =>
        {
            var (name, lf) = input;
            string crlf = lf.Replace("\n", "\r\n");
            foreach (var settings in new[] { TranscriptLint.Configuration.FileSettings.Default, TranscriptGen.EveryRule })
            {
                var a = TranscriptGen.Summary(TranscriptGen.LintChecked(name, lf, settings).Diagnostics);
                var b = TranscriptGen.Summary(TranscriptGen.LintChecked(name, crlf, settings).Diagnostics);
                Assert.Equal(a, b);
            }
        }, iter: 2000, threads: 1);
    }
}
