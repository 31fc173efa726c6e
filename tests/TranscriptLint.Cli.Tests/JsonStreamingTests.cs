using System;
using System.IO;
using System.Text.Json;
using TranscriptLint.Cli.Output;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests;

/// <summary>
/// The CLI's JSON and SARIF reports stream to the output: 200,000 findings reach the writer while they are still
/// being read, in small writes, allocating far less than the document's size.
/// </summary>
public sealed class JsonStreamingTests
{
    private const int Findings = 200_000;

    [Fact]
    public void Json_report_of_200000_findings_is_written_as_it_goes_not_built_as_one_string()
    {
        var findings = ManyFindings.Make(Findings);
        var writer = new CountingWriter(keep: 4096);
        long beforeLast = -1;
        var watched = ManyFindings.Watched(findings, writer, n => beforeLast = n);

        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        JsonReportWriter.Write(watched, writer);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        long documentBytes = writer.Count * sizeof(char);
        Assert.True(writer.Count > 100L * Findings, $"only {writer.Count} characters written");
        Assert.True(beforeLast > writer.Count * 9 / 10, $"{beforeLast} of {writer.Count} characters were written before the last finding was read");
        Assert.True(writer.LargestWrite < 1 << 16, $"one write of {writer.LargestWrite} characters");
        Assert.True(allocated < documentBytes / 2, $"{allocated:N0} bytes allocated for a {documentBytes:N0}-byte document");
        Assert.StartsWith("[\n  {\n    \"path\": \"minutes/2024-03-05 board.txt\",", writer.Head.Replace("\r\n", "\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Streamed_json_report_is_one_valid_array_with_every_finding()
    {
        var findings = ManyFindings.Make(3000);
        using var text = new StringWriter();
        JsonReportWriter.Write(findings, text);
        using var json = JsonDocument.Parse(text.ToString());
        Assert.Equal(3000, json.RootElement.GetArrayLength());
        Assert.Equal(3000, json.RootElement[2999].GetProperty("line").GetInt32());
        Assert.EndsWith("]" + Environment.NewLine, text.ToString(), StringComparison.Ordinal);
    }
}
