using System.Linq;
using TranscriptLint.Configuration;
using TranscriptLint.Diagnostics;
using TranscriptLint.Engine;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Engine;

public sealed class BaselineTests
{
    private static Diagnostic Finding(string rule, string fingerprint, int line = 1)
    {
        var start = new LinePosition(line, 1);
        return new Diagnostic(RuleCatalogDescriptor(rule), "a.txt", Severity.Warning, "message", new TextSpan(0, 1), start, start, fingerprint);
    }

    private static RuleDescriptor RuleCatalogDescriptor(string id) => TranscriptLint.Rules.RuleCatalog.Find(id)!.Descriptor;

    [Fact]
    public void Identical_findings_are_counted_and_only_those_beyond_the_count_are_reported()
    {
        var baseline = Baseline.FromFindings(new[] { ("a.txt", Finding("TL0001", "f1")), ("a.txt", Finding("TL0001", "f1", 9)) });
        Assert.Equal(2, Assert.Single(baseline.Entries).Count);

        var match = baseline.Match();
        var kept = match.Filter("a.txt", new[] { Finding("TL0001", "f1", 20), Finding("TL0001", "f1", 30), Finding("TL0001", "f1", 40), Finding("TL0002", "f1") });
        Assert.Equal(new[] { 40, 1 }, kept.Select(d => d.Start.Line));
        Assert.Equal(0, match.Gone);
    }

    [Fact]
    public void Findings_match_by_file_rule_and_fingerprint_not_line()
    {
        var match = Baseline.FromFindings(new[] { ("a.txt", Finding("TL0001", "f1", 3)) }).Match();
        Assert.Single(match.Filter("b.txt", new[] { Finding("TL0001", "f1", 3) }));
        Assert.Empty(match.Filter("a.txt", new[] { Finding("TL0001", "f1", 13) }));
    }

    [Fact]
    public void Still_occurring_drops_what_is_gone_in_linted_files_and_keeps_files_outside_the_run()
    {
        var baseline = Baseline.FromFindings(new[] { ("a.txt", Finding("TL0001", "f1")), ("a.txt", Finding("TL0006", "f2")), ("z.txt", Finding("TL0002", "f3")) });
        var match = baseline.Match();
        match.Filter("a.txt", new[] { Finding("TL0006", "f2") });
        Assert.Equal(1, match.Gone);
        var shrunk = match.StillOccurring();
        Assert.Equal(new[] { "a.txt TL0006", "z.txt TL0002" }, shrunk.Entries.Select(e => $"{e.File} {e.Rule}"));
    }

    [Fact]
    public void The_file_round_trips_sorted_one_finding_a_line()
    {
        var baseline = Baseline.FromFindings(new[] { ("b.txt", Finding("TL0002", "f2")), ("a.txt", Finding("TL0001", "f1")) });
        string json = baseline.ToJson();
        Assert.Equal(
            "{\n  \"version\": 1,\n  \"findings\": [\n"
            + "    { \"file\": \"a.txt\", \"rule\": \"TL0001\", \"fingerprint\": \"f1\", \"count\": 1, \"message\": \"message\" },\n"
            + "    { \"file\": \"b.txt\", \"rule\": \"TL0002\", \"fingerprint\": \"f2\", \"count\": 1, \"message\": \"message\" }\n  ]\n}\n",
            json);
        Assert.Equal(json, Baseline.Parse(json, "/repo/transcriptlint.baseline.json").ToJson());
    }

    [Fact]
    public void A_broken_baseline_is_an_error_at_its_line_and_column()
    {
        var error = Assert.Throws<ConfigException>(() => Baseline.Parse("{ \"findings\": [ { \"file\": \"a.txt\" } ] }", "/repo/b.json"));
        Assert.Equal((1, 17), (error.Line, error.Column));
    }
}
