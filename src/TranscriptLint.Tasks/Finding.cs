using TranscriptLint.Diagnostics;
using TranscriptLint.Rules;
using TranscriptLint.Text;

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

    /// <summary>The finding as the engine's diagnostic again, for reports (SARIF); null for a rule id this build does not know.</summary>
    public Diagnostic? ToDiagnostic(string path)
    {
        var descriptor = RuleCatalog.FindDescriptor(RuleId);
        return descriptor is null
            ? null
            : new Diagnostic(descriptor, path, Severity, Message, new TextSpan(SpanStart, SpanLength), new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn), Fingerprint);
    }
}
