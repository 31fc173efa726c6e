using System.Collections.Generic;
using System.Linq;
using System.Text;
using TranscriptLint.Configuration;
using TranscriptLint.Diagnostics;
using TranscriptLint.Engine;
using TranscriptLint.Text;

namespace TranscriptLint.Tests.Support;

/// <summary>Lints text in memory, for rule tests.</summary>
public static class TestLint
{
    public static IReadOnlyList<Diagnostic> Run(string text, string fileName = "meeting.txt", string? configJson = null)
    {
        var settings = configJson is null ? FileSettings.Default : ConfigLoader.Parse(configJson, "/repo/transcriptlint.json").GetFileSettings("/repo/" + fileName);
        return TranscriptLinter.Lint(fileName, SourceText.From(text), settings).Diagnostics;
    }

    public static IReadOnlyList<Diagnostic> Run(byte[] bytes, string fileName)
        => TranscriptLinter.Lint(fileName, SourceText.FromBytes(bytes), FileSettings.Default).Diagnostics;

    /// <summary>The document model a file's reader makes of <paramref name="text"/> (dialect from the name, default options).</summary>
    public static TranscriptLint.Model.TranscriptDocument Read(string text, string path)
    {
        var source = SourceText.From(text);
        return TranscriptLint.Dialects.DialectDetector.GetReader(TranscriptLint.Dialects.DialectDetector.Detect(path, source)).Read(path, source, TranscriptLint.Dialects.ReaderOptions.Default);
    }

    public static IReadOnlyList<Diagnostic> Only(this IReadOnlyList<Diagnostic> diagnostics, string ruleId)
        => diagnostics.Where(d => d.RuleId == ruleId).ToList();

    /// <summary>"line:col RULE" per finding, for compact assertions.</summary>
    public static string[] Places(this IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Select(d => $"{d.Start.Line}:{d.Start.Column} {d.RuleId}").ToArray();

    /// <summary>The snapshot form: one finding a line with its exact range, severity, rule and message.</summary>
    public static string Render(IEnumerable<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var d in diagnostics)
        {
            builder.Append($"{d.Start.Line}:{d.Start.Column}-{d.End.Line}:{d.End.Column} {d.Severity.ToDisplayString()} {d.RuleId} {d.Message}\n");
        }

        return builder.Length == 0 ? "(no findings)\n" : builder.ToString();
    }
}
