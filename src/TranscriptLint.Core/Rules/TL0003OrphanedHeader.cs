using System;
using System.Collections.Generic;
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

    // Headings that carry their own outcome or stand for a pause: nothing is expected under them.
    private static readonly HashSet<string> StatementWords = Vocabulary.Languages.Set(l => l.StatementWords, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> AuxiliaryVerbs = Vocabulary.Languages.Set(l => l.AuxiliaryVerbs, StringComparer.Ordinal);

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(TranscriptDocument document, RuleContext context)
    {
        var elements = document.ElementList;
        bool outline = IsHeadingOutline(elements);
        for (int i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            if (element.Label is { HasContent: false, IsMarker: false } label)
            {
                context.Report(label.LabelSpan, $"Speaker label '{document.Text.ToString(label.LabelSpan)}' has no speech under it. Add what {label.Name} said, or remove the label.");
            }
            else if (element.Kind == ElementKind.Heading && !outline && !HasSectionContent(elements, i) && !IsFollowedByItsConclusion(document, elements, i) && !IsParentItem(document, elements, i) && !IsUnnumberedParent(document, elements, i) && !IsStatement(document, element)
                     && !RecursLater(document, elements, i) && !IsTitleBlock(elements, i) && !IsContainer(document, elements, i)
                     && (document.LabelList.Count > 0 || IsTrailing(elements, i) || InRunOfEmptyHeadings(elements, i)))
            {
                context.Report(element.Span, $"Heading '{document.Text.ToString(element.Span)}' has nothing under it before the next heading of the same or a higher level. Add the section's content, or remove the heading.");
            }
        }
    }

    /// <summary>
    /// The same heading text comes again further down: this one is an entry of a contents list or an agenda written as
    /// headings, and the section is the later one.
    /// </summary>
    private static bool RecursLater(TranscriptDocument document, IReadOnlyList<TranscriptElement> elements, int index)
    {
        // A contents list is a run of several empty headings; a template section ("### Conclusion") left empty is not.
        if (EmptyRunLength(elements, index) < 3) return false;
        string text = HeadingText(document, elements[index]);
        if (text.Length == 0) return false;
        for (int j = index + 1; j < elements.Count; j++)
        {
            if (elements[j].Kind == ElementKind.Heading && string.Equals(HeadingText(document, elements[j]), text, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    // Headings that hold the sections after them when a file puts its items at the same level ("## Agenda" then
    // "## 1. Opening"): a container, not an empty section.
    private static readonly HashSet<string> ContainerWords = Vocabulary.Languages.Set(l => l.ContainerWords, StringComparer.OrdinalIgnoreCase);

    /// <summary>A container heading (<c>## Agenda</c>, <c>## Notes</c>) directly followed by a heading of the same level.</summary>
    private static bool IsContainer(TranscriptDocument document, IReadOnlyList<TranscriptElement> elements, int index)
    {
        if (!ContainerWords.Contains(HeadingText(document, elements[index]).TrimEnd(':'))) return false;
        int next = NextHeading(elements, index, +1);
        return next >= 0 && elements[next].HeadingLevel == elements[index].HeadingLevel;
    }

    /// <summary>
    /// Headings before any text of the file, directly followed by another heading: a title block (title, date, duration,
    /// a banner), not sections waiting for content.
    /// </summary>
    private static bool IsTitleBlock(IReadOnlyList<TranscriptElement> elements, int index)
    {
        for (int j = 0; j < index; j++)
        {
            if (elements[j].Kind is ElementKind.Speech or ElementKind.SpeakerLabel or ElementKind.Header or ElementKind.Code) return false;
        }

        return NextHeading(elements, index, +1) >= 0;
    }

    /// <summary>
    /// Notes written as an outline of headings (an org-mode export): when most headings of a file stand alone, the
    /// headings are the content, and none of them is an empty section.
    /// </summary>
    private static bool IsHeadingOutline(IReadOnlyList<TranscriptElement> elements)
    {
        int headings = 0, empty = 0;
        for (int i = 0; i < elements.Count; i++)
        {
            if (elements[i].Kind != ElementKind.Heading) continue;
            headings++;
            if (!HasSectionContent(elements, i)) empty++;
        }

        return headings >= 6 && empty * 2 > headings;
    }

    // The outcome of an item, written as a heading of its own at the item's level in some notes.
    private static readonly HashSet<string> ConclusionWords = Vocabulary.Languages.Set(l => l.ConclusionWords, StringComparer.OrdinalIgnoreCase);

    /// <summary><c>## 4.4 Item</c> directly followed by <c>## Conclusion/Resolution</c> with text: the item's outcome is its content.</summary>
    private static bool IsFollowedByItsConclusion(TranscriptDocument document, IReadOnlyList<TranscriptElement> elements, int index)
    {
        // A template section ("### Summary", "### Speaker's Summary of Key Points") left empty is not an item.
        string text = HeadingText(document, elements[index]);
        if (text.IndexOf("summary", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("key points", StringComparison.OrdinalIgnoreCase) >= 0) return false;
        int next = NextHeading(elements, index, +1);
        return next >= 0 && elements[next].HeadingLevel == elements[index].HeadingLevel
               && ConclusionWords.Contains(HeadingText(document, elements[next]).TrimEnd(':'))
               && HasSectionContent(elements, next);
    }

    /// <summary>How many headings with nothing between them (and nothing under them) this one stands among.</summary>
    private static int EmptyRunLength(IReadOnlyList<TranscriptElement> elements, int index)
    {
        int length = 1;
        for (int step = -1; step <= 1; step += 2)
        {
            int at = index;
            while (true)
            {
                int next = NextHeading(elements, at, step);
                if (next < 0 || HasSectionContent(elements, next)) break;
                length++;
                at = next;
            }
        }

        return length;
    }

    /// <summary>
    /// Nothing but headings follow to the end of the file. In a talk written as prose with slide headings and no
    /// speaker labels, a heading right above another is a slide group's title; only an empty tail is sure to be empty.
    /// </summary>
    private static bool IsTrailing(IReadOnlyList<TranscriptElement> elements, int index)
    {
        for (int j = index + 1; j < elements.Count; j++)
        {
            if (elements[j].Kind is ElementKind.Speech or ElementKind.SpeakerLabel or ElementKind.Note or ElementKind.Code or ElementKind.Header) return false;
        }

        return true;
    }

    /// <summary>
    /// An empty heading directly before or after another empty heading of the same level: an outline whose items were
    /// never filled in, not a slide group's title (which is followed by its slides).
    /// </summary>
    private static bool InRunOfEmptyHeadings(IReadOnlyList<TranscriptElement> elements, int index)
    {
        int level = elements[index].HeadingLevel;
        int next = NextHeading(elements, index, +1), previous = NextHeading(elements, index, -1);
        bool before = previous >= 0 && elements[previous].HeadingLevel == level && !HasSectionContent(elements, previous);
        bool after = next >= 0 && elements[next].HeadingLevel == level && !HasSectionContent(elements, next);
        return before || after;
    }

    /// <summary>The adjacent element in <paramref name="step"/>'s direction when it is a heading (nothing between), else -1.</summary>
    private static int NextHeading(IReadOnlyList<TranscriptElement> elements, int index, int step)
    {
        for (int j = index + step; j >= 0 && j < elements.Count; j += step)
        {
            var kind = elements[j].Kind;
            if (kind is ElementKind.Comment or ElementKind.ThematicBreak or ElementKind.PageBreak) continue;
            return kind == ElementKind.Heading ? j : -1;
        }

        return -1;
    }

    /// <summary>An agenda item followed by its numbered children at the same level: <c>## 5. Proposals</c> then <c>## 5.i Zones</c>.</summary>
    private static bool IsParentItem(TranscriptDocument document, IReadOnlyList<TranscriptElement> elements, int index)
    {
        string number = LeadingNumber(document, elements[index]);
        if (number.Length == 0) return false;
        for (int j = index + 1; j < elements.Count; j++)
        {
            if (elements[j].Kind != ElementKind.Heading) continue;
            string next = LeadingNumber(document, elements[j]);
            return next.Length > number.Length + 1 && next.StartsWith(number + ".", StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>An unnumbered heading followed at the same level by a numbered sub-item (<c>## Report</c> then <c>## 4.i …</c>): its parent.</summary>
    private static bool IsUnnumberedParent(TranscriptDocument document, IReadOnlyList<TranscriptElement> elements, int index)
    {
        if (LeadingNumber(document, elements[index]).Length > 0) return false;
        for (int j = index + 1; j < elements.Count; j++)
        {
            if (elements[j].Kind != ElementKind.Heading) continue;
            string next = LeadingNumber(document, elements[j]);
            int dot = next.IndexOf('.');
            return elements[j].HeadingLevel == elements[index].HeadingLevel && dot > 0 && dot < next.Length - 1;
        }

        return false;
    }

    /// <summary>The heading's outline number without a trailing dot: "5" for <c>## 5. Proposals</c>, "5.i" for <c>## 5.i Zones</c>.</summary>
    private static string LeadingNumber(TranscriptDocument document, TranscriptElement heading)
    {
        string text = HeadingText(document, heading);
        int end = 0;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '.') && end < 12) end++;
        string token = text.Substring(0, end).TrimEnd('.');
        return token.Length > 0 && token[0] >= '0' && token[0] <= '9' ? token : string.Empty;
    }

    private static string HeadingText(TranscriptDocument document, TranscriptElement heading)
    {
        string text = document.Text.ToString(heading.Span).TrimStart('#').Trim();
        int comment = text.IndexOf("<!--", StringComparison.Ordinal);
        if (comment >= 0) text = text.Substring(0, comment);
        int anchor = text.IndexOf("<a ", StringComparison.Ordinal);
        if (anchor >= 0) text = text.Substring(0, anchor);
        return text.Trim().Trim('*', '_').Trim();
    }

    /// <summary><c>## Agenda Approved</c>, <c>## Break.</c>, <c>## Logistics</c>: a heading that is its own content.</summary>
    private static bool IsStatement(TranscriptDocument document, TranscriptElement heading)
    {
        string text = HeadingText(document, heading).TrimEnd('.', '!', ':');
        if (text.IndexOf("continued", StringComparison.OrdinalIgnoreCase) >= 0) return true; // "Presentation continued on day 2"

        // "### Moderator: Jane Doe", "### Meeting Duration: 1 hr": a key and its value, written as a heading.
        int colon = text.IndexOf(':');
        if (colon > 0 && colon < text.Length - 1 && text.Substring(colon + 1).Trim().Length > 0 && !text.EndsWith("?", StringComparison.Ordinal)) return true;

        // "### [Agenda](https://…)": a link, which is its own content; "#" alone is no section at all.
        if (text.Length == 0 || (text[0] == '[' && text.IndexOf("](", StringComparison.Ordinal) > 0 && text.EndsWith(")", StringComparison.Ordinal))) return true;

        // "## 6.2 Vendors are implementing prototypes": a sentence that reports its own outcome.
        foreach (var word in text.Split(' '))
        {
            if (AuxiliaryVerbs.Contains(word)) return true;
        }

        // An org-mode export's outline ("# claim<a id=\"sec-2\" …>"): each heading is a point of the notes.
        if (document.Text.ToString(heading.Span).IndexOf("<a id=\"sec-", StringComparison.Ordinal) >= 0) return true;

        // "### miners are working as a team…" in talk notes without speakers: an outline point written as a heading.
        if (document.LabelList.Count == 0 && text.Length > 0 && char.IsLower(text[0])) return true;
        int space = text.LastIndexOf(' ');
        string last = space < 0 ? text : text.Substring(space + 1);
        return StatementWords.Contains(last);
    }

    private static bool HasSectionContent(IReadOnlyList<TranscriptElement> elements, int index)
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
