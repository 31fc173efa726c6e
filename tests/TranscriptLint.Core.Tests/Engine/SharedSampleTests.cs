using System.IO;
using System.Linq;
using TranscriptLint.Configuration;
using TranscriptLint.Engine;
using TranscriptLint.Tests.Support;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Engine;

/// <summary>The real ICANN61 transcript the project started from (../shared/samples), when it is there.</summary>
public sealed class SharedSampleTests
{
    [SharedSamplesFact]
    public void Icann61_sample_gets_its_spelling_label_style_and_split_sentence_findings_and_nothing_else()
    {
        string path = Path.Combine(RepoPaths.SharedSamples, "icann61-alac-working-session-fr.txt");
        var result = TranscriptLinter.Lint(path, SourceText.FromBytes(File.ReadAllBytes(path)), FileSettings.Default);
        Assert.Equal(
            new[] { "59:1 TL0011", "109:1 TL0011", "127:1 TL0001", "143:1 TL0011", "167:1 TL0011", "175:1 TL0006", "185:1 TL0011", "199:1 TL0001", "223:1 TL0011" },
            result.Diagnostics.Places());
        Assert.Contains("'HEIDI ULLRICH'", result.Diagnostics.Single(d => d.Start.Line == 127).Message);
        Assert.Contains("'SEUN OJEDI'", result.Diagnostics.Single(d => d.Start.Line == 199).Message);
        Assert.Contains("'ALBERTO SOTTO:'", result.Diagnostics.Single(d => d.Start.Line == 175).Message);
    }

    [SharedSamplesFact]
    public void Every_shared_sample_is_read_as_a_transcript_without_rule_failures()
    {
        foreach (var path in Directory.GetFiles(RepoPaths.SharedSamples, "*.txt"))
        {
            var result = TranscriptLinter.Lint(path, SourceText.FromBytes(File.ReadAllBytes(path)), FileSettings.Default);
            Assert.True(result.LooksLikeTranscript, path);
            Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == "TL0000");
            Assert.DoesNotContain(result.Diagnostics, d => d.Start.Line == 5);
        }
    }
}
