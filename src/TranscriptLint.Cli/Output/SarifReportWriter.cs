using System.IO;
using TranscriptLint.Output;

namespace TranscriptLint.Cli.Output;

/// <summary>SARIF 2.1.0 through the engine's one SARIF writer, located relative to the current folder, streamed to the output.</summary>
internal sealed class SarifReportWriter : IReportWriter
{
    private readonly string currentDirectory;

    public SarifReportWriter(string currentDirectory)
    {
        this.currentDirectory = currentDirectory;
    }

    public void Write(LintRun run, TextWriter writer) => SarifLog.Write(writer, currentDirectory, run.Diagnostics);
}
