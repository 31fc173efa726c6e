using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace TranscriptLint.Globbing;

/// <summary>
/// A compiled path pattern for config <c>include</c>, <c>exclude</c> and <c>overrides.files</c>, matched against
/// paths relative to the config file's folder with '/' separators.
/// </summary>
/// <remarks>
/// <c>*</c> and <c>?</c> stay within one segment; <c>**</c> as a whole segment spans any number of them;
/// <c>[a-z]</c>, <c>[!a]</c>, <c>{a,b}</c> and <c>\</c> escapes work as in shells. As in .gitignore, a
/// pattern without '/' matches a file or folder name at any depth, a leading '/' or './' anchors it to the
/// config folder, and a pattern that matches a folder matches everything under it.
/// </remarks>
public sealed class Glob
{
    // One entry per brace expansion; the path matches if any of them does.
    private readonly List<GlobSegment[]> alternatives;

    private Glob(string pattern, bool ignoreCase, List<GlobSegment[]> alternatives)
    {
        Pattern = pattern;
        IgnoreCase = ignoreCase;
        this.alternatives = alternatives;
    }

    public string Pattern { get; }

    public bool IgnoreCase { get; }

    /// <summary>Compiles a case-sensitive pattern; on failure <paramref name="error"/> says what is wrong and where (1-based).</summary>
    public static bool TryParse(string pattern, [NotNullWhen(true)] out Glob? glob, [NotNullWhen(false)] out string? error)
        => TryParse(pattern, ignoreCase: false, out glob, out error);

    public static bool TryParse(string pattern, bool ignoreCase, [NotNullWhen(true)] out Glob? glob, [NotNullWhen(false)] out string? error)
    {
        if (pattern == null) throw new ArgumentNullException(nameof(pattern));
        error = GlobParser.Parse(pattern, out var alternatives);
        glob = error == null ? new Glob(pattern, ignoreCase, alternatives) : null;
        return glob != null;
    }

    /// <summary>True when <paramref name="relativePath"/> (e.g. <c>talks/2024/keynote.txt</c>) matches.</summary>
    public bool IsMatch(string relativePath)
    {
        if (relativePath == null) throw new ArgumentNullException(nameof(relativePath));

        // Tolerate the spellings of "relative to here" that callers commonly produce.
        int offset = 0;
        while (true)
        {
            if (string.CompareOrdinal(relativePath, offset, "./", 0, 2) == 0) offset += 2;
            else if (offset < relativePath.Length && relativePath[offset] == '/') offset++;
            else break;
        }

        if (offset == relativePath.Length) return false;

        int count = 1;
        for (int i = offset; i < relativePath.Length; i++)
        {
            if (relativePath[i] == '/') count++;
        }

        var starts = new int[count];
        var ends = new int[count];
        int segment = 0;
        starts[0] = offset;
        for (int i = offset; i < relativePath.Length; i++)
        {
            if (relativePath[i] != '/') continue;
            ends[segment++] = i;
            starts[segment] = i + 1;
        }

        ends[segment] = relativePath.Length;

        foreach (var pattern in alternatives)
        {
            if (MatchSegments(pattern, relativePath, starts, ends)) return true;
        }

        return false;
    }

    public override string ToString() => Pattern;

    // The same two-pointer algorithm as within a segment, one level up: ** plays '*' and each other segment
    // plays a single character. Only the latest ** is ever retried, so the work is bounded by
    // pattern segments × path segments segment matches.
    private bool MatchSegments(GlobSegment[] pattern, string path, int[] starts, int[] ends)
    {
        int p = 0, s = 0, starPattern = -1, starPath = 0;
        while (s < starts.Length)
        {
            if (p < pattern.Length && pattern[p].IsGlobstar)
            {
                starPattern = p++;
                starPath = s;
            }
            else if (p < pattern.Length && pattern[p].Matches(path, starts[s], ends[s], IgnoreCase))
            {
                p++;
                s++;
            }
            else if (starPattern >= 0)
            {
                p = starPattern + 1;
                s = ++starPath;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p].IsGlobstar) p++;
        return p == pattern.Length;
    }
}
