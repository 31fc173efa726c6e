using TranscriptLint.Text;

namespace TranscriptLint.Model;

/// <summary>A speaker label: the name as written and where it is.</summary>
public sealed class SpeakerLabel
{
    public SpeakerLabel(string name, TextSpan nameSpan, TextSpan labelSpan, bool hasInlineSpeech, int line, string style)
    {
        Name = name;
        NameSpan = nameSpan;
        LabelSpan = labelSpan;
        HasInlineSpeech = hasInlineSpeech;
        Line = line;
        Style = style;
    }

    /// <summary>
    /// Reads the label whose name is <paramref name="nameSpan"/> inside <paramref name="labelSpan"/>. Its style is the
    /// label with the name replaced by NAME and white space runs made single, such as <c>NAME:</c>, <c>NAME :</c>,
    /// <c>**NAME:**</c> or <c>**NAME**:</c>.
    /// </summary>
    public static SpeakerLabel Create(string text, TextSpan nameSpan, TextSpan labelSpan, bool hasInlineSpeech, int line, string? style = null)
    {
        style ??= DescribeStyle(text, nameSpan, labelSpan);
        return new SpeakerLabel(text.Substring(nameSpan.Start, nameSpan.Length), nameSpan, labelSpan, hasInlineSpeech, line, style);
    }

    /// <summary>The individual speakers of a label for several people (<c>WH, DH:</c>, <c>JHD/PFC:</c>); empty for one.</summary>
    public System.Collections.Generic.IReadOnlyList<string> Parts
    {
        get => parts;
        init
        {
            parts = value;
            hasParts = value.Count > 0;
        }
    }

    private readonly System.Collections.Generic.IReadOnlyList<string> parts = System.Array.Empty<string>();

    // Whether Parts has any, kept when they are set: IsPerson is asked of every label many times, and Parts.Count is an
    // interface call.
    private readonly bool hasParts;

    /// <summary>An abbreviation introduced with the name, as in <c>Jane Doe (JDE):</c>; later labels may use it alone.</summary>
    public string? Alias { get; init; }

    /// <summary>True for the review-tool shape <c>Jane Doe: 00:01:02</c>: the turn's time on the label, the speech below (perhaps after a chapter heading).</summary>
    public bool HasTurnTime { get; init; }

    /// <summary>A marker label such as <c>Break:</c> or <c>Music:</c>: normally empty, not a speaker.</summary>
    public bool IsMarker { get; internal set; }

    /// <summary>
    /// True when the turn has content: speech on the label's line, or below it before the next label (speech, a list,
    /// a code block, an annotation such as <c>*inaudible*</c>).
    /// </summary>
    public bool HasContent { get; internal set; } = true;

    /// <summary>A label for a group (<c>All:</c>, <c>Room:</c>), not a person.</summary>
    public bool IsCollective { get; init; }

    /// <summary>The label opens a list item (<c>- AWB: text</c>, <c>- **Wed**: …</c>) or an indented line.</summary>
    public bool IsListItem { get; internal set; }

    /// <summary>
    /// The name is a single capitalised word (<c>Aaron:</c>): read as a label only where the file's turns are written
    /// that way (the per-file label decision in Dialects).
    /// </summary>
    public bool IsOneWord { get; init; }

    /// <summary>
    /// The name is not a name by its shape (a lower-case word: <c>Audience member 1</c>): read as a label only when it
    /// is the same speaker as a label of the file in another case or spelling.
    /// </summary>
    public bool IsLoose { get; init; }

    /// <summary>The label opens a paragraph: the line before it is blank, a heading, or the start of the file.</summary>
    public bool StartsParagraph { get; internal set; }

    // A string, a Func<string>, or a Func<SpeakerLabel, string> worded from evidenceCount and evidenceFlags: the last
    // is how the label decision records its usual evidence without allocating anything per label.
    private object? evidence;
    private int evidenceCount;
    private byte evidenceFlags;
    private string? shape;

    /// <summary>The name folded for comparison, when the reader had it at hand (shared by the labels of one spelling).</summary>
    internal Dialects.NameKey? Key { get; init; }

    /// <summary>The shape without spacing or colons, once the label decision has asked for it.</summary>
    internal string? ShapeSkeleton { get; set; }

    /// <summary>
    /// Why the reader took this line for a speaker label (the evidence <c>transcriptlint explain</c> prints). Worded only
    /// when asked: a lint reads hundreds of thousands of labels and never prints it.
    /// </summary>
    public string Evidence
    {
        get => evidence switch
        {
            string words => words,
            System.Func<string> words => words(),
            System.Func<SpeakerLabel, string> words => words(this),
            _ => string.Empty,
        };
        internal set => evidence = value;
    }

    internal bool HasEvidence => evidence is not null;

    internal void SetEvidence(System.Func<string> words) => evidence = words;

    /// <summary>
    /// Evidence worded by <paramref name="words"/> (a static lambda, so nothing is allocated) from a count and two flags
    /// kept on the label, read back through <see cref="EvidenceCount"/> and <see cref="EvidenceFlag"/>.
    /// </summary>
    internal void SetEvidence(System.Func<SpeakerLabel, string> words, int count, bool first, bool second)
    {
        evidence = words;
        evidenceCount = count;
        evidenceFlags = (byte)((first ? 1 : 0) | (second ? 2 : 0));
    }

    internal int EvidenceCount => evidenceCount;

    /// <summary>The first (0) or second (1) flag given to <see cref="SetEvidence(System.Func{SpeakerLabel, string}, int, bool, bool)"/>.</summary>
    internal bool EvidenceFlag(int which) => (evidenceFlags & (1 << which)) != 0;

    /// <summary>The label's shape among the file's labels: its style, and whether it opens a list item.</summary>
    public string Shape => shape ??= IsListItem ? "- " + Style : Style;

    /// <summary>True for a label naming one person: not a marker, a group or several speakers.</summary>
    public bool IsPerson => !IsMarker && !IsCollective && !hasParts;

    /// <summary>The label's markup and punctuation around <paramref name="nameSpan"/>, with the name written NAME.</summary>
    public static string DescribeStyle(string text, TextSpan nameSpan, TextSpan labelSpan)
    {
        // The shapes nearly every label has, without building a string per label.
        int before = nameSpan.Start - labelSpan.Start, after = labelSpan.End - nameSpan.End;
        if (before == 0 && after == 1 && text[nameSpan.End] == ':') return "NAME:";
        if (before == 0 && after == 2 && text[nameSpan.End] == ' ' && text[nameSpan.End + 1] == ':') return "NAME :";
        if (before == 2 && after == 3 && Dialects.Scan.HasAt(text, labelSpan.Start, "**") && Dialects.Scan.HasAt(text, nameSpan.End, ":**")) return "**NAME:**";
        if (before == 2 && after == 3 && Dialects.Scan.HasAt(text, labelSpan.Start, "**") && Dialects.Scan.HasAt(text, nameSpan.End, "**:")) return "**NAME**:";
        return Collapse(text, labelSpan.Start, nameSpan.Start) + "NAME" + Collapse(text, nameSpan.End, labelSpan.End);
    }

    private static string Collapse(string text, int start, int end)
    {
        if (start >= end) return string.Empty;
        var builder = new System.Text.StringBuilder(end - start);
        bool space = false;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == ' ' || c == '\t' || c == '\u00A0')
            {
                space = true;
                continue;
            }

            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }

        if (space) builder.Append(' ');
        return builder.ToString();
    }

    /// <summary>The name exactly as written, inner spacing included.</summary>
    public string Name { get; }

    /// <summary>Just the name's characters (what a fix would rewrite).</summary>
    public TextSpan NameSpan { get; }

    /// <summary>The whole label with its markup and punctuation, such as <c>**Jane Doe:**</c>.</summary>
    public TextSpan LabelSpan { get; }

    /// <summary>True when speech follows the label on the same line or in the same caption cue.</summary>
    public bool HasInlineSpeech { get; }

    public int Line { get; }

    /// <summary>The label's punctuation and markup with the name left out, such as <c>NAME:</c> or <c>**NAME:**</c>.</summary>
    public string Style { get; }

    public override string ToString() => $"{Line}: {Name}";
}
