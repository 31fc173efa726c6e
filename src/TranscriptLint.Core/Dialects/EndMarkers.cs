using System;
using System.Collections.Generic;
using TranscriptLint.Text;

namespace TranscriptLint.Dialects;

/// <summary>Recognises end-of-transcript markers, bare or wrapped in Markdown emphasis (<c>**[END OF TRANSCRIPTION]**</c>).</summary>
public sealed class EndMarkers
{
    /// <summary>The markers used when config names none: English, French, Spanish, Portuguese, German, Italian.</summary>
    public static readonly IReadOnlyList<string> Defaults = Vocabulary.Languages.List(l => l.EndMarkers);

    public static readonly EndMarkers Default = new(Defaults);

    private readonly string[] markers;

    // hasLength[n]: some marker is n characters long. Most lines are speech, longer than every marker or of a length
    // none has: one array read tells them apart before any comparison (the check runs on every line of every file).
    private readonly bool[] hasLength;

    public EndMarkers(IEnumerable<string> markers)
    {
        var list = new List<string>();
        foreach (var marker in markers)
        {
            var trimmed = marker.Trim();
            if (trimmed.Length > 0) list.Add(trimmed);
        }

        this.markers = list.ToArray();
        int longest = 0;
        foreach (var marker in this.markers) longest = Math.Max(longest, marker.Length);
        hasLength = new bool[longest + 1];
        foreach (var marker in this.markers) hasLength[marker.Length] = true;
    }

    public IReadOnlyList<string> Markers => markers;

    /// <summary>True when the trimmed line is a marker, possibly wrapped in <c>*</c>, <c>**</c>, <c>_</c> or <c>__</c>.</summary>
    public bool IsMatch(string text, TextSpan trimmed)
    {
        if (trimmed.Length == 0) return false;
        var inner = Unwrap(text, trimmed);
        if (inner.Length >= hasLength.Length || !hasLength[inner.Length]) return false;
        foreach (var marker in markers)
        {
            if (inner.Length == marker.Length && string.Compare(text, inner.Start, marker, 0, marker.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static TextSpan Unwrap(string text, TextSpan span)
    {
        // Peel matching emphasis from both ends: **x**, *x*, __x__, _x_ (and combinations).
        while (span.Length >= 2)
        {
            char first = text[span.Start];
            if ((first == '*' || first == '_') && text[span.End - 1] == first)
            {
                span = Scan.Trim(text, TextSpan.FromBounds(span.Start + 1, span.End - 1));
                continue;
            }

            break;
        }

        return span;
    }
}
