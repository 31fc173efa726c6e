namespace TranscriptLint.Model;

/// <summary>A bracketed timestamp in running text, such as <c>[12:34]</c> or <c>\[01:02:03.25\]</c>.</summary>
public sealed class InlineTimestamp
{
    public InlineTimestamp(TimeToken time, int line)
    {
        Time = time;
        Line = line;
    }

    /// <summary>The time inside the brackets (its span covers the brackets too).</summary>
    public TimeToken Time { get; }

    public int Line { get; }

    /// <summary>For the end of a range (<c>\[25:59\] to \[27:11\]</c>), its start; such an end is not a point in the flow of the recording.</summary>
    public InlineTimestamp? RangeStart { get; init; }

    /// <summary>Offset from the start of the recording, in milliseconds. Minutes may pass 59 when there is no hour field.</summary>
    public long Milliseconds => Time.TotalMilliseconds;
}
