using System;
using System.Collections.Generic;
using System.Text;
using TranscriptLint.Diagnostics;

namespace TranscriptLint.Engine;

/// <summary>The text after the fixes, and which findings' fixes went in or were left out.</summary>
public sealed class FixedText
{
    internal FixedText(string text, IReadOnlyList<Diagnostic> applied, IReadOnlyList<Diagnostic> overlapping)
    {
        Text = text;
        Applied = applied;
        Overlapping = overlapping;
    }

    public string Text { get; }

    /// <summary>The findings whose fixes are in <see cref="Text"/>, in the order they were considered.</summary>
    public IReadOnlyList<Diagnostic> Applied { get; }

    /// <summary>Findings whose fix touched text an earlier fix already changed: left for the next run to decide.</summary>
    public IReadOnlyList<Diagnostic> Overlapping { get; }
}

/// <summary>
/// Applies the fixes findings carry, the same way for every rule: in the findings' order, each fix goes in whole when
/// none of its edits overlaps an edit already taken (the first wins), so the result does not depend on anything but
/// the findings.
/// </summary>
public static class FixApplier
{
    public static FixedText Apply(string text, IEnumerable<Diagnostic> diagnostics)
    {
        var taken = new List<TextEdit>();
        var applied = new List<Diagnostic>();
        var overlapping = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Fix is not { } fix) continue;
            bool fits = true;
            foreach (var edit in fix.Edits)
            {
                if (edit.Span.End > text.Length || Collides(edit, taken))
                {
                    fits = false;
                    break;
                }
            }

            if (!fits)
            {
                overlapping.Add(diagnostic);
                continue;
            }

            taken.AddRange(fix.Edits);
            applied.Add(diagnostic);
        }

        if (taken.Count == 0) return new FixedText(text, applied, overlapping);
        taken.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        var builder = new StringBuilder(text.Length + 64);
        int at = 0;
        foreach (var edit in taken)
        {
            builder.Append(text, at, edit.Span.Start - at).Append(edit.NewText);
            at = edit.Span.End;
        }

        builder.Append(text, at, text.Length - at);
        return new FixedText(builder.ToString(), applied, overlapping);
    }

    private static bool Collides(TextEdit edit, List<TextEdit> taken)
    {
        foreach (var other in taken)
        {
            if (Fix.Overlap(edit, other)) return true;
        }

        return false;
    }
}
