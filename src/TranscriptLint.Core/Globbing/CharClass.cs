using System.Collections.Generic;

namespace TranscriptLint.Globbing;

/// <summary>A <c>[...]</c> set: single characters and ranges, stored as inclusive (low, high) pairs.</summary>
internal sealed class CharClass
{
    private readonly char[] ranges;

    public CharClass(List<char> ranges, bool negated)
    {
        this.ranges = ranges.ToArray();
        Negated = negated;
    }

    public bool Negated { get; }

    public static bool EqualsIgnoreCase(char a, char b)
        => char.ToUpperInvariant(a) == char.ToUpperInvariant(b) || char.ToLowerInvariant(a) == char.ToLowerInvariant(b);

    public bool Matches(char c, bool ignoreCase)
    {
        bool found = Contains(c) || (ignoreCase && (Contains(char.ToUpperInvariant(c)) || Contains(char.ToLowerInvariant(c))));
        return found != Negated;
    }

    private bool Contains(char c)
    {
        for (int i = 0; i < ranges.Length; i += 2)
        {
            if (c >= ranges[i] && c <= ranges[i + 1]) return true;
        }

        return false;
    }
}
