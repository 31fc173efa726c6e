using System.Collections.Generic;

namespace TranscriptLint.Globbing;

/// <summary>Turns a pattern into alternatives of segments: tokenize once, expand <c>{a,b}</c>, then compile each expansion.</summary>
internal static class GlobParser
{
    // Braces multiply: {a,b}{c,d}{e,f}... would grow without bound, and no real config needs this many.
    private const int MaxExpansions = 256;

    /// <summary>Returns null and the compiled alternatives, or the error message.</summary>
    public static string? Parse(string pattern, out List<GlobSegment[]> alternatives)
    {
        alternatives = new List<GlobSegment[]>();
        if (pattern.Length == 0) return "Empty pattern.";

        string? error = Tokenize(pattern, out var groups);
        if (error != null) return error;
        error = Expand(groups, out var expansions);
        if (error != null) return error;

        foreach (var expansion in expansions)
        {
            var segments = Compile(expansion);
            if (segments != null) alternatives.Add(segments);
        }

        // Only "/", "./" and the like get here: they name the root itself, not files.
        return alternatives.Count == 0 ? "Empty pattern." : null;
    }

    // The pattern as a sequence of groups; a group is a list of alternatives (one unless it came from braces).
    private static string? Tokenize(string pattern, out List<List<List<GlobToken>>> groups)
    {
        groups = new List<List<List<GlobToken>>>();
        var current = new List<GlobToken>();
        groups.Add(new List<List<GlobToken>> { current });
        List<List<GlobToken>>? brace = null;
        int braceAt = 0;

        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 == pattern.Length) return $"Nothing to escape after '\\' at position {i + 1}.";
                    i++;
                    current.Add(pattern[i] == '/' ? GlobToken.Separator : GlobToken.Literal(pattern[i]));
                    break;
                case '*':
                    current.Add(GlobToken.Star);
                    break;
                case '?':
                    current.Add(GlobToken.AnyChar);
                    break;
                case '[':
                    string? error = ReadClass(pattern, ref i, out var token);
                    if (error != null) return error;
                    current.Add(token);
                    break;
                case '{':
                    if (brace != null) return $"Nested '{{' is not supported at position {i + 1}.";
                    current = new List<GlobToken>();
                    brace = new List<List<GlobToken>> { current };
                    groups.Add(brace);
                    braceAt = i;
                    break;
                case ',' when brace != null:
                    current = new List<GlobToken>();
                    brace.Add(current);
                    break;
                case '}' when brace != null:
                    brace = null;
                    current = new List<GlobToken>();
                    groups.Add(new List<List<GlobToken>> { current });
                    break;
                case '/':
                    if (i > 0 && pattern[i - 1] == '/') return $"Empty path segment ('//') at position {i}.";
                    current.Add(GlobToken.Separator);
                    break;
                default:
                    current.Add(GlobToken.Literal(c));
                    break;
            }
        }

        return brace != null ? $"Unclosed '{{' at position {braceAt + 1}." : null;
    }

    // At '['; leaves i on the closing ']'. A ']' right after '[' or '[!' is a member, as in POSIX.
    private static string? ReadClass(string pattern, ref int i, out GlobToken token)
    {
        token = default;
        int open = i;
        int j = i + 1;
        bool negated = j < pattern.Length && (pattern[j] == '!' || pattern[j] == '^');
        if (negated) j++;
        var ranges = new List<char>();
        bool first = true;
        while (true)
        {
            if (j >= pattern.Length) return Unclosed();
            if (pattern[j] == ']' && !first) break;
            int itemAt = j;
            string? error = ReadClassChar(pattern, ref j, out char low);
            if (error != null) return error;
            char high = low;
            if (j + 1 < pattern.Length && pattern[j] == '-' && pattern[j + 1] != ']')
            {
                j++;
                error = ReadClassChar(pattern, ref j, out high);
                if (error != null) return error;
                if (high < low) return $"Invalid range '{pattern.Substring(itemAt, j - itemAt)}' at position {itemAt + 1}.";
            }

            ranges.Add(low);
            ranges.Add(high);
            first = false;
        }

        i = j;
        token = GlobToken.FromClass(new CharClass(ranges, negated));
        return null;

        string Unclosed() => $"Unclosed '[' at position {open + 1}.";

        string? ReadClassChar(string p, ref int k, out char c)
        {
            c = p[k];
            if (c == '\\')
            {
                if (k + 1 >= p.Length) return Unclosed();
                c = p[++k];
            }

            // Path segments never hold '/', so such a class could never match: say so instead.
            if (c == '/') return $"'/' cannot be used inside '[...]' at position {k + 1}.";
            k++;
            return null;
        }
    }

    private static string? Expand(List<List<List<GlobToken>>> groups, out List<List<GlobToken>> expansions)
    {
        var results = new List<List<GlobToken>> { new() };
        foreach (var group in groups)
        {
            if (results.Count * group.Count > MaxExpansions)
            {
                expansions = results;
                return $"Too many alternatives: the '{{...}}' groups expand to more than {MaxExpansions} patterns.";
            }

            var next = new List<List<GlobToken>>(results.Count * group.Count);
            foreach (var prefix in results)
            {
                foreach (var alternative in group)
                {
                    var combined = new List<GlobToken>(prefix.Count + alternative.Count);
                    combined.AddRange(prefix);
                    combined.AddRange(alternative);
                    next.Add(combined);
                }
            }

            results = next;
        }

        expansions = results;
        return null;
    }

    // One brace-free pattern to segments; null when nothing is left after anchors and trailing '/'.
    private static GlobSegment[]? Compile(List<GlobToken> tokens)
    {
        int start = 0, end = tokens.Count;
        bool anchored = false;
        while (true)
        {
            if (start < end && tokens[start].Kind == GlobTokenKind.Separator)
            {
                start++;
            }
            else if (start + 1 < end && tokens[start].Kind == GlobTokenKind.Literal && tokens[start].Char == '.'
                && tokens[start + 1].Kind == GlobTokenKind.Separator)
            {
                start += 2;
            }
            else
            {
                break;
            }

            anchored = true;
        }

        bool directoryOnly = end > start && tokens[end - 1].Kind == GlobTokenKind.Separator;
        if (directoryOnly) end--;
        if (start == end) return null;

        var segments = new List<GlobSegment>();
        int segmentStart = start;
        for (int i = start; i <= end; i++)
        {
            if (i < end && tokens[i].Kind != GlobTokenKind.Separator) continue;
            segments.Add(MakeSegment(tokens, segmentStart, i));
            segmentStart = i + 1;
        }

        // No '/' apart from a trailing one: match a file or folder name at any depth, as .gitignore does.
        bool nameOnly = !anchored && segments.Count == 1 && !segments[0].IsGlobstar;
        if (nameOnly) segments.Insert(0, GlobSegment.Globstar);

        // A trailing ** means "everything inside", so it needs at least one more segment: a/** does not match a file named a.
        if (segments[segments.Count - 1].IsGlobstar)
        {
            segments.Insert(segments.Count - 1, GlobSegment.AnySegment);
        }

        // A folder pattern (trailing '/', or a bare name that may be a folder) also matches everything under it.
        if (directoryOnly)
        {
            segments.Add(GlobSegment.AnySegment);
            segments.Add(GlobSegment.Globstar);
        }
        else if (nameOnly)
        {
            segments.Add(GlobSegment.Globstar);
        }

        return segments.ToArray();
    }

    private static GlobSegment MakeSegment(List<GlobToken> tokens, int start, int end)
    {
        // A segment of two or more unescaped stars is **; stars mixed with other tokens are plain '*'.
        bool globstar = end - start >= 2;
        for (int i = start; i < end && globstar; i++) globstar = tokens[i].Kind == GlobTokenKind.Star;
        if (globstar) return GlobSegment.Globstar;
        return new GlobSegment(tokens.GetRange(start, end - start).ToArray(), isGlobstar: false);
    }
}
