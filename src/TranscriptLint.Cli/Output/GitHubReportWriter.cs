using System.Collections.Generic;
using System.IO;
using System.Text;
using TranscriptLint.Diagnostics;

namespace TranscriptLint.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands, one per finding, which the runner turns into annotations on the pull request:
/// <c>::warning file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=TL0001 speaker-spelling::MESSAGE</c>
/// (<c>error</c> for errors, <c>notice</c> for suggestions). Columns are sent only for a finding on one line, as the
/// runner accepts them; <c>endColumn</c> is exclusive, as in SARIF. Values are escaped as the runner unescapes them.
/// </summary>
internal sealed class GitHubReportWriter : IReportWriter
{
    public void Write(LintRun run, TextWriter writer) => Write(run.Diagnostics, writer);

    public static void Write(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            var line = new StringBuilder("::").Append(Command(d.Severity)).Append(' ');
            line.Append("file=").Append(EscapeProperty(d.Path.Replace('\\', '/')));
            line.Append(",line=").Append(d.Start.Line);
            if (d.End.Line == d.Start.Line)
            {
                line.Append(",col=").Append(d.Start.Column);
                line.Append(",endLine=").Append(d.End.Line);
                line.Append(",endColumn=").Append(d.End.Column);
            }
            else
            {
                line.Append(",endLine=").Append(d.End.Line);
            }

            line.Append(",title=").Append(EscapeProperty(d.RuleId + " " + d.Rule.Name));
            line.Append("::").Append(EscapeData(d.Message));
            writer.WriteLine(line.ToString());
        }
    }

    private static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Suggestion => "notice",
        _ => "warning",
    };

    /// <summary>A command's message: <c>%</c>, CR and LF as %25, %0D, %0A (what the runner decodes).</summary>
    public static string EscapeData(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>A command's property value: as <see cref="EscapeData"/>, plus <c>:</c> and <c>,</c> as %3A and %2C.</summary>
    public static string EscapeProperty(string value) => EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
