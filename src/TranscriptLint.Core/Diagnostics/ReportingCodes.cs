using System.Collections.Generic;
using TranscriptLint.Rules;

namespace TranscriptLint.Diagnostics;

/// <summary>Every code TranscriptLint reports: the rules of <see cref="RuleCatalog"/>, the engine's TL0000 and the config error TL1000.</summary>
public static class ReportingCodes
{
    /// <summary>A transcriptlint.json (or a roster it names) that cannot be used; always an error.</summary>
    public const string ConfigErrorId = "TL1000";

    /// <summary>In id order: TL0000, the rules, TL1000.</summary>
    public static IReadOnlyList<string> AllIds
    {
        get
        {
            var ids = new List<string>();
            foreach (var descriptor in RuleCatalog.Descriptors) ids.Add(descriptor.Id);
            ids.Add(ConfigErrorId);
            ids.Sort(System.StringComparer.Ordinal);
            return ids;
        }
    }
}
