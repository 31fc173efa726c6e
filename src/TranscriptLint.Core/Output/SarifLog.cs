using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;
using TranscriptLint.Diagnostics;
using TranscriptLint.Rules;

namespace TranscriptLint.Output;

/// <summary>
/// SARIF 2.1.0, written the same way by every front end that writes it (the CLI's <c>--format sarif</c>, the task's
/// <c>TranscriptLintSarifFile</c>): the rules in <c>tool.driver.rules</c> and one result per finding with its full
/// region and fingerprint, located relative to a base folder (<c>%SRCROOT%</c>). No timestamps, so the same input
/// gives the same bytes. Hand-written JSON: Core takes no dependency, and .NET Framework MSBuild would need binding
/// redirects for System.Text.Json.
/// </summary>
public static class SarifLog
{
    public static IReadOnlyList<RuleDescriptor> Descriptors => RuleCatalog.Descriptors;

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "note",
        _ => "none",
    };

    /// <param name="baseDirectory">The folder relative paths are resolved against (the current or the project folder).</param>
    /// <param name="diagnostics">The findings in report order; each one's <see cref="Diagnostic.Path"/> is relative to <paramref name="baseDirectory"/> when under it.</param>
    public static string Create(string baseDirectory, IEnumerable<Diagnostic> diagnostics)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(text, baseDirectory, diagnostics);
        return text.ToString();
    }

    /// <summary>
    /// Writes the log to <paramref name="writer"/> as it goes, one result at a time, so its size is bounded by the
    /// output and not by memory (the same bytes as <see cref="Create"/>, which writes into a string).
    /// </summary>
    /// <param name="writer">Where the log goes; it is not flushed or closed here.</param>
    /// <param name="baseDirectory">The folder relative paths are resolved against (the current or the project folder).</param>
    /// <param name="diagnostics">The findings in report order; each one's <see cref="Diagnostic.Path"/> is relative to <paramref name="baseDirectory"/> when under it.</param>
    public static void Write(TextWriter writer, string baseDirectory, IEnumerable<Diagnostic> diagnostics)
    {
        var json = new JsonText(writer);
        json.StartObject();
        json.Property("$schema").String("https://json.schemastore.org/sarif-2.1.0.json");
        json.Property("version").String("2.1.0");
        json.Property("runs").StartArray();
        json.StartObject();
        WriteTool(json);
        json.Property("originalUriBaseIds").StartObject();
        json.Property("%SRCROOT%").StartObject();
        json.Property("uri").String(ToFileUri(baseDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)) + "/");
        json.EndObject();
        json.EndObject();
        json.Property("results").StartArray();
        foreach (var diagnostic in diagnostics) WriteResult(json, diagnostic);

        json.EndArray();
        json.Property("columnKind").String("utf16CodeUnits");
        json.EndObject();
        json.EndArray();
        json.EndObject();
        writer.Write('\n');
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
            json.Property("help").StartObject();
            json.Property("text").String(RuleHelp.Text(rule));
            json.Property("markdown").String(RuleHelp.Markdown(rule));
            json.EndObject();
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

    private static void WriteResult(JsonText json, Diagnostic d)
    {
        string path = d.Path;
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
        json.Property("startLine").Number(d.Start.Line);
        json.Property("startColumn").Number(d.Start.Column);
        json.Property("endLine").Number(d.End.Line);
        json.Property("endColumn").Number(d.End.Column);
        json.Property("charOffset").Number(d.Span.Start);
        json.Property("charLength").Number(d.Span.Length);
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
    public static string ToUri(string path)
    {
        if (Path.IsPathRooted(path)) return ToFileUri(path);
        return EscapeSegments(Separated(path));
    }

    /// <summary>
    /// A <c>file:</c> uri with every path segment escaped on its own, so a folder named <c>%41</c> or <c>[draft]</c>
    /// keeps its name (<see cref="Uri"/> would read <c>%41</c> as an escaped 'A').
    /// </summary>
    public static string ToFileUri(string fullPath)
    {
        string path = Separated(fullPath);
        if (path.StartsWith("//", StringComparison.Ordinal)) return "file:" + EscapeSegments(path); // \\server\share
        if (path.Length >= 2 && path[1] == ':' && char.IsLetter(path[0]))
        {
            return "file:///" + path.Substring(0, 2) + EscapeSegments(path.Substring(2)); // C:/...
        }

        return "file://" + EscapeSegments(path);
    }

    /// <summary>'/' between segments. On Windows '\\' is a separator too; elsewhere it is part of a file name.</summary>
    private static string Separated(string path) => Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;

    private static string EscapeSegments(string path)
    {
        var segments = path.Split('/');
        for (int i = 0; i < segments.Length; i++) segments[i] = Uri.EscapeDataString(segments[i]);
        return string.Join("/", segments);
    }

    /// <summary>The engine's version (the informational version without its source hash).</summary>
    public static string Version()
    {
        var informational = typeof(SarifLog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        int plus = informational.IndexOf('+');
        return plus >= 0 ? informational.Substring(0, plus) : informational;
    }
}
