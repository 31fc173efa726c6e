using System.Collections.Generic;
using TranscriptLint.Model;
using TranscriptLint.Text;

namespace TranscriptLint.Dialects;

/// <summary>
/// Finds times and time ranges in a line with a hand-written scanner (no regex): <c>15h15 à 16h45</c>,
/// <c>9h à 10h</c>, <c>15:15–16:45</c>, <c>3:15 PM to 4:45 PM</c>, and caption cue timings.
/// Fields are kept as written (minute 75 stays 75); judging them is the rule's job.
/// </summary>
internal static class TimeScanner
{
    // Words and dashes that join the two ends of a range, in the languages the header may be written in.
    private static readonly string[] WordJoiners = { "to", "until", "till", "through", "à", "a", "au", "jusqu'à", "até", "ate", "às", "as", "bis", "hasta", "al", "y", "-" };
    private static readonly char[] DashJoiners = { '-', '–', '—', '‒', '~' };

    public static void ScanClockRanges(string text, TextSpan span, int line, List<TimeRange> ranges)
    {
        int i = span.Start;
        while (i < span.End)
        {
            if (!Scan.IsAsciiDigit(text[i]) || (i > span.Start && IsWordOrNumberChar(text[i - 1])))
            {
                i++;
                continue;
            }

            if (!TryParseClock(text, i, span.End, out var start))
            {
                // Skip the whole number so "2018" is not retried as "018".
                while (i < span.End && Scan.IsAsciiDigit(text[i])) i++;
                continue;
            }

            int next = start.Span.End;
            if (TrySkipJoiner(text, next, span.End, out int afterJoiner) && TryParseClock(text, afterJoiner, span.End, out var end))
            {
                ranges.Add(new TimeRange(TimeRangeKind.ClockRange, start, end, line));
                i = end.Span.End;
            }
            else
            {
                i = next;
            }
        }
    }

    /// <summary>
    /// Finds bracketed stamps: <c>[mm:ss]</c>, <c>[hh:mm:ss]</c>, <c>\[mm:ss.ff\]</c> (Markdown-escaped brackets), with
    /// minutes above 59 allowed when there is no hour field. Brackets holding anything else, such as
    /// <c>[inaudible 00:12:03]</c>, are annotations, not stamps.
    /// </summary>
    public static void ScanBracketedStamps(string text, TextSpan span, int line, List<InlineTimestamp> stamps)
    {
        int i = span.Start;
        int previousEnd = -1;
        InlineTimestamp? previous = null;
        while (i < span.End)
        {
            int open = text.IndexOf('[', i, span.End - i);
            if (open < 0) return;
            int start = open > span.Start && text[open - 1] == '\\' ? open - 1 : open;
            i = open + 1;
            if (TryParseStamp(text, open + 1, span.End, out var token, out int close))
            {
                // The end of a range ("\[25:59\] to \[27:11\]") is kept apart: it is not a point in the flow of the recording.
                bool rangeEnd = previous is not null && TrySkipJoiner(text, previousEnd, start, out int next) && next == start;
                var stamp = new InlineTimestamp(new TimeToken(TextSpan.FromBounds(start, close + 1), token.Hour, token.Minute, token.Second, token.Millisecond, token.HasSeconds, Meridiem.None), line)
                {
                    RangeStart = rangeEnd ? previous : null,
                };
                stamps.Add(stamp);
                previous = stamp;

                previousEnd = close + 1;
                i = close + 1;
            }
        }
    }

    private static bool TryParseStamp(string text, int i, int end, out TimeToken token, out int close)
    {
        token = default;
        close = -1;
        var fields = default(ThreeFields);
        int count = 0;
        while (count < 3)
        {
            int start = i, value = 0;
            while (i < end && Scan.IsAsciiDigit(text[i]) && i - start < 3)
            {
                value = (value * 10) + (text[i] - '0');
                i++;
            }

            if (i == start || (count > 0 && i - start != 2)) return false;
            fields[count++] = value;
            if (i < end && text[i] == ':')
            {
                i++;
                continue;
            }

            break;
        }

        if (count < 2) return false;
        int millis = 0;
        if (i < end && (text[i] == '.' || text[i] == ','))
        {
            i++;
            int fractionStart = i;
            while (i < end && Scan.IsAsciiDigit(text[i]) && i - fractionStart < 3) i++;
            int digits = i - fractionStart;
            if (digits == 0) return false;
            millis = int.Parse(text.Substring(fractionStart, digits), System.Globalization.CultureInfo.InvariantCulture) * (digits == 1 ? 100 : digits == 2 ? 10 : 1);
        }

        if (i < end && text[i] == '\\') i++;
        if (i >= end || text[i] != ']') return false;
        close = i;
        token = count == 3
            ? new TimeToken(default, fields[0], fields[1], fields[2], millis, true, Meridiem.None)
            : new TimeToken(default, 0, fields[0], fields[1], millis, true, Meridiem.None);
        return true;
    }

    /// <summary>Parses a cue timing line: <c>00:00:01.000 --&gt; 00:00:04.000 [settings]</c>. False when there is no arrow.</summary>
    public static bool TryParseCueTiming(string text, TextSpan trimmed, int line, out TimeRange? range, out bool malformed)
    {
        range = null;
        malformed = false;
        int arrow = Scan.IndexOf(text, trimmed, "-->");
        if (arrow < 0) return false;
        var left = Scan.Trim(text, TextSpan.FromBounds(trimmed.Start, arrow));
        int rightStart = arrow + 3;
        while (rightStart < trimmed.End && Scan.IsSpace(text[rightStart])) rightStart++;
        int rightEnd = rightStart;
        while (rightEnd < trimmed.End && !Scan.IsSpace(text[rightEnd])) rightEnd++;
        if (!TryParseCueTime(text, left, out var start) || !TryParseCueTime(text, TextSpan.FromBounds(rightStart, rightEnd), out var end))
        {
            malformed = true;
            return true;
        }

        range = new TimeRange(TimeRangeKind.CueTiming, start, end, line);
        return true;
    }

    /// <summary><c>[h]h:mm:ss.ttt</c> or <c>mm:ss.ttt</c>, with '.' (WebVTT) or ',' (SubRip) before the milliseconds.</summary>
    public static bool TryParseCueTime(string text, TextSpan span, out TimeToken token)
    {
        token = default;
        var fields = default(ThreeFields);
        var widths = default(ThreeFields);
        int count = 0, i = span.Start;
        while (true)
        {
            if (count == 3) return false;
            int start = i, value = 0;
            while (i < span.End && Scan.IsAsciiDigit(text[i]) && i - start < 9)
            {
                value = (value * 10) + (text[i] - '0');
                i++;
            }

            if (i == start) return false;
            fields[count] = value;
            widths[count] = i - start;
            count++;
            if (i < span.End && text[i] == ':')
            {
                i++;
                continue;
            }

            break;
        }

        if (count < 2) return false;
        int millis = 0;
        if (i < span.End && (text[i] == '.' || text[i] == ','))
        {
            i++;
            int fractionStart = i;
            while (i < span.End && Scan.IsAsciiDigit(text[i]) && i - fractionStart < 3)
            {
                millis = (millis * 10) + (text[i] - '0');
                i++;
            }

            if (i - fractionStart != 3) return false;
        }
        else
        {
            return false;
        }

        if (i != span.End) return false;
        int hour = count == 3 ? fields[0] : 0;
        int minute = count == 3 ? fields[1] : fields[0];
        int second = count == 3 ? fields[2] : fields[1];
        if (widths[count - 1] != 2 || widths[count - 2] != 2) return false;
        token = new TimeToken(span, hour, minute, second, millis, hasSeconds: true, Meridiem.None);
        return true;
    }

    private static bool IsWordOrNumberChar(char c) => char.IsLetterOrDigit(c) || c == ':' || c == '.' || c == ',' || c == '/';

    /// <summary>A clock time at <paramref name="i"/>: <c>H[H]h[MM]</c>, <c>H[H]:MM[:SS]</c>, optionally with AM/PM, or <c>H[H] PM</c>.</summary>
    private static bool TryParseClock(string text, int i, int end, out TimeToken token)
    {
        token = default;
        int start = i, hour = 0;
        while (i < end && Scan.IsAsciiDigit(text[i]))
        {
            hour = (hour * 10) + (text[i] - '0');
            i++;
            if (i - start > 2) return false;
        }

        if (i == start) return false;
        int minute = 0, second = 0;
        bool hasSeconds = false;
        bool explicitClock = false;
        if (i < end && (text[i] == 'h' || text[i] == 'H'))
        {
            i++;
            int minuteStart = i;
            while (i < end && Scan.IsAsciiDigit(text[i]) && i - minuteStart < 3) i++;
            int digits = i - minuteStart;
            if (digits == 1 || digits > 2) return false;
            if (digits == 2) minute = ((text[minuteStart] - '0') * 10) + (text[minuteStart + 1] - '0');
            if (i < end && char.IsLetter(text[i])) return false; // "15hrs", "4h30min" are durations, not times of day
            explicitClock = true;
        }
        else if (i < end && text[i] == ':')
        {
            if (!TryTwoDigits(text, i + 1, end, out minute)) return false;
            i += 3;
            if (i < end && text[i] == ':')
            {
                if (!TryTwoDigits(text, i + 1, end, out second)) return false;
                i += 3;
                hasSeconds = true;
            }

            if (i < end && Scan.IsAsciiDigit(text[i])) return false;
            explicitClock = true;
        }

        int beforeMeridiem = i;
        var meridiem = ReadMeridiem(text, ref i, end);
        if (meridiem == Meridiem.None)
        {
            i = beforeMeridiem;
            if (!explicitClock) return false;
        }

        if (i < end && char.IsLetterOrDigit(text[i])) return false;
        token = new TimeToken(TextSpan.FromBounds(start, i), hour, minute, second, 0, hasSeconds, meridiem);
        return true;
    }

    private static bool TryTwoDigits(string text, int i, int end, out int value)
    {
        value = 0;
        if (i + 2 > end || !Scan.IsAsciiDigit(text[i]) || !Scan.IsAsciiDigit(text[i + 1])) return false;
        value = ((text[i] - '0') * 10) + (text[i + 1] - '0');
        return true;
    }

    private static Meridiem ReadMeridiem(string text, ref int i, int end)
    {
        int j = i;
        while (j < end && text[j] == ' ') j++;
        if (j >= end) return Meridiem.None;
        char c = char.ToLowerInvariant(text[j]);
        if (c != 'a' && c != 'p') return Meridiem.None;
        var result = c == 'a' ? Meridiem.Am : Meridiem.Pm;
        j++;
        if (j < end && text[j] == '.') j++;
        if (j >= end || char.ToLowerInvariant(text[j]) != 'm') return Meridiem.None;
        j++;
        if (j < end && text[j] == '.') j++;
        if (j < end && char.IsLetter(text[j])) return Meridiem.None;
        i = j;
        return result;
    }

    private static bool TrySkipJoiner(string text, int i, int end, out int next)
    {
        next = i;
        int j = i;
        while (j < end && Scan.IsSpace(text[j])) j++;
        bool spaced = j > i;
        if (j >= end) return false;
        if (System.Array.IndexOf(DashJoiners, text[j]) >= 0)
        {
            j++;
            while (j < end && Scan.IsSpace(text[j])) j++;
            next = j;
            return true;
        }

        if (!spaced) return false;
        foreach (var word in WordJoiners)
        {
            if (Scan.StartsWithIgnoreCase(text, j, end, word) && j + word.Length < end && Scan.IsSpace(text[j + word.Length]))
            {
                int k = j + word.Length;
                while (k < end && Scan.IsSpace(text[k])) k++;
                next = k;
                return true;
            }
        }

        return false;
    }
}

/// <summary>Three small integers on the stack: the fields of a time, parsed once per line on hot paths without allocating.</summary>
internal struct ThreeFields
{
    private int first;
    private int second;
    private int third;

    public int this[int index]
    {
        get => index == 0 ? first : index == 1 ? second : third;
        set
        {
            if (index == 0) first = value;
            else if (index == 1) second = value;
            else third = value;
        }
    }
}
