using System;
using System.IO;
using System.Linq;
using System.Text;

namespace TranscriptLint.Tests.Support;

/// <summary>
/// Issue 12's baseline acceptance, shared by the CLI, task and analyzer tests: in a generated corpus with a baseline,
/// ten transcripts that have baselined findings get ten lines at the top (in their own line endings and BOM), and one
/// meeting without mojibake gets a new defect (TL0012) at a known line.
/// </summary>
public static class BaselineScenario
{
    /// <summary>Applies the edits; returns the new defect's file (relative, '/') and 1-based line.</summary>
    public static (string File, int Line) Apply(string corpus)
    {
        var withFindings = File.ReadAllLines(Path.Combine(corpus, "transcriptlint.baseline.json"))
            .Select(l => l.Split('"')).Where(p => p.Length > 3 && p[1] == "file").Select(p => p[3])
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Distinct().OrderBy(f => f, StringComparer.Ordinal).Take(10).ToList();
        if (withFindings.Count != 10) throw new InvalidOperationException($"the baseline names {withFindings.Count} transcripts, not 10.");
        foreach (var file in withFindings)
        {
            string full = Path.Combine(corpus, file);
            byte[] bytes = File.ReadAllBytes(full);
            bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            string text = Encoding.UTF8.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
            string newline = text.Contains("\r\n") ? "\r\n" : "\n";
            string top = string.Concat(Enumerable.Range(1, 10).Select(i => $"<!-- archived copy, reviewed ({i}) -->{newline}"));
            File.WriteAllBytes(full, (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(top + text)).ToArray());
        }

        string meeting = Directory.GetFiles(Path.Combine(corpus, "meetings"), "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)
            .First(f => !File.ReadAllText(f).Contains('Ã') && !File.ReadAllText(f).Contains('â'));
        var lines = File.ReadAllText(meeting).Split('\n');
        int speech = Array.FindIndex(lines, l => l.Contains(": ") && l.TrimEnd('\r').EndsWith(".", StringComparison.Ordinal) && char.IsUpper(l[0]));
        lines[speech] = lines[speech].TrimEnd('\r') + " The cafÃ© was closed." + (lines[speech].EndsWith("\r", StringComparison.Ordinal) ? "\r" : string.Empty);
        File.WriteAllText(meeting, string.Join("\n", lines), new UTF8Encoding(File.ReadAllBytes(meeting)[0] == 0xEF));
        return (Path.GetRelativePath(corpus, meeting).Replace('\\', '/'), speech + 1);
    }
}
