using System.Collections.Generic;
using TranscriptLint.Configuration;
using TranscriptLint.Model;
using TranscriptLint.Text;

namespace TranscriptLint.Rules;

/// <summary>What a rule may read besides the document (its settings) and where it reports.</summary>
public sealed class RuleContext
{
    private readonly List<RawFinding> findings;
    private readonly IReadOnlyDictionary<string, object>? options;

    internal RuleContext(Rule rule, FileSettings settings, List<RawFinding> findings)
    {
        Rule = rule;
        Settings = settings;
        this.findings = findings;
        options = settings.GetRuleOptions(rule.Descriptor.Id);
    }

    public Rule Rule { get; }

    public FileSettings Settings { get; }

    /// <summary>The option's value for this file: from transcriptlint.json, else the option's default.</summary>
    public T Get<T>(RuleOption<T> option)
    {
        if (options is not null && options.TryGetValue(option.Name, out var value) && value is T typed) return typed;
        return option.Default;
    }

    /// <summary>Reports a finding on <paramref name="span"/>. The message should say what is wrong and what to do.</summary>
    public void Report(TextSpan span, string message) => findings.Add(new RawFinding(Rule, span, message, null));

    /// <summary>
    /// Reports a finding with the repair <c>transcriptlint fix</c> may apply; pass a fix only where it is certain
    /// (null reports the finding without one).
    /// </summary>
    public void Report(TextSpan span, string message, Diagnostics.Fix? fix) => findings.Add(new RawFinding(Rule, span, message, fix));
}

internal readonly struct RawFinding
{
    public RawFinding(Rule rule, TextSpan span, string message, Diagnostics.Fix? fix)
    {
        Rule = rule;
        Span = span;
        Message = message;
        Fix = fix;
    }

    public Rule Rule { get; }

    public TextSpan Span { get; }

    public string Message { get; }

    public Diagnostics.Fix? Fix { get; }
}
