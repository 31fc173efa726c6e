using TranscriptLint.Diagnostics;
using TranscriptLint.Model;

namespace TranscriptLint.Rules;

/// <summary>TL0003: a speaker label with no speech under it, or a Markdown heading with an empty section.</summary>
public sealed class TL0003OrphanedHeader : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "TL0003",
        "orphaned-header",
        "Speaker label or heading with nothing under it",
        "A speaker label with no speech before the next label, heading, end marker or end of file; a Markdown heading with nothing before the next heading of the same or a higher level.",
        "Structure",
        Severity.Warning);

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(TranscriptDocument document, RuleContext context)
    {
        var elements = document.Elements;
        for (int i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            if (element.Label is { HasInlineSpeech: false, IsMarker: false } label && !HasSpeechAfterLabel(elements, i, label.HasTurnTime))
            {
                context.Report(label.LabelSpan, $"Speaker label '{document.Text.ToString(label.LabelSpan)}' has no speech under it. Add what {label.Name} said, or remove the label.");
            }
            else if (element.Kind == ElementKind.Heading && !HasSectionContent(elements, i))
            {
                context.Report(element.Span, $"Heading '{document.Text.ToString(element.Span)}' has nothing under it before the next heading of the same or a higher level. Add the section's content, or remove the heading.");
            }
        }
    }

    /// <summary>Speech before the next label or end marker; a heading ends the turn too, unless the label carries the turn's time (review-tool exports put chapter headings between the two).</summary>
    private static bool HasSpeechAfterLabel(System.Collections.Generic.IReadOnlyList<TranscriptElement> elements, int index, bool headingsMayIntervene)
    {
        for (int j = index + 1; j < elements.Count; j++)
        {
            switch (elements[j].Kind)
            {
                case ElementKind.Speech:
                    return true;
                case ElementKind.Heading:
                    if (!headingsMayIntervene) return false;
                    break;
                case ElementKind.SpeakerLabel:
                case ElementKind.EndMarker:
                    return false;
            }
        }

        return false;
    }

    private static bool HasSectionContent(System.Collections.Generic.IReadOnlyList<TranscriptElement> elements, int index)
    {
        int level = elements[index].HeadingLevel;
        for (int j = index + 1; j < elements.Count; j++)
        {
            var next = elements[j];
            switch (next.Kind)
            {
                case ElementKind.Heading:
                    if (next.HeadingLevel <= level) return false;
                    return true;
                case ElementKind.Speech:
                case ElementKind.SpeakerLabel:
                case ElementKind.CueTiming:
                case ElementKind.Note:
                case ElementKind.Header:
                case ElementKind.Code:
                    return true;
            }
        }

        return false;
    }
}
