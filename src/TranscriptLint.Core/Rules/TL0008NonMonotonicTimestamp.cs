using System.Collections.Generic;
using TranscriptLint.Diagnostics;
using TranscriptLint.Model;

namespace TranscriptLint.Rules;

/// <summary>TL0008: an inline timestamp earlier than the one before it, usually a typo in the minutes or seconds.</summary>
public sealed class TL0008NonMonotonicTimestamp : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "TL0008",
        "non-monotonic-timestamp",
        "Timestamp earlier than the previous one",
        "An inline timestamp such as [48:03] that is earlier than the previous timestamp in the same file.",
        "Consistency",
        Severity.Warning);

    /// <summary>An inversion this small is a slip on the later stamp, not a jump ahead on the earlier one.</summary>
    private const long SmallInversionMilliseconds = 60_000;

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(TranscriptDocument document, RuleContext context)
    {
        var stamps = new List<InlineTimestamp>();
        foreach (var stamp in document.Timestamps)
        {
            if (stamp.RangeStart is null) stamps.Add(stamp);
        }

        InlineTimestamp? previous = null;
        for (int k = 0; k < stamps.Count; k++)
        {
            var stamp = stamps[k];
            if (previous is not null && stamp.Milliseconds < previous.Milliseconds)
            {
                var next = k + 1 < stamps.Count ? stamps[k + 1] : null;
                bool smallStep = previous.Milliseconds - stamp.Milliseconds <= SmallInversionMilliseconds;
                if (smallStep && next is not null && next.Milliseconds < previous.Milliseconds && next.Milliseconds >= stamp.Milliseconds)
                {
                    // A few seconds back, and the stamps after agree with this one: the later turn carries the slip
                    // (a stamp copied from the turn before last), and the flow resumes from it.
                    context.Report(stamp.Time.Span, $"Timestamp {Written(document, stamp)} is earlier than {Written(document, previous)} on line {previous.Line}. Correct whichever of the two is wrong.");
                    previous = stamp;
                    continue;
                }

                if (next is not null && next.Milliseconds < previous.Milliseconds && next.Milliseconds >= stamp.Milliseconds)
                {
                    // The stamps after it agree with each other, not with the previous one: that one jumped ahead
                    // ("[19:00]" typed as "[91:00]"), so it is the typo, and the flow resumes from here.
                    context.Report(previous.Time.Span, $"Timestamp {Written(document, previous)} is later than the stamps after it ({Written(document, stamp)} on line {stamp.Line}). Correct it, or the ones after it.");
                    previous = stamp;
                    continue;
                }

                context.Report(stamp.Time.Span, $"Timestamp {Written(document, stamp)} is earlier than {Written(document, previous)} on line {previous.Line}. Correct whichever of the two is wrong.");

                // A stamp that went backwards is compared no further: the next one is checked against the last good one.
                continue;
            }

            previous = stamp;
        }
    }

    private static string Written(TranscriptDocument document, InlineTimestamp stamp) => document.Text.ToString(stamp.Time.Span);
}
