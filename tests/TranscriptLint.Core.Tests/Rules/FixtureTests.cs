using System.Collections.Generic;
using System.IO;
using System.Linq;
using TranscriptLint.Configuration;
using TranscriptLint.Engine;
using TranscriptLint.Tests.Support;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Rules;

/// <summary>
/// Every transcript under Rules/Fixtures/&lt;RULE&gt;/ is linted with all rules and default settings, and its findings
/// compared with the snapshot beside it (<c>NAME.verified.txt</c>). Each fixture holds the finding its folder is named
/// after and look-alikes that must stay silent, explained in comments inside the fixture.
/// </summary>
public sealed class FixtureTests
{
    private static readonly string[] Extensions = { ".txt", ".md", ".vtt", ".srt" };

    public static string FixtureRoot => Path.Combine(Snapshot.SourceDirectory(), "Fixtures");

    public static IEnumerable<object[]> Fixtures()
        => Directory.EnumerateFiles(FixtureRoot, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f)) && !f.Contains(".verified.") && !f.Contains(".received."))
            .Select(f => Path.GetRelativePath(FixtureRoot, f).Replace('\\', '/'))
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_findings_match_the_snapshot(string fixture)
    {
        string path = Path.Combine(FixtureRoot, fixture);
        var result = TranscriptLinter.Lint(fixture, SourceText.FromBytes(File.ReadAllBytes(path)), FileSettings.Default);
        Snapshot.Verify(TestLint.Render(result.Diagnostics), Path.ChangeExtension(path, ".verified.txt"));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_fires_its_rule_unless_it_holds_only_look_alikes(string fixture)
    {
        string rule = fixture.Split('/')[0];
        string path = Path.Combine(FixtureRoot, fixture);
        var result = TranscriptLinter.Lint(fixture, SourceText.FromBytes(File.ReadAllBytes(path)), FileSettings.Default);
        if (Path.GetFileName(fixture).StartsWith("silent", System.StringComparison.Ordinal))
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == rule);
        }
        else
        {
            Assert.Contains(result.Diagnostics, d => d.RuleId == rule);
        }
    }
}
