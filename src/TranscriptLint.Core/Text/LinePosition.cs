using System;

namespace TranscriptLint.Text;

/// <summary>A 1-based line and 1-based column (in UTF-16 code units), as editors and MSBuild show them.</summary>
public readonly struct LinePosition : IEquatable<LinePosition>, IComparable<LinePosition>
{
    public LinePosition(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }

    public int CompareTo(LinePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);

    public bool Equals(LinePosition other) => Line == other.Line && Column == other.Column;

    public override bool Equals(object? obj) => obj is LinePosition other && Equals(other);

    public override int GetHashCode() => (Line * 397) ^ Column;

    public override string ToString() => $"{Line},{Column}";
}
