using TranscriptLint.Text;

namespace TranscriptLint.Diagnostics;

/// <summary>One finding: a rule, where it is (exact span and its line/column range), how severe, and what to do.</summary>
public sealed class Diagnostic
{
    public Diagnostic(RuleDescriptor rule, string path, Severity severity, string message, TextSpan span, LinePosition start, LinePosition end, string fingerprint, Fix? fix = null)
    {
        Rule = rule;
        Path = path;
        Severity = severity;
        Message = message;
        Span = span;
        Start = start;
        End = end;
        Fingerprint = fingerprint;
        Fix = fix;
    }

    public RuleDescriptor Rule { get; }

    public string RuleId => Rule.Id;

    /// <summary>The file's path as the caller named it (the front end decides how to print it).</summary>
    public string Path { get; }

    public Severity Severity { get; }

    public string Message { get; }

    /// <summary>Offsets into the decoded text, for fixes that rewrite exactly this range.</summary>
    public TextSpan Span { get; }

    public LinePosition Start { get; }

    /// <summary>The position just after the last character of the span (exclusive), as SARIF and editors expect.</summary>
    public LinePosition End { get; }

    /// <summary>
    /// Stable across edits elsewhere in the file: a hash of the rule, the flagged text, the text of its line and
    /// how many identical (rule, text) findings came before it. Line numbers are left out so moved lines keep it.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>The safe repair the rule offers for this finding (edits in the decoded text), or null when it offers none.</summary>
    public Fix? Fix { get; }

    public override string ToString() => $"{Path}({Start.Line},{Start.Column}): {Severity.ToDisplayString()} {RuleId}: {Message}";
}
