using System.Collections;
using System.Collections.Generic;
using Microsoft.Build.Framework;

namespace TranscriptLint.Analyzers.Tests.Support;

/// <summary>
/// Just enough of MSBuild to run a task in-process and keep what it logs, and to answer which warning codes it would
/// turn into errors (<see cref="IBuildEngine8"/>), as TreatWarningsAsErrors or WarningsAsErrors make it.
/// </summary>
public sealed class FakeBuildEngine : IBuildEngine8
{
    private readonly object gate = new();

    /// <summary>The codes this "build" treats as errors (WarningsAsErrors); empty for none.</summary>
    public HashSet<string> WarningsAsErrors { get; } = new(System.StringComparer.OrdinalIgnoreCase);

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
        if (WarningsAsErrors.Contains(e.Code))
        {
            LogErrorEvent(new BuildErrorEventArgs(e.Subcategory, e.Code, e.File, e.LineNumber, e.ColumnNumber, e.EndLineNumber, e.EndColumnNumber, e.Message, e.HelpKeyword, e.SenderName));
            return;
        }

        lock (gate) Warnings.Add(e);
    }

    public bool ShouldTreatWarningAsError(string warningCode) => WarningsAsErrors.Contains(warningCode);

    // The rest of IBuildEngine2-8, which the task does not use.
    public bool IsRunningMultipleNodes => false;

    public bool AllowFailureWithoutError { get; set; }

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs, string toolsVersion) => false;

    public bool BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IDictionary[] targetOutputsPerProject, string[] toolsVersion, bool useResultsCache, bool unloadProjectsOnCompletion) => false;

    public BuildEngineResult BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IList<string>[] removeGlobalProperties, string[] toolsVersion, bool returnTargetOutputs) => new(false, null);

    public void Yield()
    {
    }

    public void Reacquire()
    {
    }

    public void RegisterTaskObject(object key, object obj, RegisteredTaskObjectLifetime lifetime, bool allowEarlyCollection)
    {
    }

    public object? GetRegisteredTaskObject(object key, RegisteredTaskObjectLifetime lifetime) => null;

    public object? UnregisterTaskObject(object key, RegisteredTaskObjectLifetime lifetime) => null;

    public void LogTelemetry(string eventName, IDictionary<string, string> properties)
    {
    }

    public IReadOnlyDictionary<string, string> GetGlobalProperties() => new Dictionary<string, string>();

    public int RequestCores(int requestedCores) => 1;

    public void ReleaseCores(int coresToRelease)
    {
    }
}
