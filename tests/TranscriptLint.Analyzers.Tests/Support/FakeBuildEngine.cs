using System.Collections;
using System.Collections.Generic;
using Microsoft.Build.Framework;

namespace TranscriptLint.Analyzers.Tests.Support;

/// <summary>Just enough of MSBuild to run a task in-process and keep what it logs.</summary>
public sealed class FakeBuildEngine : IBuildEngine
{
    private readonly object gate = new();

    public List<BuildErrorEventArgs> Errors { get; } = new();

    public List<BuildWarningEventArgs> Warnings { get; } = new();

    public List<BuildMessageEventArgs> Messages { get; } = new();

    /// <summary>Every warning and error as <c>file(line,col) severity code: message</c>, sorted: what two builds compare.</summary>
    public string[] ReportedLines()
    {
        var lines = new List<string>();
        foreach (var w in Warnings) lines.Add($"{w.File}({w.LineNumber},{w.ColumnNumber}) warning {w.Code}: {w.Message}");
        foreach (var e in Errors) lines.Add($"{e.File}({e.LineNumber},{e.ColumnNumber}) error {e.Code}: {e.Message}");
        lines.Sort(System.StringComparer.Ordinal);
        return lines.ToArray();
    }

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "fake.proj";

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public void LogErrorEvent(BuildErrorEventArgs e)
    {
        lock (gate) Errors.Add(e);
    }

    public void LogMessageEvent(BuildMessageEventArgs e)
    {
        lock (gate) Messages.Add(e);
    }

    public void LogWarningEvent(BuildWarningEventArgs e)
    {
        lock (gate) Warnings.Add(e);
    }
}
