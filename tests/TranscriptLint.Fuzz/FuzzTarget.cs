using System;
using TranscriptLint.Configuration;
using TranscriptLint.Engine;
using TranscriptLint.Text;

namespace TranscriptLint.Fuzz;

/// <summary>
/// The one entry point the fuzzers and the corpus replay share: the bytes are decoded as a file would be, then
/// linted as each dialect (by file name, so detection and every reader run). Anything the engine should never do
/// is thrown, so the fuzzer records the input as a crash: an exception escaping, a TL0000 (a reader or rule that
/// failed), or a finding whose span or line/column range lies outside the text or runs backwards.
/// </summary>
public static class FuzzTarget
{
    /// <summary>One name per dialect, plus a name with no extension (content detection).</summary>
    public static readonly string[] FileNames = { "fuzz.txt", "fuzz.md", "fuzz.vtt", "fuzz.srt", "fuzz" };

    public static void LintAsEveryDialect(ReadOnlySpan<byte> data)
    {
        var text = SourceText.FromBytes(data.ToArray());
        foreach (var name in FileNames) Check(name, text);
    }

    private static void Check(string name, SourceText text)
    {
        var result = TranscriptLinter.Lint(name, text, FileSettings.Default);
        foreach (var d in result.Diagnostics)
        {
            if (d.RuleId == TranscriptLinter.RuleFailure.Id) throw new InvalidOperationException($"{name}: {d.Message}");
            if (d.Span.Start < 0 || d.Span.End > text.Length || d.Span.Length < 0)
            {
                throw new InvalidOperationException($"{name}: {d.RuleId} span {d.Span.Start}+{d.Span.Length} outside a text of {text.Length}");
            }

            if (d.Start.CompareTo(d.End) > 0 || d.Start.Line < 1 || d.End.Line > text.LineCount)
            {
                throw new InvalidOperationException($"{name}: {d.RuleId} range {d.Start}-{d.End} in {text.LineCount} lines");
            }
        }
    }
}
