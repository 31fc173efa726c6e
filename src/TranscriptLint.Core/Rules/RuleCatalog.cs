using System;
using System.Collections.Generic;

namespace TranscriptLint.Rules;

/// <summary>Every rule, in id order. Config, docs and front ends look rules up here by id or name.</summary>
public static class RuleCatalog
{
    public static readonly IReadOnlyList<Rule> All = new Rule[]
    {
        new TL0001SpeakerSpelling(),
        new TL0002MissingEndMarker(),
        new TL0003OrphanedHeader(),
        new TL0004BadTimeRange(),
        new TL0005ContentAfterEndMarker(),
        new TL0006SpeakerLabelStyle(),
        new TL0007UnknownSpeaker(),
        new TL0008NonMonotonicTimestamp(),
        new TL0009OverlappingCues(),
        new TL0010WeekdayDateMismatch(),
        new TL0011PageBreakSplitsSentence(),
        new TL0012Mojibake(),
        new TL0013SpeakerSpellingAcrossFiles(),
        new TL0014MalformedSpeakerLabel(),
    };

    /// <summary>Every rule's descriptor, then the engine's own <c>TL0000</c> (a rule that failed): what reports list.</summary>
    public static readonly IReadOnlyList<Diagnostics.RuleDescriptor> Descriptors = BuildDescriptors();

    /// <summary>The descriptor for an id, including <c>TL0000</c>; null for an unknown id.</summary>
    public static Diagnostics.RuleDescriptor? FindDescriptor(string id)
    {
        foreach (var descriptor in Descriptors)
        {
            if (string.Equals(descriptor.Id, id, StringComparison.Ordinal)) return descriptor;
        }

        return null;
    }

    /// <summary>Finds a rule by id (<c>TL0001</c>) or name (<c>speaker-spelling</c>), ignoring case.</summary>
    public static Rule? Find(string idOrName)
    {
        foreach (var rule in All)
        {
            if (string.Equals(rule.Descriptor.Id, idOrName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(rule.Descriptor.Name, idOrName, StringComparison.OrdinalIgnoreCase))
            {
                return rule;
            }
        }

        return null;
    }

    private static IReadOnlyList<Diagnostics.RuleDescriptor> BuildDescriptors()
    {
        var list = new List<Diagnostics.RuleDescriptor>();
        foreach (var rule in All) list.Add(rule.Descriptor);
        list.Add(Engine.TranscriptLinter.RuleFailure);
        return list;
    }
}
