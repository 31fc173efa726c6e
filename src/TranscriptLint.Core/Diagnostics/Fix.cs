using System;
using System.Collections.Generic;
using TranscriptLint.Text;

namespace TranscriptLint.Diagnostics;

/// <summary>One replacement in the decoded text: the characters of <see cref="Span"/> become <see cref="NewText"/> (an empty span inserts).</summary>
public readonly struct TextEdit : IEquatable<TextEdit>
{
    public TextEdit(TextSpan span, string newText)
    {
        Span = span;
        NewText = newText ?? throw new ArgumentNullException(nameof(newText));
    }

    public TextSpan Span { get; }

    public string NewText { get; }

    public bool Equals(TextEdit other) => Span.Equals(other.Span) && string.Equals(NewText, other.NewText, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is TextEdit other && Equals(other);

    public override int GetHashCode() => Span.GetHashCode() ^ StringComparer.Ordinal.GetHashCode(NewText);

    public override string ToString() => $"{Span} -> \"{NewText}\"";
}

/// <summary>
/// The safe repair a finding carries: one or more edits, applied together or not at all, and a few words saying what
/// it does ("rename 'HEIDI ULRICH' to 'HEIDI ULLRICH'"). Rules set it where the repair is certain; the engine applies
/// it the same way for every rule.
/// </summary>
public sealed class Fix
{
    public Fix(string description, IReadOnlyList<TextEdit> edits)
    {
        if (edits is null || edits.Count == 0) throw new ArgumentException("A fix needs at least one edit.", nameof(edits));
        Description = description;
        var sorted = new List<TextEdit>(edits);
        sorted.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        for (int i = 1; i < sorted.Count; i++)
        {
            if (Overlap(sorted[i - 1], sorted[i])) throw new ArgumentException("The edits of one fix must not overlap.", nameof(edits));
        }

        Edits = sorted;
    }

    public Fix(string description, TextSpan span, string newText)
        : this(description, new[] { new TextEdit(span, newText) })
    {
    }

    /// <summary>What the fix does, for the user: "rename 'HEIDI ULRICH' to 'HEIDI ULLRICH'".</summary>
    public string Description { get; }

    /// <summary>The edits, sorted by position, none overlapping another.</summary>
    public IReadOnlyList<TextEdit> Edits { get; }

    /// <summary>
    /// Two edits overlap when their spans share a character, or both insert at one place (their order would be a
    /// guess). An insertion at the edge of a replaced span does not overlap it.
    /// </summary>
    public static bool Overlap(TextEdit a, TextEdit b)
    {
        if (a.Span.IsEmpty && b.Span.IsEmpty) return a.Span.Start == b.Span.Start;
        if (a.Span.IsEmpty) return a.Span.Start > b.Span.Start && a.Span.Start < b.Span.End;
        if (b.Span.IsEmpty) return b.Span.Start > a.Span.Start && b.Span.Start < a.Span.End;
        return a.Span.Start < b.Span.End && b.Span.Start < a.Span.End;
    }
}
