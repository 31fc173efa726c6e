using TranscriptLint.Text;

namespace TranscriptLint.Model;

/// <summary>A speaker label: the name as written and where it is.</summary>
public sealed class SpeakerLabel
{
    public SpeakerLabel(string name, TextSpan nameSpan, TextSpan labelSpan, bool hasInlineSpeech, int line)
    {
        Name = name;
        NameSpan = nameSpan;
        LabelSpan = labelSpan;
        HasInlineSpeech = hasInlineSpeech;
        Line = line;
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

    public override string ToString() => $"{Line}: {Name}";
}
