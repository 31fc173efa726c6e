using TranscriptLint.Diagnostics;
using TranscriptLint.Model;

namespace TranscriptLint.Rules;

/// <summary>TL0009: a caption cue that starts before the previous cue ends, so two cues show at once.</summary>
public sealed class TL0009OverlappingCues : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "TL0009",
        "overlapping-cues",
        "Caption cue overlaps the previous one",
        "A WebVTT or SubRip cue that starts before the previous cue ends.",
        "Consistency",
        Severity.Warning);

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(TranscriptDocument document, RuleContext context)
    {
        TimeRange? previous = null;
        foreach (var range in document.TimeRanges)
        {
            if (range.Kind != TimeRangeKind.CueTiming || !IsUsable(range)) continue;
            if (previous is not null && range.Start.TotalMilliseconds < previous.End.TotalMilliseconds)
            {
                context.Report(range.Span, $"Cue starts at {document.Text.ToString(range.Start.Span)}, before the cue on line {previous.Line} ends at {document.Text.ToString(previous.End.Span)}. Start it at or after {document.Text.ToString(previous.End.Span)}, or shorten the previous cue.");
            }

            if (previous is null || range.End.TotalMilliseconds >= previous.End.TotalMilliseconds) previous = range;
        }
    }

    // Cues TL0004 already reports (malformed, impossible fields, reversed) would only add noise here.
    private static bool IsUsable(TimeRange range)
        => range.Start.Hour >= 0 && range.Start.Minute < 60 && range.Start.Second < 60 && range.End.Minute < 60 && range.End.Second < 60
           && range.End.TotalMilliseconds > range.Start.TotalMilliseconds;

}
