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

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(TranscriptDocument document, RuleContext context)
    {
        InlineTimestamp? previous = null;
        foreach (var stamp in document.Timestamps)
        {
            if (previous is not null && stamp.Milliseconds < previous.Milliseconds)
            {
                context.Report(stamp.Time.Span, $"Timestamp {document.Text.ToString(stamp.Time.Span)} is earlier than {document.Text.ToString(previous.Time.Span)} on line {previous.Line}. Correct whichever of the two is wrong.");
            }

            // A stamp that went backwards is compared no further: the next one is checked against the last good one.
            if (previous is null || stamp.Milliseconds >= previous.Milliseconds) previous = stamp;
        }
    }
}
