using System.IO;
using System.Text;
using System.Text.Json;
using TranscriptLint.Diagnostics;

namespace TranscriptLint.Cli.Output;

/// <summary>A flat JSON array of findings, for scripts that do not want SARIF.</summary>
internal sealed class JsonReportWriter : IReportWriter
{
    public void Write(LintRun run, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var d in run.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("path", Path.DirectorySeparatorChar == '\\' ? d.Path.Replace('\\', '/') : d.Path); // '\\' is a name character on Unix
                json.WriteNumber("line", d.Start.Line);
                json.WriteNumber("column", d.Start.Column);
                json.WriteNumber("endLine", d.End.Line);
                json.WriteNumber("endColumn", d.End.Column);
                json.WriteString("ruleId", d.RuleId);
                json.WriteString("ruleName", d.Rule.Name);
                json.WriteString("severity", d.Severity.ToDisplayString());
                json.WriteString("message", d.Message);
                json.WriteString("helpUri", d.Rule.HelpUri);
                json.WriteString("fingerprint", d.Fingerprint);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
