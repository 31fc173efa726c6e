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
        style ??= Collapse(text, labelSpan.Start, nameSpan.Start) + "NAME" + Collapse(text, nameSpan.End, labelSpan.End);
        return new SpeakerLabel(text.Substring(nameSpan.Start, nameSpan.Length), nameSpan, labelSpan, hasInlineSpeech, line, style);
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
