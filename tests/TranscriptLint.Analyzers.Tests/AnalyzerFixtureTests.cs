using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TranscriptLint.Analyzers.Tests.Support;
using TranscriptLint.Configuration;
using TranscriptLint.Engine;
using Xunit;
using CoreSourceText = TranscriptLint.Text.SourceText;

namespace TranscriptLint.Analyzers.Tests;

/// <summary>For every rule fixture, the analyzer reports exactly Core's findings: id, span, start, end, severity, message.</summary>
public sealed class AnalyzerFixtureTests
{
    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Analyzer_reports_what_Core_reports_for_the_fixture(string fixture)
    {
        string path = Fixtures.PathOf(fixture);
        byte[] bytes = File.ReadAllBytes(path);
        var expected = TranscriptLinter.Lint(path, CoreSourceText.FromBytes(bytes), FileSettings.Default).Diagnostics
            .Select(d => $"{d.RuleId} {d.Start.Line},{d.Start.Column}-{d.End.Line},{d.End.Column} [{d.Span.Start}..{d.Span.End}) {TranscriptDescriptors.ToRoslyn(d.Severity)}: {d.Message}")
            .OrderBy(s => s, System.StringComparer.Ordinal)
            .ToList();

        var actual = AnalyzerRunner.Run(new[] { TestAdditionalFile.TranscriptFromBytes(path, bytes) })
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                Assert.Equal(path, span.Path);
                Assert.Equal(LocationKind.ExternalFile, d.Location.Kind);
                return $"{d.Id} {span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}-{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1} [{d.Location.SourceSpan.Start}..{d.Location.SourceSpan.End}) {d.Severity}: {d.GetMessage()}";
            })
            .OrderBy(s => s, System.StringComparer.Ordinal)
            .ToList();

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void The_span_addresses_the_same_characters_in_the_compilers_text(string fixture)
    {
        // The compiler strips the BOM as Core does, so Core's UTF-16 offsets address the same text; the line/column
        // Roslyn would compute from the span agree with Core's (no fixture holds U+2028, U+2029 or U+0085, where
        // Roslyn sees line breaks and Core does not).
        string path = Fixtures.PathOf(fixture);
        var file = TestAdditionalFile.TranscriptFromBytes(path, File.ReadAllBytes(path));
        var text = file.GetText()!;
        foreach (var d in AnalyzerRunner.Run(new[] { file }))
        {
            var fromSpan = text.Lines.GetLinePositionSpan(d.Location.SourceSpan);
            Assert.Equal(fromSpan, d.Location.GetLineSpan().Span);
        }
    }
}
