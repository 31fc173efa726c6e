using System;

namespace TranscriptLint.Text;

/// <summary>A range of UTF-16 code units in a <see cref="SourceText"/>: start offset and length.</summary>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    public TextSpan(int start, int length)
    {
        // One test for both, and the throwing out of line: a span is made for nearly every token of every line, and a
        // constructor that throws in place is not inlined.
        if ((start | length) < 0) ThrowOutOfRange(start);
        Start = start;
        Length = length;
    }

    private static void ThrowOutOfRange(int start) => throw new ArgumentOutOfRangeException(start < 0 ? "start" : "length");

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    /// <summary>True when <paramref name="other"/> lies within this span (its edges included).</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    public override int GetHashCode() => (Start * 397) ^ Length;

    public override string ToString() => $"[{Start}..{End})";
}
