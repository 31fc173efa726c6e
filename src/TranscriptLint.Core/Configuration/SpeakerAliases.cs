using System;
using System.Collections.Generic;

namespace TranscriptLint.Configuration;

/// <summary>
/// <c>speakers.aliases</c>: a canonical spelling and the variants accepted for it. An accepted variant is
/// never reported; a near-variant of a canonical name is always reported with the canonical spelling.
/// </summary>
public sealed class SpeakerAliases
{
    public static readonly SpeakerAliases Empty = new(new Dictionary<string, IReadOnlyList<string>>());

    private readonly Dictionary<string, string> canonicalByVariant = new(StringComparer.Ordinal);

    public SpeakerAliases(IReadOnlyDictionary<string, IReadOnlyList<string>> aliases)
    {
        Canonical = new List<string>(aliases.Keys);
        foreach (var pair in aliases)
        {
            canonicalByVariant[pair.Key] = pair.Key;
            foreach (var variant in pair.Value) canonicalByVariant[variant] = pair.Key;
        }
    }

    public IReadOnlyList<string> Canonical { get; }

    public bool IsEmpty => Canonical.Count == 0;

    /// <summary>The canonical spelling when <paramref name="name"/> is canonical or one of its accepted variants.</summary>
    public bool TryGetCanonical(string name, out string canonical)
    {
        if (canonicalByVariant.TryGetValue(name, out var found))
        {
            canonical = found;
            return true;
        }

        canonical = name;
        return false;
    }
}
