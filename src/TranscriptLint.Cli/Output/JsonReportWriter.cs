using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using TranscriptLint.Diagnostics;

namespace TranscriptLint.Cli.Output;

/// <summary>
/// A flat JSON array of findings, for scripts that do not want SARIF. Written one finding at a time: the JSON writer's
/// buffer is handed to the output after each finding, so the report is never held whole in memory.
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    /// <summary>Bytes the JSON writer may hold before they are passed on (a finding always ends on a whole character).</summary>
    private const int FlushThreshold = 1 << 14;

    public void Write(LintRun run, TextWriter writer) => Write(run.Diagnostics, writer);

    public static void Write(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        var buffer = new MemoryStream();
        var decoder = new UTF8Encoding(false).GetDecoder();
        var chars = new char[FlushThreshold * 2];
        void Drain(Utf8JsonWriter json)
        {
            json.Flush();
            var bytes = buffer.GetBuffer();
            int length = (int)buffer.Length;
            for (int offset = 0; offset < length;)
            {
                int take = System.Math.Min(FlushThreshold, length - offset);
                int count = decoder.GetChars(bytes, offset, take, chars, 0, flush: false);
                writer.Write(chars, 0, count);
                offset += take;
            }

            buffer.SetLength(0);
        }

        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var d in diagnostics)
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
                if (json.BytesPending + buffer.Length >= FlushThreshold) Drain(json);
            }

            json.WriteEndArray();
            Drain(json);
        }

        writer.WriteLine();
    }
}
