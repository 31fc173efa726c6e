using TranscriptLint.Text;

namespace TranscriptLint.Dialects;

/// <summary>
/// Decides whether text is a speaker's name, and finds plain <c>NAME SURNAME:</c> labels at the start of a line.
/// Names are either ALL CAPS (the ICANN style) or two or more capitalised words (<c>Jane Doe</c>, <c>Speaker 1</c>);
/// a single capitalised word followed by a colon (<c>Note:</c>, <c>Donc:</c>) is too often prose to count.
/// </summary>
internal static class SpeakerNames
{
    public const int MaxNameLength = 64;
    private const int MaxWords = 6;

    // Lead-ins of notes and link lists ("Note:", "**Slides:** https://…", "Action items:"): never speakers.
    private static readonly System.Collections.Generic.HashSet<string> NoteKeys = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "note", "notes", "nb", "n.b.", "ps", "p.s.", "update", "updated", "correction", "corrections", "edit", "edited", "editor's note", "editor’s note",
        "summary", "conclusion", "conclusions", "action", "actions", "action item", "action items", "todo", "to do", "to-do", "decision", "decisions",
        "resolution", "resolved", "agenda", "attendees", "participants", "present", "absent", "regrets", "apologies", "slides", "slide", "link", "links",
        "resources", "references", "reference", "source", "sources", "date", "time", "location", "venue", "place", "tags", "topic", "topics", "subject",
        "minutes", "recording", "video", "audio", "transcript", "warning", "caution", "tip", "important", "disclaimer", "remarque", "nota", "fecha", "lieu",
        "sujet", "ordre du jour", "orden del día", "asistentes", "présents", "see also", "example", "examples", "question", "questions", "answer", "outcome",
    };

    private static readonly string[] Particles = { "de", "da", "das", "del", "della", "der", "den", "di", "do", "dos", "du", "van", "von", "la", "le", "al", "el", "bin", "ibn", "y", "e", "ten", "ter", "zu" };

    /// <summary>
    /// Parses <c>NAME:</c> or <c>NAME :</c> at the start of <paramref name="trimmed"/>, followed by the end of the
    /// line or white space. The colon may not be followed by a digit or slash (times, URLs).
    /// </summary>
    public static bool TryParsePlainLabel(string text, TextSpan trimmed, out TextSpan nameSpan, out TextSpan labelSpan, out bool hasSpeech)
    {
        nameSpan = default;
        labelSpan = default;
        hasSpeech = false;
        int limit = System.Math.Min(trimmed.End, trimmed.Start + MaxNameLength + 3);
        int colon = -1;
        for (int i = trimmed.Start; i < limit; i++)
        {
            char c = text[i];
            if (c == ':')
            {
                colon = i;
                break;
            }

            // Characters that never occur in a name end the search early: a sentence, not a label.
            if (c == ',' || c == ';' || c == '!' || c == '?' || c == '(' || c == '[' || c == '*' || c == '–' || c == '—' || c == '"' || c == '<')
            {
                return false;
            }
        }

        if (colon <= trimmed.Start) return false;
        int after = colon + 1;
        if (after < trimmed.End && !Scan.IsSpace(text[after])) return false;
        var name = Scan.Trim(text, TextSpan.FromBounds(trimmed.Start, colon));
        if (!IsNameLike(text, name, requireCapitals: true) || IsNoteKey(text, name) || StartsWithLink(text, after, trimmed.End)) return false;
        nameSpan = name;
        labelSpan = TextSpan.FromBounds(trimmed.Start, after);
        hasSpeech = !Scan.IsBlank(text, TextSpan.FromBounds(after, trimmed.End));
        return true;
    }

    /// <summary>True for the lead-in of a note or link list, such as <c>Note</c>, <c>Slides</c> or <c>Action items</c>.</summary>
    public static bool IsNoteKey(string text, TextSpan name) => name.Length <= 20 && NoteKeys.Contains(text.Substring(name.Start, name.Length));

    /// <summary>True when what follows a label is a link: <c>Slides: https://…</c> is a link list, not speech.</summary>
    public static bool StartsWithLink(string text, int start, int end)
    {
        while (start < end && Scan.IsSpace(text[start])) start++;
        return Scan.StartsWith(text, start, end, "http://") || Scan.StartsWith(text, start, end, "https://") || Scan.StartsWith(text, start, end, "<http");
    }

    /// <summary>
    /// True when the span reads as a person's (or role's) name. With <paramref name="requireCapitals"/> the name
    /// must be ALL CAPS or at least two capitalised words; explicit markup (<c>**Name:**</c>, <c>&lt;v Name&gt;</c>)
    /// passes false and only needs a plausible shape.
    /// </summary>
    public static bool IsNameLike(string text, TextSpan name, bool requireCapitals, bool allowSingleWord = false)
    {
        if (name.Length == 0 || name.Length > MaxNameLength) return false;
        if (!char.IsLetterOrDigit(text[name.Start])) return false;
        int words = 0, letters = 0, lowercaseLetters = 0;
        bool titleCase = true;
        int i = name.Start;
        while (i < name.End)
        {
            while (i < name.End && Scan.IsSpace(text[i])) i++;
            if (i >= name.End) break;
            int wordStart = i;
            bool digitsOnly = true;
            while (i < name.End && !Scan.IsSpace(text[i]))
            {
                char c = text[i];
                if (char.IsLetter(c))
                {
                    letters++;
                    if (char.IsLower(c)) lowercaseLetters++;
                    digitsOnly = false;
                }
                else if (char.IsDigit(c))
                {
                }
                else if (c == '\'' || c == '’' || c == '-' || c == '.' || c == '&' || c == '/')
                {
                    digitsOnly = false;
                }
                else if (requireCapitals || c == '*' || c == '!' || c == '?' || c == ';' || c == '<' || c == '>')
                {
                    return false;
                }
                else
                {
                    digitsOnly = false;
                }

                i++;
            }

            words++;
            if (words > MaxWords) return false;
            char first = text[wordStart];
            if (words == 1 && digitsOnly && requireCapitals) return false;
            if (!(char.IsUpper(first) || char.IsDigit(first) || (words > 1 && IsParticle(text, wordStart, i))))
            {
                titleCase = false;
            }
        }

        if (letters == 0) return false;
        if (!requireCapitals) return true;
        if (lowercaseLetters == 0 && letters >= 2) return true;
        return titleCase && (words >= 2 || allowSingleWord) && !IsParticle(text, LastWordStart(text, name), name.End);
    }

    private static int LastWordStart(string text, TextSpan name)
    {
        int i = name.End;
        while (i > name.Start && !Scan.IsSpace(text[i - 1])) i--;
        return i;
    }

    private static bool IsParticle(string text, int start, int end)
    {
        foreach (var particle in Particles)
        {
            if (end - start == particle.Length && string.CompareOrdinal(text, start, particle, 0, particle.Length) == 0) return true;
        }

        return false;
    }
}
