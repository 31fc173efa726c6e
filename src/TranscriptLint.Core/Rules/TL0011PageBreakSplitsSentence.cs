using TranscriptLint.Diagnostics;
using TranscriptLint.Model;

namespace TranscriptLint.Rules;

/// <summary>TL0011: a page break inside a sentence, left over from a paginated source.</summary>
public sealed class TL0011PageBreakSplitsSentence : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "TL0011",
        "page-break-splits-sentence",
        "Page break in the middle of a sentence",
        "A page break (---, a form feed, or a running page header repeated from the title) between text with no closing punctuation and text that continues in lower case.",
        "Structure",
        Severity.Warning,
        appliesToCaptions: false);

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(TranscriptDocument document, RuleContext context)
    {
        var elements = document.ElementList;
        var text = document.Text.Text;
        for (int i = 0; i < elements.Count; i++)
        {
            if (elements[i].Kind != ElementKind.PageBreak) continue;
            int beforeIndex = Neighbour(elements, i, -1);
            int afterIndex = Neighbour(elements, i, +1);
            if (beforeIndex < 0 || afterIndex < 0) continue;
            var before = elements[beforeIndex];
            var after = elements[afterIndex];
            if (before.Kind != ElementKind.Speech && !(before.Kind == ElementKind.SpeakerLabel && before.Label!.HasInlineSpeech)) continue;
            if (after.Kind != ElementKind.Speech) continue;
            if (EndsSentence(text[before.Span.End - 1]) || !StartsInLowerCase(text, after)) continue;
            context.Report(elements[i].Span, $"Page break splits a sentence: line {before.Line} ends without closing punctuation and line {after.Line} goes on in lower case. Join the two parts and drop the break, or move it after the sentence.", Join(document, beforeIndex, afterIndex));
        }
    }

    /// <summary>
    /// Drops everything between the two parts — the break and the blank lines around it — and joins them the way the
    /// text runs: with a line break where the speech is wrapped over several lines, else with one space. No fix when
    /// anything but page breaks and white space lies between (a comment, a suppression directive). Elements are in
    /// document order and do not overlap, so only those between the two parts and on the lines just outside them are
    /// looked at (walking every element for each finding made a long transcript quadratic).
    /// </summary>
    private static Fix? Join(TranscriptDocument document, int beforeIndex, int afterIndex)
    {
        var elements = document.ElementList;
        var before = elements[beforeIndex];
        var after = elements[afterIndex];
        var source = document.Text;
        var text = source.Text;
        var gap = Text.TextSpan.FromBounds(before.Span.End, after.Span.Start);

        // A paragraph wrapped over lines: speech on the line just above the first part or below the second.
        bool wrapped = false;
        for (int j = beforeIndex - 1; j >= 0 && elements[j].Line >= before.Line - 1; j--)
        {
            wrapped |= elements[j].Line == before.Line - 1 && IsSpeech(elements[j]);
        }

        for (int j = afterIndex + 1; j < elements.Count && elements[j].Line <= after.Line + 1; j++)
        {
            wrapped |= elements[j].Line == after.Line + 1 && elements[j].Kind == ElementKind.Speech;
        }

        int at = gap.Start;
        for (int j = beforeIndex + 1; j < afterIndex; j++)
        {
            var element = elements[j];
            if (element.Kind != ElementKind.PageBreak) return null;
            if (!IsWhiteSpace(text, at, element.Span.Start)) return null;
            at = element.Span.End;
        }

        if (!IsWhiteSpace(text, at, gap.End)) return null;
        string joint = wrapped ? source.LineEnding : " ";
        return new Fix("join the sentence across the page break", gap, joint);
    }

    private static bool IsSpeech(TranscriptElement element)
        => element.Kind == ElementKind.Speech || (element.Kind == ElementKind.SpeakerLabel && element.Label!.HasInlineSpeech);

    private static bool IsWhiteSpace(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return false;
        }

        return true;
    }

    /// <summary>The index of the nearest element before or after <paramref name="index"/> that is not a comment or page break, or -1.</summary>
    private static int Neighbour(System.Collections.Generic.IReadOnlyList<TranscriptElement> elements, int index, int step)
    {
        for (int j = index + step; j >= 0 && j < elements.Count; j += step)
        {
            var kind = elements[j].Kind;
            if (kind == ElementKind.Comment || kind == ElementKind.PageBreak) continue;
            return j;
        }

        return -1;
    }

    private static bool EndsSentence(char c)
        => c is '.' or '!' or '?' or '…' or ':' or ';' or '"' or '”' or '»' or ')' or ']' or '\'' or '’' or '*' or '_' or '-' or '—' or '–';

    private static bool StartsInLowerCase(string text, TranscriptElement element)
    {
        char first = text[element.Span.Start];
        return char.IsLetter(first) && char.IsLower(first);
    }
}
