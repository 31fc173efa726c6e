using System.IO;
using TranscriptLint.Diagnostics;
using TranscriptLint.Output;

namespace TranscriptLint.Cli.Output;

/// <summary><c>path(line,col): warning TL0001: message</c>, the shape MSBuild, VS Code and CI problem matchers read.</summary>
internal sealed class MsBuildReportWriter : IReportWriter
{
    public void Write(LintRun run, TextWriter writer)
    {
        foreach (var diagnostic in run.Diagnostics)
        {
            string level = diagnostic.Severity == Severity.Suggestion ? "info" : diagnostic.Severity.ToDisplayString();
            writer.WriteLine($"{Printable.Escape(diagnostic.Path)}({diagnostic.Start.Line},{diagnostic.Start.Column}): {level} {diagnostic.RuleId}: {diagnostic.Message}");
        }
    }
}
