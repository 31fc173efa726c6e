using System.Collections.Generic;
using System.Globalization;
using TranscriptLint.Diagnostics;
using TranscriptLint.Model;

namespace TranscriptLint.Rules;

/// <summary>
/// TL0004: a time range in a header or a cue timing that cannot be right: an impossible time, an end at or
/// before its start (unless a clock range plausibly crosses midnight), or longer than <c>maxHours</c>.
/// </summary>
public sealed class TL0004BadTimeRange : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "TL0004",
        "bad-time-range",
        "Impossible or reversed time range",
        "A time range (in a header or a caption cue timing) with an invalid time, an end equal to or before its start, or a length beyond the configured maximum.",
        "Consistency",
        Severity.Warning);

    /// <summary>The longest plausible range.</summary>
    public static readonly RuleOption<double> MaxHours = new("maxHours", 12.0, "The longest plausible range, in hours.");

    private static readonly IReadOnlyList<RuleOption> RuleOptions = new RuleOption[] { MaxHours };

    // A clock range that ends "before" it starts is read as crossing midnight when it starts in the evening
    // and ends in the small hours.
    private const int EveningStartMinutes = 18 * 60;
    private const int SmallHoursEndMinutes = 6 * 60;

    public override RuleDescriptor Descriptor => Rule;

    public override IReadOnlyList<RuleOption> Options => RuleOptions;

    public override void Check(TranscriptDocument document, RuleContext context)
    {
        double maxHours = context.Get(MaxHours);
        foreach (var range in document.TimeRanges)
        {
            if (range.Kind == TimeRangeKind.CueTiming) CheckCue(range, document, maxHours, context);
            else CheckClock(range, document, maxHours, context);
        }

        // Ranges of inline stamps, "\[25:59\] to \[27:11\]": offsets into the recording, like cue timings.
        foreach (var stamp in document.Timestamps)
        {
            // A range that ends when it starts ("Break \[26:45\] to \[26:45\]") marks a moment: only a reversed one is wrong.
            if (stamp.RangeStart is not { } start || stamp.Milliseconds >= start.Milliseconds) continue;
            var span = Text.TextSpan.FromBounds(start.Time.Span.Start, stamp.Time.Span.End);
            context.Report(span, $"Timestamp range '{document.Text.ToString(span)}' ends before it starts. Swap the two times or correct the typo.");
        }
    }

    private static void CheckCue(TimeRange range, TranscriptDocument document, double maxHours, RuleContext context)
    {
        if (range.Start.Hour < 0)
        {
            context.Report(range.Span, $"Cue timing '{document.Text.ToString(range.Span)}' is malformed. Write it as 'hh:mm:ss.ttt --> hh:mm:ss.ttt' (',' before the milliseconds in SubRip).");
            return;
        }

        if (!CheckFields(range.Start, context, isCueOffset: true) | !CheckFields(range.End, context, isCueOffset: true)) return;
        long start = range.Start.TotalMilliseconds, end = range.End.TotalMilliseconds;
        if (end < start)
        {
            context.Report(range.Span, $"Cue timing '{document.Text.ToString(range.Span)}' ends before it starts. Swap the two times or correct the typo.");
        }
        else if (end == start)
        {
            context.Report(range.Span, $"Cue timing '{document.Text.ToString(range.Span)}' ends when it starts, so the cue is never shown. Give it a real end time.");
        }
        else if (end - start > maxHours * 3_600_000)
        {
            context.Report(range.Span, $"Cue timing '{document.Text.ToString(range.Span)}' lasts {FormatHours((end - start) / 3_600_000.0)}, longer than the {FormatHours(maxHours)} maximum. Check the hour fields.");
        }
    }

    private static void CheckClock(TimeRange range, TranscriptDocument document, double maxHours, RuleContext context)
    {
        var (startToken, endToken) = InferMeridiem(range.Start, range.End);
        if (!CheckFields(startToken, context, isCueOffset: false) | !CheckFields(endToken, context, isCueOffset: false)) return;
        int start = MinutesOfDay(startToken), end = MinutesOfDay(endToken);
        int length = end - start;
        if (end == start)
        {
            context.Report(range.Span, $"Time range '{document.Text.ToString(range.Span)}' ends when it starts. Correct the start or the end time.");
            return;
        }

        if (end < start)
        {
            if (start >= EveningStartMinutes && end <= SmallHoursEndMinutes)
            {
                length += 24 * 60;
            }
            else
            {
                context.Report(range.Span, $"Time range '{document.Text.ToString(range.Span)}' ends before it starts. Swap the two times or correct the typo.");
                return;
            }
        }

        if (length > maxHours * 60)
        {
            context.Report(range.Span, $"Time range '{document.Text.ToString(range.Span)}' lasts {FormatHours(length / 60.0)}, longer than the {FormatHours(maxHours)} maximum. Check the times, or raise maxHours for TL0004 in transcriptlint.json.");
        }
    }

    /// <summary>Reports a field out of range; false when the token is invalid. Cue offsets measure media time, so their hours may pass 24.</summary>
    private static bool CheckFields(TimeToken token, RuleContext context, bool isCueOffset)
    {
        string? problem = null;
        if (token.Meridiem != Meridiem.None && (token.Hour == 0 || token.Hour > 12)) problem = $"hour {token.Hour} does not exist on a 12-hour clock";
        else if (token.Meridiem == Meridiem.None && token.Hour >= 24 && !isCueOffset) problem = $"hour {token.Hour} is not below 24";
        else if (token.Minute >= 60) problem = $"minute {token.Minute:00} is not below 60";
        else if (token.Second >= 60) problem = $"second {token.Second:00} is not below 60";
        if (problem is null) return true;
        context.Report(token.Span, $"Invalid time: {problem}. Correct the typo.");
        return false;
    }

    /// <summary>"3:15 to 4:45 PM": an end with AM/PM lends it to a start that has none.</summary>
    private static (TimeToken Start, TimeToken End) InferMeridiem(TimeToken start, TimeToken end)
    {
        if (start.Meridiem == Meridiem.None && end.Meridiem != Meridiem.None && start.Hour >= 1 && start.Hour <= 12)
        {
            var same = start.WithMeridiem(end.Meridiem);
            if (end.Meridiem == Meridiem.Pm && MinutesOfDay(same) > MinutesOfDay(end)) same = start.WithMeridiem(Meridiem.Am);
            return (same, end);
        }

        if (end.Meridiem == Meridiem.None && start.Meridiem != Meridiem.None && end.Hour >= 1 && end.Hour <= 12)
        {
            return (start, end.WithMeridiem(start.Meridiem));
        }

        return (start, end);
    }

    private static int MinutesOfDay(TimeToken token)
    {
        int hour = token.Hour;
        if (token.Meridiem == Meridiem.Am && hour == 12) hour = 0;
        else if (token.Meridiem == Meridiem.Pm && hour != 12) hour += 12;
        return (hour * 60) + token.Minute;
    }


    private static string FormatHours(double hours) => hours.ToString("0.##", CultureInfo.InvariantCulture) + " h";
}
