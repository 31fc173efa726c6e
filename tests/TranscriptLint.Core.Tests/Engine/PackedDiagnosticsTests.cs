using System;
using System.IO;
using System.Linq;
using TranscriptLint.Diagnostics;
using TranscriptLint.Engine;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Engine;

/// <summary>Findings a run keeps packed read back equal in every field, in order, by index and by enumeration.</summary>
public sealed class PackedDiagnosticsTests
{
    private static readonly RuleDescriptor Other = new("TL9001", "other", "Other", "Another rule.", "Test", Severity.Suggestion);

    private static string Show(Diagnostic d) =>
        $"{d.Rule.Id}|{ReferenceEquals(d.Rule, Other)}|{d.Path}|{d.Severity}|{d.Message}|{d.Span}|{d.Start}|{d.End}|{d.Fingerprint}|" +
        (d.Fix is { } fix ? fix.Description + "|" + string.Join(";", fix.Edits.Select(e => e.ToString())) : "-");

    [Fact]
    public void Every_field_reads_back_the_same()
    {
        var rule = TranscriptLint.Rules.RuleCatalog.All[0].Descriptor;
        var diagnostics = new[]
        {
            new Diagnostic(rule, "a/b.md", Severity.Warning, "Speaker 'Zoë Müller' — ‘quoted’ 😀", new TextSpan(1_000_000, 12), new LinePosition(40_000, 3), new LinePosition(40_000, 15), "0123456789abcdef",
                new Fix("rename 'Zoë' to 'Zoe'", new[] { new TextEdit(new TextSpan(999_990, 2), string.Empty), new TextEdit(new TextSpan(1_000_000, 3), "Zoe") })),
            new Diagnostic(Other, "a/b.md", Severity.Error, "lone \ud800 surrogate", new TextSpan(5, 0), new LinePosition(1, 6), new LinePosition(3, 1), "not-hex-at-all"),
            new Diagnostic(rule, @"other\path.txt", Severity.Suggestion, string.Empty, new TextSpan(0, 0), new LinePosition(1, 1), new LinePosition(1, 1), "ABCDEF0123456789"),
        };

        var packed = PackedDiagnostics.Pack(diagnostics);

        Assert.Equal(diagnostics.Length, packed.Count);
        Assert.Equal(diagnostics.Select(Show), packed.Select(Show));
        Assert.Equal(diagnostics.Select(Show), Enumerable.Range(0, packed.Count).Select(i => Show(packed[i])));
        Assert.Throws<ArgumentOutOfRangeException>(() => packed[3]);
        Assert.Same(Array.Empty<Diagnostic>(), PackedDiagnostics.Pack(Array.Empty<Diagnostic>()));
    }

    [Fact]
    public void The_samples_findings_read_back_the_same()
    {
        string samples = Path.Combine(TranscriptLint.Tests.Support.RepoPaths.Root, "samples");
        var result = new LintSession(DiskLintHost.Default).Run(new[] { LintInput.Path(samples, samples) });
        var all = result.Linted.Select(o => o.Result!.Diagnostics).Where(d => d.Count > 0).ToList();

        Assert.NotEmpty(all);
        Assert.All(all, d => Assert.Equal(d.Select(Show), PackedDiagnostics.Pack(d).Select(Show)));
    }
}
