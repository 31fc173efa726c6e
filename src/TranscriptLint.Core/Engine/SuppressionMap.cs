using System;
using System.Collections.Generic;
using TranscriptLint.Diagnostics;
using TranscriptLint.Model;

namespace TranscriptLint.Engine;

/// <summary>Answers "is this rule suppressed on this line?" from a document's inline directives.</summary>
internal sealed class SuppressionMap
{
    private readonly IReadOnlyList<SuppressionDirective> directives;

    public SuppressionMap(IReadOnlyList<SuppressionDirective> directives)
    {
        this.directives = directives;
    }

    public bool IsEmpty => directives.Count == 0;

    public bool IsSuppressed(RuleDescriptor rule, int line)
    {
        bool disabled = false;
        foreach (var directive in directives)
        {
            if (!Names(directive, rule)) continue;
            switch (directive.Kind)
            {
                case SuppressionKind.DisableNextLine:
                    if (line >= directive.TargetStartLine && line <= directive.TargetEndLine) return true;
                    break;
                case SuppressionKind.Disable:
                    if (directive.Line <= line) disabled = true;
                    break;
                case SuppressionKind.Enable:
                    if (directive.Line <= line) disabled = false;
                    break;
            }
        }

        return disabled;
    }

    private static bool Names(SuppressionDirective directive, RuleDescriptor rule)
    {
        if (directive.Rules.Count == 0) return true;
        foreach (var name in directive.Rules)
        {
            if (string.Equals(name, rule.Id, StringComparison.OrdinalIgnoreCase) || string.Equals(name, rule.Name, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}
