using System;
using System.IO;
using TranscriptLint.Output;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Output;

/// <summary>
/// The SARIF writer streams: a log of 200,000 findings reaches the output while the findings are still being read,
/// in small writes, allocating far less than the document's size (1 million findings took 5 GB as one string).
/// </summary>
public sealed class SarifStreamingTests
{
    private const int Findings = 200_000;

    [Fact]
    public void Sarif_log_of_200000_findings_is_written_as_it_goes_not_built_as_one_string()
    {
        var findings = ManyFindings.Make(Findings);
        var writer = new CountingWriter();
        long beforeLast = -1;
        var watched = ManyFindings.Watched(findings, writer, n => beforeLast = n);

        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        SarifLog.Write(writer, Path.GetTempPath(), watched);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        long documentBytes = writer.Count * sizeof(char); // what the document costs as one string
        Assert.True(writer.Count > 100L * Findings, $"only {writer.Count} characters written");
        Assert.True(beforeLast > writer.Count * 9 / 10, $"{beforeLast} of {writer.Count} characters were written before the last finding was read");
        Assert.True(writer.LargestWrite < 1 << 16, $"one write of {writer.LargestWrite} characters");
        Assert.True(allocated < documentBytes / 2, $"{allocated:N0} bytes allocated for a {documentBytes:N0}-byte document");
    }

    [Fact]
    public void Streamed_log_is_the_same_text_as_the_string_form()
    {
        var findings = ManyFindings.Make(50);
        using var streamed = new StringWriter();
        SarifLog.Write(streamed, Path.GetTempPath(), findings);
        Assert.Equal(SarifLog.Create(Path.GetTempPath(), findings), streamed.ToString());
        Assert.EndsWith("}\n", streamed.ToString(), StringComparison.Ordinal);
    }
}
