using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using TranscriptLint.Analyzers.Tests.Support;
using Xunit;

namespace TranscriptLint.Analyzers.Tests;

/// <summary>
/// Issue 9: a transcript in an odd encoding reaches the analyzer as the compiler decodes it (BOM detection, UTF-8,
/// else a single-byte code page). The analyzer must neither throw (AD0001, which <see cref="AnalyzerRunner"/> turns into
/// an exception) nor read another text than the command line does: UTF-16 without BOM, UTF-32 with BOM, and bytes that
/// are not UTF-8 give the same findings at the same lines and columns as the CLI.
/// </summary>
public sealed class EncodingParityTests
{
    /// <summary>Accented names: TL0001 at (7,1) ('HÉLÈNE MULLER' once against 'HÉLÈNE MÜLLER' twice), TL0002 at (9,1).</summary>
    private const string Text =
        "Réunion du comité – 10 mars\n" +
        "\n" +
        "HÉLÈNE MÜLLER: Bonjour à tous.\n" +
        "\n" +
        "HÉLÈNE MÜLLER: Premier point, le budget.\n" +
        "\n" +
        "HÉLÈNE MULLER: Deuxième point.\n" +
        "\n" +
        "JOSÉ NÚÑEZ: D'accord.\n";

    public static IEnumerable<object[]> Encodings() => new[]
    {
        new object[] { "utf16le-nobom" },
        new object[] { "utf16be-nobom" },
        new object[] { "utf16le-bom" },
        new object[] { "utf32le-bom" },
        new object[] { "utf32be-bom" },
        new object[] { "utf8-bom" },
        new object[] { "latin1" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Analyzer_reports_what_the_cli_reports_for_an_odd_encoding(string encoding)
    {
        byte[] bytes = Encode(encoding);
        string root = Path.Combine(Path.GetTempPath(), "tl-encoding-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Directory.CreateDirectory(root);
        try
        {
            string path = Path.Combine(root, "notes.txt");
            File.WriteAllBytes(path, bytes);

            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int exit = Cli.Program.Run(new[] { "notes.txt", "--format", "json" }, stdout, stderr, root);
            Assert.True(exit is 0 or 1, $"exit {exit}: {stderr}");
            using var json = JsonDocument.Parse(stdout.ToString());
            var cli = json.RootElement.EnumerateArray()
                .Select(d => $"{d.GetProperty("ruleId").GetString()} ({d.GetProperty("line").GetInt32()},{d.GetProperty("column").GetInt32()}) {d.GetProperty("message").GetString()}")
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();

            var analyzer = AnalyzerRunner.Run(new[] { TestAdditionalFile.TranscriptFromBytes(path, bytes) })
                .Select(d =>
                {
                    var start = d.Location.GetLineSpan().StartLinePosition;
                    return $"{d.Id} ({start.Line + 1},{start.Character + 1}) {d.GetMessage()}";
                })
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();

            Assert.Equal(cli, analyzer);
            if (encoding != "latin1") Assert.Contains(cli, f => f.StartsWith("TL0001 (7,1) ", StringComparison.Ordinal) && f.Contains("'HÉLÈNE MULLER'"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static byte[] Encode(string encoding) => encoding switch
    {
        "utf16le-nobom" => Encoding.Unicode.GetBytes(Text),
        "utf16be-nobom" => Encoding.BigEndianUnicode.GetBytes(Text),
        "utf16le-bom" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Text)).ToArray(),
        "utf32le-bom" => new UTF32Encoding(false, true).GetPreamble().Concat(new UTF32Encoding(false, true).GetBytes(Text)).ToArray(),
        "utf32be-bom" => new UTF32Encoding(true, true).GetPreamble().Concat(new UTF32Encoding(true, true).GetBytes(Text)).ToArray(),
        "utf8-bom" => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Text)).ToArray(),
        "latin1" => Encoding.Latin1.GetBytes(Text.Replace('–', '-')),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };
}
