using System.IO;

namespace TranscriptLint.Cli.Output;

/// <summary>Writes a finished run in one output format.</summary>
internal interface IReportWriter
{
    void Write(LintRun run, TextWriter writer);
}
