using System.IO;
using System.Linq;
using TranscriptLint.Fuzz;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Fuzz;

/// <summary>
/// The short, CI-safe fuzz run: every input in tests/TranscriptLint.Fuzz/corpus (the hand-written seeds and whatever a
/// longer fuzz session adds there) goes through the fuzz target the fuzzers call, so the target and the corpus cannot
/// rot, and an input a fuzzer once found failing stays fixed.
/// </summary>
public sealed class FuzzCorpusReplayTests
{
    private static string CorpusDirectory => Path.Combine(RepoPaths.Root, "tests", "TranscriptLint.Fuzz", "corpus");

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CorpusDirectory, "*", SearchOption.AllDirectories).OrderBy(f => f, System.StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(CorpusDirectory, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Corpus_input_lints_as_every_dialect_without_failure(string input)
    {
        FuzzTarget.LintAsEveryDialect(File.ReadAllBytes(Path.Combine(CorpusDirectory, input)));
    }

    [Fact]
    public void Corpus_covers_every_dialect_and_odd_encodings()
    {
        var names = Directory.GetFiles(CorpusDirectory).Select(Path.GetFileName).ToList();
        Assert.True(names.Count >= 10, $"{names.Count} corpus inputs");
        foreach (var ext in new[] { ".txt", ".md", ".vtt", ".srt" }) Assert.Contains(names, n => n!.EndsWith(ext, System.StringComparison.Ordinal));
        Assert.Contains("utf16le-nobom.txt", names);
    }

    [Fact]
    public void The_target_lints_every_dialect_and_takes_an_empty_input()
    {
        Assert.Equal(new[] { "fuzz.txt", "fuzz.md", "fuzz.vtt", "fuzz.srt", "fuzz" }, FuzzTarget.FileNames);
        FuzzTarget.LintAsEveryDialect(System.ReadOnlySpan<byte>.Empty);
    }
}
