using System;
using TranscriptLint.Diagnostics;
using TranscriptLint.Engine;
using TranscriptLint.Rules;

namespace TranscriptLint.Tasks;

/// <summary>
/// One finding as the task reports and caches it: everything MSBuild and SARIF need, with no reference to the
/// document it came from, so a cached finding is reported exactly like a fresh one.
/// </summary>
internal sealed class Finding
{
    public Finding(string ruleId, Severity severity, string message, int startLine, int startColumn, int endLine, int endColumn, int spanStart, int spanLength, string fingerprint)
    {
        RuleId = ruleId;
        Severity = severity;
        Message = message;
        StartLine = startLine;
        StartColumn = startColumn;
        EndLine = endLine;
        EndColumn = endColumn;
        SpanStart = spanStart;
        SpanLength = spanLength;
        Fingerprint = fingerprint;
    }

    public string RuleId { get; }

    public Severity Severity { get; }

    public string Message { get; }

    public int StartLine { get; }

    public int StartColumn { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    public int SpanStart { get; }

    public int SpanLength { get; }

    public string Fingerprint { get; }

    public static Finding From(Diagnostic d) =>
        new(d.RuleId, d.Severity, d.Message, d.Start.Line, d.Start.Column, d.End.Line, d.End.Column, d.Span.Start, d.Span.Length, d.Fingerprint);

    /// <summary>The descriptor for a rule id: a catalog rule, the engine's rule-failure id, or null for an unknown id.</summary>
    public static RuleDescriptor? FindDescriptor(string ruleId)
    {
        if (string.Equals(ruleId, TranscriptLinter.RuleFailure.Id, StringComparison.Ordinal)) return TranscriptLinter.RuleFailure;
        foreach (var rule in RuleCatalog.All)
        {
            if (string.Equals(rule.Descriptor.Id, ruleId, StringComparison.Ordinal)) return rule.Descriptor;
        }

        return null;
    }
}
