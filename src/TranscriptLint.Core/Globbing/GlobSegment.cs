using System;

namespace TranscriptLint.Globbing;

/// <summary>The part of a pattern between two '/': either <c>**</c> or a list of tokens matched against one path segment.</summary>
internal sealed class GlobSegment
{
    public static readonly GlobSegment Globstar = new(Array.Empty<GlobToken>(), isGlobstar: true);

    /// <summary><c>*</c>: exactly one segment, whatever its name.</summary>
    public static readonly GlobSegment AnySegment = new(new[] { GlobToken.Star }, isGlobstar: false);

    public GlobSegment(GlobToken[] tokens, bool isGlobstar)
    {
        Tokens = tokens;
        IsGlobstar = isGlobstar;
    }

    public GlobToken[] Tokens { get; }

    public bool IsGlobstar { get; }

    /// <summary>
    /// Matches path[start..end). The classic two-pointer wildcard algorithm: on a mismatch, only the most
    /// recent '*' is retried one character further, so the cost is at most tokens × characters, never exponential.
    /// </summary>
    public bool Matches(string path, int start, int end, bool ignoreCase)
    {
        var tokens = Tokens;
        int t = 0, s = start, starToken = -1, starText = 0;
        while (s < end)
        {
            if (t < tokens.Length && tokens[t].Kind == GlobTokenKind.Star)
            {
                starToken = t++;
                starText = s;
            }
            else if (t < tokens.Length && tokens[t].Matches(path[s], ignoreCase))
            {
                t++;
                s++;
            }
            else if (starToken >= 0)
            {
                t = starToken + 1;
                s = ++starText;
            }
            else
            {
                return false;
            }
        }

        while (t < tokens.Length && tokens[t].Kind == GlobTokenKind.Star) t++;
        return t == tokens.Length;
    }
}
