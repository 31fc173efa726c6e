using System.Collections.Generic;
using TranscriptLint.Model;

namespace TranscriptLint.Dialects;

/// <summary>
/// The abbreviations a file introduces in its attendee lists: <c>Bradley Farias (BFS), Gus Caplan (GCL)</c> in a
/// paragraph, or a <c>| Name | Abbreviation | Organization |</c> table row. Read once by the reader, so TL0007 can
/// suggest from the file's own people before the repo's roster.
/// </summary>
internal static class AttendeeList
{
    private const int MaxAbbreviation = 5;

    public static Dictionary<string, string> Read(string text, IReadOnlyList<TranscriptElement> elements)
    {
        var attendees = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var element in elements)
        {
            if (element.Label is not null || element.Kind is ElementKind.Code or ElementKind.Comment) continue;
            var span = element.Span;
            if (text.IndexOf('(', span.Start, span.Length) >= 0) ReadParenthesised(text, span.Start, span.End, attendees);
            if (text[span.Start] == '|') ReadTableRow(text, span.Start, span.End, attendees);
        }

        return attendees;
    }

    /// <summary><c>Jane Doe (JDE)</c>: capitalised words, then two to five capitals in parentheses.</summary>
    private static void ReadParenthesised(string text, int start, int end, Dictionary<string, string> attendees)
    {
        for (int open = text.IndexOf('(', start, end - start); open >= 0 && open < end; open = open + 1 < end ? text.IndexOf('(', open + 1, end - open - 1) : -1)
        {
            int close = open + 1;
            while (close < end && close - open - 1 <= MaxAbbreviation && text[close] >= 'A' && text[close] <= 'Z') close++;
            int length = close - open - 1;
            if (close >= end || text[close] != ')' || length < 2) continue;
            string name = NameBefore(text, start, open);
            if (name.Length > 0) attendees[text.Substring(open + 1, length)] = name;
        }
    }

    private static string NameBefore(string text, int start, int open)
    {
        int end = open;
        while (end > start && Scan.IsSpace(text[end - 1])) end--;

        // "Jane Doe (Acme) (JDE)": an organisation between the name and the abbreviation is not part of the name.
        if (end > start && text[end - 1] == ')')
        {
            int group = text.LastIndexOf('(', end - 1, end - start);
            if (group > start)
            {
                end = group;
                while (end > start && Scan.IsSpace(text[end - 1])) end--;
            }
        }

        int begin = end, words = 0;
        while (begin > start && words < 4)
        {
            int wordEnd = begin;
            // A word never ends in ')': "Jane Doe (JDE) Bo Ray (BRY)", a comma lost, gives Bo Ray, not "JDE) Bo Ray".
            while (begin > start && !Scan.IsSpace(text[begin - 1]) && text[begin - 1] != ',' && text[begin - 1] != '|' && text[begin - 1] != '(' && text[begin - 1] != ')' && text[begin - 1] != ':') begin--;
            if (begin == wordEnd || !char.IsUpper(text[begin])) { begin = wordEnd; break; }
            words++;
            if (begin > start && Scan.IsSpace(text[begin - 1])) begin--;
            else break;
        }

        return words == 0 ? string.Empty : text.Substring(begin, end - begin).Trim();
    }

    /// <summary><c>| Jane Doe | JDE | Org |</c>: a cell of capitals after a cell of a name.</summary>
    private static void ReadTableRow(string text, int start, int end, Dictionary<string, string> attendees)
    {
        var cells = text.Substring(start, end - start).Split('|');
        for (int i = 1; i + 1 < cells.Length; i++)
        {
            string cell = cells[i].Trim();
            if (cell.Length < 2 || cell.Length > MaxAbbreviation) continue;
            bool capitals = true;
            foreach (char c in cell) capitals &= c >= 'A' && c <= 'Z';
            string name = cells[i - 1].Trim();
            if (capitals && name.Length > 2 && char.IsUpper(name[0]) && name.IndexOf(' ') > 0) attendees[cell] = name;
        }
    }
}
