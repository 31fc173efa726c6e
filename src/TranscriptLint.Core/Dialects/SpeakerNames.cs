using TranscriptLint.Text;

namespace TranscriptLint.Dialects;

/// <summary>
/// Decides whether text is a speaker's name (<see cref="LabelParser"/> finds the labels).
/// Names are either ALL CAPS (the ICANN style) or two or more capitalised words (<c>Jane Doe</c>, <c>Speaker 1</c>);
/// a single capitalised word followed by a colon (<c>Note:</c>, <c>Donc:</c>) is too often prose to count.
/// </summary>
internal enum NameShape
{
    /// <summary>A plain <c>NAME:</c> label: ALL CAPS, or two or more capitalised words.</summary>
    Plain,

    /// <summary>A bold label: a capitalised first word and at least half the words capitalised; one word is enough.</summary>
    Emphasised,

    /// <summary>A WebVTT voice span: any plausible name.</summary>
    Markup,

    /// <summary>A plain label that may also be one capitalised word (<c>Aaron:</c>), kept only on the file's evidence.</summary>
    PlainOrOneWord,
}

internal static class SpeakerNames
{
    public const int MaxNameLength = 64;
    private const int MaxWords = 6;

    // Lead-ins of notes and link lists ("Note:", "**Slides:** https://…", "Action items:"): never speakers.
    private static readonly System.Collections.Generic.HashSet<string> NoteKeys = Vocabulary.Languages.Set(l => l.NoteKeys, System.StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Particles = Vocabulary.Languages.List(l => l.NameParticles).ToArray();

    /// <summary>True for the lead-in of a note or link list, such as <c>Note</c>, <c>Slides</c> or <c>Action items</c>.</summary>
    public static bool IsNoteKey(string text, TextSpan name) => name.Length <= 64 && IsNoteKey(text.Substring(name.Start, name.Length));

    // A file names the same few speakers hundreds of times, and every label is asked this (twice): each spelling is
    // worked out once a thread. Bounded, so a file of many distinct names cannot grow it without end.
    [System.ThreadStatic]
    private static System.Collections.Generic.Dictionary<string, bool>? noteKeyMemo;

    public static bool IsNoteKey(string name)
    {
        var memo = noteKeyMemo ??= new System.Collections.Generic.Dictionary<string, bool>(System.StringComparer.Ordinal);
        if (memo.TryGetValue(name, out bool known)) return known;
        if (memo.Count >= 4096) memo.Clear();
        bool isNoteKey = IsNoteKeyUncached(name);
        memo[name] = isNoteKey;
        return isNoteKey;
    }

    private static bool IsNoteKeyUncached(string name)
    {
        if (name.Length <= 24 && (NoteKeys.Contains(name) || IsSchedule(name))) return true;

        // "Note IS: …", "Update 2: …": a note key leading a longer lead-in.
        int space = name.IndexOf(' ');
        if (space > 0 && LeadingNoteKeys.Contains(name.Substring(0, space))) return true;

        // "DECISION 68.3", "Action item 4": a numbered note.
        return space > 0 && NoteKeys.Contains(name.Substring(0, space)) && HasDigit(name.Substring(space));
    }

    private static bool HasDigit(string value)
    {
        foreach (char c in value)
        {
            if (c >= '0' && c <= '9') return true;
        }

        return false;
    }

    // "**On Wednesday**:", "Next Friday:": a schedule, not a speaker.
    private static readonly System.Collections.Generic.HashSet<string> ScheduleWords = Vocabulary.Languages.Set(l => l.ScheduleWords, System.StringComparer.OrdinalIgnoreCase);

    /// <summary>True when every word of the name is a day or a schedule word: <c>On Wednesday</c>, <c>Fri</c>.</summary>
    public static bool IsSchedule(string name)
    {
        if (name.Length == 0 || name.Length > 24) return false;
        int start = 0;
        while (start < name.Length)
        {
            int end = name.IndexOf(' ', start);
            if (end < 0) end = name.Length;
            int wordEnd = end;
            while (wordEnd > start && name[wordEnd - 1] == '.') wordEnd--;
            if (wordEnd > start && !ScheduleWords.Contains(name.Substring(start, wordEnd - start))) return false;
            start = end + 1;
        }

        return true;
    }

    private static readonly System.Collections.Generic.HashSet<string> LeadingNoteKeys = Vocabulary.Languages.Set(l => l.LeadingNoteKeys, System.StringComparer.OrdinalIgnoreCase);

    /// <summary>Two to five capital letters (<c>AWB</c>, <c>JHD</c>): a delegate's abbreviation.</summary>
    public static bool IsAbbreviation(string text, TextSpan name)
    {
        if (name.Length < 2 || name.Length > 5) return false;
        for (int i = name.Start; i < name.End; i++)
        {
            if (text[i] < 'A' || text[i] > 'Z') return false;
        }

        return true;
    }

    /// <summary>True when what follows a label is a link: <c>Slides: https://…</c> is a link list, not speech.</summary>
    public static bool StartsWithLink(string text, int start, int end)
    {
        while (start < end && Scan.IsSpace(text[start])) start++;
        if (start == end || (text[start] != 'h' && text[start] != '<')) return false; // the first letter rules out nearly every name
        return Scan.StartsWith(text, start, end, "http://") || Scan.StartsWith(text, start, end, "https://") || Scan.StartsWith(text, start, end, "<http");
    }

    /// <summary>
    /// True when the span reads as a person's (or role's) name in the given shape of label. Every shape caps the
    /// length at 64 characters and 6 words, and needs a letter or digit first.
    /// </summary>
    public static bool IsNameLike(string text, TextSpan name, NameShape shape)
    {
        if (name.Length == 0 || name.Length > MaxNameLength) return false;
        if (!char.IsLetterOrDigit(text[name.Start])) return false;
        bool strict = shape != NameShape.Markup;
        int words = 0, capitalisedWords = 0, letters = 0, lowercaseLetters = 0;
        bool titleCase = true, firstCapitalised = false;
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
                else if (strict || c == '*' || c == '!' || c == '?' || c == ';' || c == '<' || c == '>')
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
            if (words == 1 && digitsOnly && strict) return false;
            bool capitalised = char.IsUpper(first) || char.IsDigit(first);
            if (words == 1) firstCapitalised = capitalised;
            if (capitalised || (words > 1 && IsParticle(text, wordStart, i))) capitalisedWords++;
            else titleCase = false;
        }

        if (letters == 0) return false;
        switch (shape)
        {
            case NameShape.Markup:
                return true;
            case NameShape.Emphasised:
                // Bold labels are explicit, so a slip in case ("**Nadira jedeji:**") still reads as a name; prose
                // ("**What we decided:**") has mostly lower-case words.
                return firstCapitalised && capitalisedWords * 2 >= words && !IsParticle(text, LastWordStart(text, name), name.End);
            default:
                if (lowercaseLetters == 0 && letters >= 2) return true;
                return titleCase && words >= 2 && !IsParticle(text, LastWordStart(text, name), name.End);
        }
    }

    /// <summary>
    /// One capitalised word of letters (<c>Aaron</c>, <c>O'Neil</c>, <c>Jean-Luc</c>, a stray trailing hyphen as in
    /// <c>Stephan-</c>): a name by shape alone only weakly, so the file's evidence decides.
    /// </summary>
    public static bool IsOneWordName(string text, TextSpan name)
    {
        if (name.Length < 2 || name.Length > 24 || !char.IsUpper(text[name.Start])) return false;
        if (IsNoteKey(text, name)) return false;
        int lower = 0;
        for (int i = name.Start + 1; i < name.End; i++)
        {
            char c = text[i];
            if (char.IsLower(c)) lower++;
            else if (char.IsUpper(c)) continue;
            else if ((c == '-' || c == '\'' || c == '’' || c == '.') && i > name.Start + 1) continue;
            else return false;
        }

        return lower > 0;
    }

    /// <summary>Two to four words of letters and digits, the first capitalised (<c>Audience member 1</c>): a name only if the file says so.</summary>
    public static bool IsLooseName(string text, TextSpan name)
    {
        if (name.Length < 3 || name.Length > 40 || !char.IsUpper(text[name.Start])) return false;
        int words = 1;
        for (int i = name.Start; i < name.End; i++)
        {
            char c = text[i];
            if (c == ' ') words++;
            else if (!char.IsLetterOrDigit(c) && c != '-' && c != '\'' && c != '’' && c != '.') return false;
        }

        return words >= 2 && words <= 4;
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
            if (end - start == particle.Length && Scan.HasAt(text, start, particle)) return true;
        }

        return false;
    }
}
