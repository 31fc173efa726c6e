using TranscriptLint.Text;

namespace TranscriptLint.Model;

public enum Meridiem
{
    None,
    Am,
    Pm,
}

/// <summary>
/// A time as written: its fields are kept as parsed (minute 75 stays 75) so that the rule, not the
/// reader, decides what is invalid.
/// </summary>
public readonly struct TimeToken
{
    public TimeToken(TextSpan span, int hour, int minute, int second, int millisecond, bool hasSeconds, Meridiem meridiem)
    {
        Span = span;
        Hour = hour;
        Minute = minute;
        Second = second;
        Millisecond = millisecond;
        HasSeconds = hasSeconds;
        Meridiem = meridiem;
    }

    public TextSpan Span { get; }

    public int Hour { get; }

    public int Minute { get; }

    public int Second { get; }

    public int Millisecond { get; }

    public bool HasSeconds { get; }

    public Meridiem Meridiem { get; }

    /// <summary>Hours, minutes, seconds and milliseconds as one offset (the meridiem is not applied).</summary>
    public long TotalMilliseconds => ((((long)Hour * 60) + Minute) * 60 + Second) * 1000 + Millisecond;

    public TimeToken WithMeridiem(Meridiem meridiem) => new(Span, Hour, Minute, Second, Millisecond, HasSeconds, meridiem);
}

public enum TimeRangeKind
{
    /// <summary>A meeting's time of day in its header, such as <c>15h15 à 16h45</c>.</summary>
    ClockRange,

    /// <summary>A caption cue's offsets from the start of the media, <c>00:00:01.000 --&gt; 00:00:04.000</c>.</summary>
    CueTiming,
}

/// <summary>Two times and the text between them.</summary>
public sealed class TimeRange
{
    public TimeRange(TimeRangeKind kind, TimeToken start, TimeToken end, int line)
    {
        Kind = kind;
        Start = start;
        End = end;
        Line = line;
    }

    public TimeRangeKind Kind { get; }

    public TimeToken Start { get; }

    public TimeToken End { get; }

    public int Line { get; }

    public TextSpan Span => TextSpan.FromBounds(Start.Span.Start, End.Span.End);
}
