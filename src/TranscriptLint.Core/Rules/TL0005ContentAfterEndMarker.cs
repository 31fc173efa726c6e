using TranscriptLint.Diagnostics;
using TranscriptLint.Model;

namespace TranscriptLint.Rules;

/// <summary>TL0005: text after the end marker (often a pasted duplicate or a second session), or a second marker.</summary>
public sealed class TL0005ContentAfterEndMarker : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "TL0005",
        "content-after-end-marker",
        "Text after the end marker",
        "Non-blank text after the transcript's end marker, or a second end marker.",
        "Completeness",
        Severity.Warning);

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(TranscriptDocument document, RuleContext context)
    {
        TranscriptElement? marker = null;
        bool reportedContent = false;
        foreach (var element in document.ElementList)
        {
            if (marker is null)
            {
                if (element.Kind == ElementKind.EndMarker) marker = element;
                continue;
            }

            // Layout (comments, page breaks, caption headers, cue numbers and timings) is not content.
            if (element.IsLayout) continue;
            if (element.Kind == ElementKind.EndMarker)
            {
                context.Report(element.Span, $"A second end marker; the first is on line {marker.Line}. Keep one marker, after the last line of the transcript.");
            }
            else if (!reportedContent)
            {
                reportedContent = true;
                context.Report(element.Span, $"Text after the end marker on line {marker.Line}. Move it above the marker, or delete it if it does not belong to this transcript.");
            }
        }
    }
}
