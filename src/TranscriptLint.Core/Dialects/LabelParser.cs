using System.Collections.Generic;
using TranscriptLint.Configuration;
using TranscriptLint.Model;
using TranscriptLint.Text;

namespace TranscriptLint.Dialects;

/// <summary>
/// Reads speaker labels in the shapes real transcripts and meeting notes use: <c>NAME:</c>, <c>NAME :</c>,
/// <c>- AWB: text</c> (list items), <c>WH, DH:</c> and <c>JHD/PFC:</c> (several speakers), <c>Jane Doe (JDE):</c>
/// (an abbreviation introduced on first use), marker labels (<c>Break:</c>), group labels (<c>All:</c>), and the
/// review-tool shape <c>Jane Doe: 00:01:02</c> where the speech follows in the next paragraph.
/// </summary>
internal static class LabelParser
{
    private const int MaxLabelLength = SpeakerNames.MaxNameLength + 16;

    private static readonly char[] PartSeparators = { ',', '/', '&' };

    /// <summary>A plain label at the start of <paramref name="trimmed"/>; a time alone after it is recorded as a stamp.</summary>
    public static SpeakerLabel? TryPlain(string text, TextSpan trimmed, int line, ReaderOptions options, List<InlineTimestamp>? stamps, bool allowOneWord = false)
    {
        int start = SkipListMarker(text, trimmed);
        int limit = System.Math.Min(trimmed.End, start + MaxLabelLength);
        int colon = -1;
        for (int i = start; i < limit; i++)
        {
            char c = text[i];
            if (c == ':')
            {
                colon = i;
                break;
            }

            // Characters that never occur in a label end the search early: a sentence, not a label.
            if (c == ';' || c == '!' || c == '?' || c == '[' || c == '*' || c == '–' || c == '—' || c == '"' || c == '<' || c == '=')
            {
                return null;
            }
        }

        if (colon < 0) return TryNameThenTime(text, TextSpan.FromBounds(start, trimmed.End), line, stamps, allowOneWord);
        if (colon <= start) return null;
        int after = colon + 1;
        if (after < trimmed.End && text[after] == ':' && (after + 1 == trimmed.End || Scan.IsSpace(text[after + 1]))) after++; // "GSC:: text", a doubled colon
        if (after < trimmed.End && !Scan.IsSpace(text[after])) return TryNameThenTime(text, TextSpan.FromBounds(start, trimmed.End), line, stamps, allowOneWord);
        var candidate = Scan.Trim(text, TextSpan.FromBounds(start, colon));

        // "Slides: https://…" is a link list; a delegate's abbreviation before a pasted link ("AWB: https://…") is a turn.
        if (SpeakerNames.StartsWithLink(text, after, trimmed.End) && !SpeakerNames.IsAbbreviation(text, candidate)) return null;
        return Build(text, candidate, TextSpan.FromBounds(start, after), TextSpan.FromBounds(after, trimmed.End), line, options, stamps, allowOneWord ? NameShape.PlainOrOneWord : NameShape.Plain);
    }

    /// <summary>
    /// <c>[Jane Doe] [12:34] text</c> or <c>[Jane Doe] 12:34 text</c>: a bracketed name, the turn's time, then the speech on
    /// the same line, with no colon (meeting-recorder exports).
    /// </summary>
    public static SpeakerLabel? TryBracketedName(string text, TextSpan trimmed, int line, ReaderOptions options, List<InlineTimestamp>? stamps)
    {
        if (trimmed.Length < 6 || text[trimmed.Start] != '[') return null;
        int close = text.IndexOf(']', trimmed.Start + 1, System.Math.Min(trimmed.Length - 1, MaxLabelLength));
        if (close < 0 || close + 2 >= trimmed.End || !Scan.IsSpace(text[close + 1])) return null;
        var name = Scan.Trim(text, TextSpan.FromBounds(trimmed.Start + 1, close));
        if (!SpeakerNames.IsNameLike(text, name, NameShape.Emphasised) || SpeakerNames.IsNoteKey(text, name)) return null;
        int timeStart = close + 1;
        while (timeStart < trimmed.End && Scan.IsSpace(text[timeStart])) timeStart++;
        int timeEnd = timeStart;
        while (timeEnd < trimmed.End && !Scan.IsSpace(text[timeEnd])) timeEnd++;
        if (!TryLoneTime(text, TextSpan.FromBounds(timeStart, timeEnd), out var time)) return null;
        bool speech = !Scan.Trim(text, TextSpan.FromBounds(timeEnd, trimmed.End)).IsEmpty;
        stamps?.Add(new InlineTimestamp(time, line));
        return new SpeakerLabel(text.Substring(name.Start, name.Length), name, TextSpan.FromBounds(trimmed.Start, close + 1), speech, line, "[NAME]")
        {
            HasTurnTime = !speech,
            IsMarker = options.Speakers.IsMarker(text.Substring(name.Start, name.Length)),
        };
    }

    /// <summary>
    /// A video call's display name opening a caption cue: <c>Jane Doe (Org): text</c>, <c>jdoe | Team: text</c>. Loose
    /// by shape, so it is kept only when the same name opens other cues.
    /// </summary>
    public static SpeakerLabel? TryDisplayName(string text, TextSpan trimmed, int line)
    {
        int limit = System.Math.Min(trimmed.End, trimmed.Start + 48);
        int colon = -1;
        for (int i = trimmed.Start; i < limit; i++)
        {
            char c = text[i];
            if (c == ':')
            {
                colon = i;
                break;
            }

            if (!(char.IsLetterOrDigit(c) || Scan.IsSpace(c) || c == '|' || c == '(' || c == ')' || c == '.' || c == '-' || c == '_' || c == '\'' || c == '’' || c == '@' || c == '&')) return null;
        }

        if (colon <= trimmed.Start || colon + 1 >= trimmed.End || !Scan.IsSpace(text[colon + 1])) return null;
        var name = Scan.Trim(text, TextSpan.FromBounds(trimmed.Start, colon));
        if (name.IsEmpty || !char.IsLetter(text[name.Start])) return null;
        bool speech = !Scan.Trim(text, TextSpan.FromBounds(colon + 1, trimmed.End)).IsEmpty;
        return new SpeakerLabel(text.Substring(name.Start, name.Length), name, TextSpan.FromBounds(trimmed.Start, colon + 1), speech, line, "NAME:") { IsLoose = true };
    }

    /// <summary>
    /// Classifies the name part of a label (already cut out of its markup) and builds the label. Null when the name
    /// is prose or a note key.
    /// </summary>
    public static SpeakerLabel? Build(string text, TextSpan candidate, TextSpan labelSpan, TextSpan rest, int line, ReaderOptions options, List<InlineTimestamp>? stamps, NameShape shape)
    {
        if (candidate.IsEmpty || candidate.Length > MaxLabelLength) return null;
        var verdict = NameVerdicts.Decide(text, candidate, shape, options.Speakers);
        if (verdict is null) return null;

        var restTrimmed = Scan.Trim(text, rest);
        bool speech = !restTrimmed.IsEmpty;
        bool turnTime = false;
        if (speech && TryLoneTime(text, restTrimmed, out var time))
        {
            // "Jane Doe: 00:01:02": the time of the turn, with the speech in the paragraphs below.
            speech = false;
            turnTime = true;
            stamps?.Add(new InlineTimestamp(time, line));
        }

        // The style is read around the whole name part, so "Jane Doe (JDE):" and "WH, DH:" are both "NAME:".
        var name = new TextSpan(candidate.Start + verdict.NameOffset, verdict.NameLength);
        return new SpeakerLabel(verdict.NameText, name, labelSpan, speech, line, SpeakerLabel.DescribeStyle(text, candidate, labelSpan))
        {
            Alias = verdict.Alias,
            Parts = verdict.Parts,
            IsMarker = verdict.IsMarker,
            IsCollective = verdict.IsCollective,
            HasTurnTime = turnTime,
            IsOneWord = verdict.IsOneWord,
            IsLoose = verdict.IsLoose,
            Key = verdict.Key,
        };
    }

    /// <summary>
    /// Whether a label's name part (<paramref name="whole"/>, already cut out of its markup) is a name, note keys and
    /// prose being none, and what kind; it depends on nothing else, so <see cref="NameVerdicts"/> remembers it.
    /// </summary>
    internal static NameVerdict? DecideName(string whole, NameShape shape, SpeakerSettings speakers)
    {
        if (SpeakerNames.IsNoteKey(whole)) return null;
        bool marker = speakers.IsMarker(whole);
        bool collective = SpeakerSettings.IsCollective(whole);
        var candidate = new TextSpan(0, whole.Length);
        if (marker || collective) return new NameVerdict(whole, 0, whole.Length) { IsMarker = marker, IsCollective = collective };

        if (TrySplitAlias(whole, candidate, out var aliasName, out var aliasSpan))
        {
            if (!SpeakerNames.IsNameLike(whole, aliasName, shape) || !SpeakerNames.IsNameLike(whole, aliasSpan, NameShape.Emphasised)) return null;
            return new NameVerdict(whole.Substring(aliasName.Start, aliasName.Length), aliasName.Start, aliasName.Length)
            {
                Alias = whole.Substring(aliasSpan.Start, aliasSpan.Length),
            };
        }

        if (TrySplitParts(whole, candidate, out var partSpans))
        {
            var parts = new string[partSpans.Count];
            for (int i = 0; i < partSpans.Count; i++)
            {
                if (!SpeakerNames.IsNameLike(whole, partSpans[i], NameShape.Plain)) return null;
                parts[i] = whole.Substring(partSpans[i].Start, partSpans[i].Length);
            }

            return new NameVerdict(whole, 0, whole.Length) { Parts = parts };
        }

        var plain = shape == NameShape.PlainOrOneWord ? NameShape.Plain : shape;
        if (IsDoubled(whole, out int half) && SpeakerNames.IsNameLike(whole, new TextSpan(0, half), plain))
        {
            // "**Jane Doe: Jane Doe:**": the label written twice; kept whole so TL0001 can name the slip.
            return new NameVerdict(whole, 0, whole.Length);
        }

        if (SpeakerNames.IsNameLike(whole, candidate, plain)) return new NameVerdict(whole, 0, whole.Length);
        if (shape != NameShape.PlainOrOneWord) return null;
        if (SpeakerNames.IsOneWordName(whole, candidate)) return new NameVerdict(whole, 0, whole.Length) { IsOneWord = true };
        if (SpeakerNames.IsLooseName(whole, candidate)) return new NameVerdict(whole, 0, whole.Length) { IsLoose = true };
        return null;
    }

    /// <summary><c>Jane Doe: Jane Doe</c>: a name, a colon, and the same name again; <paramref name="half"/> is the first name's length.</summary>
    internal static bool IsDoubled(string name, out int half)
    {
        half = name.IndexOf(": ", System.StringComparison.Ordinal);
        return half > 0 && name.Length == (half * 2) + 2 && string.CompareOrdinal(name, 0, name, half + 2, half) == 0;
    }

    /// <summary><c>Jane Doe 00:01:02</c>: capitalised words, then a time, and nothing else on the line.</summary>
    private static SpeakerLabel? TryNameThenTime(string text, TextSpan span, int line, List<InlineTimestamp>? stamps, bool allowOneWord)
    {
        int space = span.End - 1;
        while (space > span.Start && !Scan.IsSpace(text[space])) space--;
        if (space <= span.Start) return null;

        // Most lines end in a word, not a time: decide that before any parsing.
        char lead = text[space + 1];
        if (!Scan.IsAsciiDigit(lead) && lead != '[' && lead != '\\') return null;
        var timeSpan = TextSpan.FromBounds(space + 1, span.End);
        if (!TryLoneTime(text, timeSpan, out var time)) return null;
        var name = Scan.Trim(text, TextSpan.FromBounds(span.Start, space));
        bool oneWord = false;
        if (!SpeakerNames.IsNameLike(text, name, NameShape.Plain))
        {
            if (!allowOneWord || !SpeakerNames.IsOneWordName(text, name)) return null;
            oneWord = true;
        }

        if (SpeakerNames.IsNoteKey(text, name)) return null;
        stamps?.Add(new InlineTimestamp(time, line));
        return new SpeakerLabel(text.Substring(name.Start, name.Length), name, name, hasInlineSpeech: false, line, "NAME") { HasTurnTime = true, IsOneWord = oneWord };
    }

    /// <summary>A time alone: <c>00:01:02</c>, <c>01:02</c>, <c>00:01:02.50</c>, or the same in brackets.</summary>
    internal static bool TryLoneTime(string text, TextSpan span, out TimeToken time)
    {
        time = default;
        if (span.IsEmpty) return false;
        if (text[span.Start] == '[' || text[span.Start] == '\\')
        {
            var stamps = new List<InlineTimestamp>(1);
            TimeScanner.ScanBracketedStamps(text, span, 0, stamps);
            if (stamps.Count != 1 || !stamps[0].Time.Span.Equals(span)) return false;
            time = stamps[0].Time;
            return true;
        }

        if (!TimeScanner.TryParseCueTime(text, span, out time) && !TryPlainClock(text, span, out time)) return false;
        return true;
    }

    private static bool TryPlainClock(string text, TextSpan span, out TimeToken time)
    {
        time = default;
        var fields = default(ThreeFields);
        int count = 0, i = span.Start;
        while (i < span.End && count < 3)
        {
            int start = i, value = 0;
            while (i < span.End && Scan.IsAsciiDigit(text[i]) && i - start < 3)
            {
                value = (value * 10) + (text[i] - '0');
                i++;
            }

            if (i == start || (count > 0 && i - start != 2)) return false;
            fields[count++] = value;
            if (i < span.End && text[i] == ':') i++;
            else break;
        }

        if (i != span.End || count < 2) return false;
        time = count == 3
            ? new TimeToken(span, fields[0], fields[1], fields[2], 0, true, Meridiem.None)
            : new TimeToken(span, 0, fields[0], fields[1], 0, true, Meridiem.None);
        return true;
    }

    private static int SkipListMarker(string text, TextSpan trimmed)
    {
        if (trimmed.Length > 2 && (text[trimmed.Start] == '-' || text[trimmed.Start] == '*' || text[trimmed.Start] == '+') && Scan.IsSpace(text[trimmed.Start + 1]))
        {
            int i = trimmed.Start + 1;
            while (i < trimmed.End && Scan.IsSpace(text[i])) i++;
            return i;
        }

        return trimmed.Start;
    }

    private static bool TrySplitAlias(string text, TextSpan candidate, out TextSpan name, out TextSpan alias)
    {
        name = alias = default;
        if (candidate.Length < 4 || text[candidate.End - 1] != ')') return false;
        int open = text.LastIndexOf('(', candidate.End - 1, candidate.Length);
        if (open <= candidate.Start) return false;
        name = Scan.Trim(text, TextSpan.FromBounds(candidate.Start, open));
        alias = Scan.Trim(text, TextSpan.FromBounds(open + 1, candidate.End - 1));
        return !name.IsEmpty && !alias.IsEmpty;
    }

    private static bool TrySplitParts(string text, TextSpan candidate, out List<TextSpan> parts)
    {
        parts = null!;
        int separator = text.IndexOfAny(PartSeparators, candidate.Start, candidate.Length);
        if (separator < 0) return false;
        parts = new List<TextSpan>();
        int start = candidate.Start;
        for (int i = candidate.Start; i <= candidate.End; i++)
        {
            if (i < candidate.End && text[i] != ',' && text[i] != '/' && text[i] != '&') continue;
            parts.Add(Scan.Trim(text, TextSpan.FromBounds(start, i)));
            start = i + 1;
        }

        if (parts.Count < 2) return false;
        foreach (var part in parts)
        {
            if (part.IsEmpty) return false;
        }

        return true;
    }
}
