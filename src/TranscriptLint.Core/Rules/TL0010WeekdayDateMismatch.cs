using System;
using System.Collections.Generic;
using TranscriptLint.Diagnostics;
using TranscriptLint.Model;
using TranscriptLint.Text;

namespace TranscriptLint.Rules;

/// <summary>
/// TL0010: a written date whose weekday the calendar contradicts (<c>Vendredi 10 mars 2018</c> was a Saturday), in
/// English, French, Spanish, German and Portuguese. Checked in the header and headings, where meeting dates live.
/// </summary>
public sealed class TL0010WeekdayDateMismatch : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "TL0010",
        "weekday-date-mismatch",
        "Weekday does not match the date",
        "A date written with its weekday, such as 'Vendredi 10 mars 2018', where the calendar puts that date on another day.",
        "Consistency",
        Severity.Warning);

    // Folded (lower case, no accents) weekday names, Monday first, per language; DayOfWeek is Sunday = 0.
    private static readonly Dictionary<string, DayOfWeek> Weekdays = BuildWeekdays();
    private static readonly Dictionary<string, int> Months = BuildMonths();

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(TranscriptDocument document, RuleContext context)
    {
        var text = document.Text.Text;
        foreach (var element in document.ElementList)
        {
            // In captions only the header block comes before the first cue; cue numbers hold no dates.
            if (element.Kind == ElementKind.CueTiming) break;
            if (element.Kind != ElementKind.Header && element.Kind != ElementKind.Heading && element.Kind != ElementKind.Note) continue;
            if (!HasYear(text, element.Span)) continue;
            var words = Tokenize(text, element.Span);
            for (int w = 0; w < words.Count; w++)
            {
                if (!Weekdays.TryGetValue(words[w].Folded, out var weekday)) continue;
                if (!TryReadDate(words, w + 1, out var date, out int lastWord)) continue;
                if (date.DayOfWeek == weekday) continue;
                var span = TextSpan.FromBounds(words[w].Span.Start, words[lastWord].Span.End);
                context.Report(span, $"'{document.Text.ToString(span)}': {date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} was a {date.DayOfWeek}, not a {weekday}. Correct the weekday or the date.");
            }
        }
    }

    /// <summary>Day Month Year (<c>10 mars 2018</c>, <c>10 de marzo de 2018</c>, <c>10. März 2018</c>) or Month Day, Year.</summary>
    private static bool TryReadDate(List<Word> words, int i, out DateTime date, out int last)
    {
        date = default;
        last = i;
        if (i < words.Count && words[i].Folded == "the") i++;
        if (i >= words.Count) return false;
        int day, month;
        if (TryDay(words[i].Folded, out day))
        {
            i++;
            if (i < words.Count && words[i].Folded == "de" || i < words.Count && words[i].Folded == "of") i++;
            if (i >= words.Count || !Months.TryGetValue(words[i].Folded, out month)) return false;
            i++;
        }
        else if (Months.TryGetValue(words[i].Folded, out month))
        {
            i++;
            if (i >= words.Count || !TryDay(words[i].Folded, out day)) return false;
            i++;
        }
        else
        {
            return false;
        }

        if (i < words.Count && (words[i].Folded == "de" || words[i].Folded == "del")) i++;
        if (i >= words.Count || words[i].Folded.Length != 4 || !int.TryParse(words[i].Folded, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)) return false;
        if (year < 1900 || year > 2200 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateTime(year, month, day);
        last = i;
        return true;
    }

    private static bool TryDay(string word, out int day)
    {
        day = 0;
        int digits = 0;
        while (digits < word.Length && Dialects.Scan.IsAsciiDigit(word[digits])) digits++;
        if (digits == 0 || digits > 2) return false;
        string suffix = word.Substring(digits);
        if (suffix.Length > 0 && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th" && suffix != "er" && suffix != "o" && suffix != "º") return false;
        day = int.Parse(word.Substring(0, digits), System.Globalization.CultureInfo.InvariantCulture);
        return day >= 1 && day <= 31;
    }

    /// <summary>A run of four digits: every date this rule reads has a year, so other lines are not tokenised.</summary>
    private static bool HasYear(string text, TextSpan span)
    {
        int run = 0;
        for (int i = span.Start; i < span.End; i++)
        {
            run = Dialects.Scan.IsAsciiDigit(text[i]) ? run + 1 : 0;
            if (run == 4) return true;
        }

        return false;
    }

    /// <summary>Words of letters and digits; punctuation such as ',' '.' '–' separates them.</summary>
    private static List<Word> Tokenize(string text, TextSpan span)
    {
        var words = new List<Word>();
        int i = span.Start;
        while (i < span.End)
        {
            while (i < span.End && !IsWordChar(text[i])) i++;
            int start = i;
            while (i < span.End && IsWordChar(text[i])) i++;
            if (i > start) words.Add(new Word(TextSpan.FromBounds(start, i), NameFolding.Fold(text.Substring(start, i - start))));
        }

        return words;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '-' || c == 'º';

    private static Dictionary<string, DayOfWeek> BuildWeekdays()
    {
        var map = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal);
        foreach (var language in Vocabulary.Languages.All)
        {
            for (int d = 0; d < language.Weekdays.Length; d++) map[NameFolding.Fold(language.Weekdays[d])] = (DayOfWeek)((d + 1) % 7);
            foreach (var (name, day) in language.WeekdayVariants) map[NameFolding.Fold(name)] = day;
        }

        return map;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in Vocabulary.Languages.All)
        {
            foreach (var months in language.Months)
            {
                for (int m = 0; m < months.Length; m++) map[NameFolding.Fold(months[m])] = m + 1;
            }

            foreach (var (name, month) in language.MonthVariants) map[NameFolding.Fold(name)] = month;
        }

        return map;
    }

    private readonly struct Word
    {
        public Word(TextSpan span, string folded)
        {
            Span = span;
            Folded = folded;
        }

        public TextSpan Span { get; }

        public string Folded { get; }
    }
}
