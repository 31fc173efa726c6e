using System.Collections.Generic;
using TranscriptLint.Diagnostics;
using TranscriptLint.Model;

namespace TranscriptLint.Rules;

/// <summary>
/// One check: metadata plus a method over the document model. Config, severity, suppression, ordering and
/// output are the engine's business, not the rule's.
/// </summary>
public abstract class Rule
{
    private static readonly IReadOnlyList<RuleOption> NoOptions = new RuleOption[0];

    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>The settings this rule reads from <c>"rules": { "ID": { … } }</c> in transcriptlint.json.</summary>
    public virtual IReadOnlyList<RuleOption> Options => NoOptions;

    public abstract void Check(TranscriptDocument document, RuleContext context);
}
