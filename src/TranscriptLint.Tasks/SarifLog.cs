using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;
using TranscriptLint.Diagnostics;
using TranscriptLint.Engine;
using TranscriptLint.Rules;

namespace TranscriptLint.Tasks;

/// <summary>
/// SARIF 2.1.0, the same shape as the CLI's <c>--format sarif</c>: the rules in <c>tool.driver.rules</c> and one
/// result per finding with its full region, located relative to the project folder (<c>%SRCROOT%</c>).
/// Hand-written JSON: the task ships no System.Text.Json, which .NET Framework MSBuild would need redirects for.
/// </summary>
internal static class SarifLog
{
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = BuildDescriptors();

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "note",
        _ => "none",
    };

    /// <param name="baseDirectory">The folder relative paths are resolved against (the project folder).</param>
    /// <param name="files">Each file's path as reported (relative to <paramref name="baseDirectory"/> when under it) and its findings.</param>
    public static string Create(string baseDirectory, IEnumerable<KeyValuePair<string, IReadOnlyList<Finding>>> files)
    {
        var json = new JsonText();
        json.StartObject();
        json.Property("$schema").String("https://json.schemastore.org/sarif-2.1.0.json");
        json.Property("version").String("2.1.0");
        json.Property("runs").StartArray();
        json.StartObject();
        WriteTool(json);
        json.Property("originalUriBaseIds").StartObject();
        json.Property("%SRCROOT%").StartObject();
        json.Property("uri").String(new Uri(baseDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri);
        json.EndObject();
        json.EndObject();
        json.Property("results").StartArray();
        foreach (var file in files)
        {
            foreach (var finding in file.Value) WriteResult(json, file.Key, finding);
        }

        json.EndArray();
        json.Property("columnKind").String("utf16CodeUnits");
        json.EndObject();
        json.EndArray();
        json.EndObject();
        return json.ToString() + "\n";
    }

    private static IReadOnlyList<RuleDescriptor> BuildDescriptors()
    {
        var list = new List<RuleDescriptor>();
        foreach (var rule in RuleCatalog.All) list.Add(rule.Descriptor);
        list.Add(TranscriptLinter.RuleFailure);
        return list;
    }

    private static void WriteTool(JsonText json)
    {
        json.Property("tool").StartObject();
        json.Property("driver").StartObject();
        json.Property("name").String("TranscriptLint");
        json.Property("semanticVersion").String(Version());
        json.Property("informationUri").String("https://github.com/transcriptlint/transcriptlint");
        json.Property("rules").StartArray();
        foreach (var rule in Descriptors)
        {
            json.StartObject();
            json.Property("id").String(rule.Id);
            json.Property("name").String(rule.Name);
            json.Property("shortDescription").StartObject();
            json.Property("text").String(rule.Title);
            json.EndObject();
            json.Property("fullDescription").StartObject();
            json.Property("text").String(rule.Description);
            json.EndObject();
            json.Property("helpUri").String(rule.HelpUri);
            json.Property("defaultConfiguration").StartObject();
            json.Property("level").String(Level(rule.DefaultSeverity));
            json.EndObject();
            json.Property("properties").StartObject();
            json.Property("category").String(rule.Category);
            json.EndObject();
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
        json.EndObject();
    }

    private static void WriteResult(JsonText json, string path, Finding d)
    {
        json.StartObject();
        json.Property("ruleId").String(d.RuleId);
        int index = IndexOf(d.RuleId);
        if (index >= 0) json.Property("ruleIndex").Number(index);
        json.Property("level").String(Level(d.Severity));
        json.Property("message").StartObject();
        json.Property("text").String(d.Message);
        json.EndObject();
        json.Property("locations").StartArray();
        json.StartObject();
        json.Property("physicalLocation").StartObject();
        json.Property("artifactLocation").StartObject();
        json.Property("uri").String(ToUri(path));
        if (!Path.IsPathRooted(path)) json.Property("uriBaseId").String("%SRCROOT%");
        json.EndObject();
        json.Property("region").StartObject();
        json.Property("startLine").Number(d.StartLine);
        json.Property("startColumn").Number(d.StartColumn);
        json.Property("endLine").Number(d.EndLine);
        json.Property("endColumn").Number(d.EndColumn);
        json.Property("charOffset").Number(d.SpanStart);
        json.Property("charLength").Number(d.SpanLength);
        json.EndObject();
        json.EndObject();
        json.EndObject();
        json.EndArray();
        json.Property("partialFingerprints").StartObject();
        json.Property("transcriptlint/v1").String(d.Fingerprint);
        json.EndObject();
        json.EndObject();
    }

    private static int IndexOf(string ruleId)
    {
        for (int i = 0; i < Descriptors.Count; i++)
        {
            if (string.Equals(Descriptors[i].Id, ruleId, StringComparison.Ordinal)) return i;
        }

        return -1;
    }

    /// <summary>A relative path becomes a relative uri with '/' and escaped segments; an absolute one a file: uri.</summary>
    internal static string ToUri(string path)
    {
        if (Path.IsPathRooted(path)) return new Uri(path).AbsoluteUri;
        var segments = path.Replace('\\', '/').Split('/');
        for (int i = 0; i < segments.Length; i++) segments[i] = Uri.EscapeDataString(segments[i]);
        return string.Join("/", segments);
    }

    internal static string Version()
    {
        var informational = typeof(SarifLog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        int plus = informational.IndexOf('+');
        return plus >= 0 ? informational.Substring(0, plus) : informational;
    }
}

/// <summary>A minimal indented JSON writer: objects, arrays, strings and integers, escaped per RFC 8259.</summary>
internal sealed class JsonText
{
    private readonly StringBuilder sb = new();
    private readonly Stack<bool> hasItems = new();
    private bool afterProperty;

    public JsonText StartObject() => Open('{');

    public JsonText EndObject() => Close('}');

    public JsonText StartArray() => Open('[');

    public JsonText EndArray() => Close(']');

    public JsonText Property(string name)
    {
        BeginValue();
        WriteString(name);
        sb.Append(": ");
        afterProperty = true;
        return this;
    }

    public JsonText String(string value)
    {
        BeginValue();
        WriteString(value);
        return this;
    }

    public JsonText Number(long value)
    {
        BeginValue();
        sb.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public override string ToString() => sb.ToString();

    private JsonText Open(char bracket)
    {
        BeginValue();
        sb.Append(bracket);
        hasItems.Push(false);
        return this;
    }

    private JsonText Close(char bracket)
    {
        bool any = hasItems.Pop();
        if (any) NewLine();
        sb.Append(bracket);
        return this;
    }

    private void BeginValue()
    {
        if (afterProperty)
        {
            afterProperty = false;
            return;
        }

        if (hasItems.Count == 0) return;
        if (hasItems.Peek()) sb.Append(',');
        hasItems.Pop();
        hasItems.Push(true);
        NewLine();
    }

    private void NewLine()
    {
        sb.Append('\n');
        sb.Append(' ', hasItems.Count * 2);
    }

    private void WriteString(string value)
    {
        sb.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
