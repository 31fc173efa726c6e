using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using TranscriptLint.Diagnostics;
using TranscriptLint.Engine;
using TranscriptLint.Rules;

namespace TranscriptLint.Cli.Output;

/// <summary>
/// SARIF 2.1.0: the rules in <c>tool.driver.rules</c> and one result per finding, located by a uri relative to the
/// current folder (<c>%SRCROOT%</c>) and a full region. No timestamps, so the same input gives the same bytes.
/// </summary>
internal sealed class SarifReportWriter : IReportWriter
{
    private readonly string currentDirectory;

    public SarifReportWriter(string currentDirectory)
    {
        this.currentDirectory = currentDirectory;
    }

    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        RuleCatalog.All.Select(r => r.Descriptor).Append(TranscriptLinter.RuleFailure).ToArray();

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "note",
        _ => "none",
    };

    public void Write(LintRun run, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject("%SRCROOT%");
            json.WriteString("uri", new Uri(currentDirectory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            var index = Descriptors.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i);
            foreach (var d in run.Diagnostics) WriteResult(json, d, index[d.RuleId]);
            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "TranscriptLint");
        json.WriteString("semanticVersion", Version());
        json.WriteString("informationUri", "https://github.com/transcriptlint/transcriptlint");
        json.WriteStartArray("rules");
        foreach (var rule in Descriptors)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Description);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", d.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(d.Path));
        if (!Path.IsPathRooted(d.Path)) json.WriteString("uriBaseId", "%SRCROOT%");
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", d.Start.Line);
        json.WriteNumber("startColumn", d.Start.Column);
        json.WriteNumber("endLine", d.End.Line);
        json.WriteNumber("endColumn", d.End.Column);
        json.WriteNumber("charOffset", d.Span.Start);
        json.WriteNumber("charLength", d.Span.Length);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString("transcriptlint/v1", d.Fingerprint);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A relative path becomes a relative uri with '/' and escaped segments; an absolute one a file: uri.</summary>
    internal static string ToUri(string path)
    {
        if (Path.IsPathRooted(path)) return new Uri(path).AbsoluteUri;
        var segments = path.Replace('\\', '/').Split('/');
        return string.Join("/", segments.Select(Uri.EscapeDataString));
    }

    internal static string Version()
    {
        var informational = typeof(SarifReportWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        int plus = informational.IndexOf('+');
        return plus >= 0 ? informational.Substring(0, plus) : informational;
    }
}
