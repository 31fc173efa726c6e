using TranscriptLint.Diagnostics;
using TranscriptLint.Model;

namespace TranscriptLint.Rules;

/// <summary>
/// TL0014: a turn whose label is broken, in a file whose turns use a bold label style — the colon lost
/// (<c>**Jane Doe** Yeah…</c>), the bold closed inside the speech (<c>**Jane Doe: I**ndeed</c>), the colon before the
/// name (<c>**:Jane Doe**</c>). The reader decides which bold openings are broken labels of the file's speakers.
/// </summary>
public sealed class TL0014MalformedSpeakerLabel : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "TL0014",
        "malformed-speaker-label",
        "Speaker label is malformed",
        "In a file whose turns use a bold label style, a paragraph that opens with a speaker's name in bold but whose label is broken: the colon missing or before the name, or the bold closed inside the speech.",
        "Consistency",
        Severity.Warning);

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(TranscriptDocument document, RuleContext context)
    {
        foreach (var malformed in document.MalformedLabels)
        {
            // A label that is right but touches its speech reads the same as the label to write: say what differs.
            string remedy = malformed.Written == malformed.Expected
                ? $"Put a space between '{malformed.Expected}' and the speech after it."
                : $"Write '{malformed.Expected}' and the speech after it.";
            context.Report(malformed.Span, $"Label '{malformed.Written}' for {malformed.Name} is malformed: {malformed.Problem}. {remedy}", Rewrite(document.Text.Text, malformed));
        }
    }

    /// <summary>
    /// The broken label replaced by the expected one. Speech the bold closed around (<c>**Jane Doe: I**ndeed</c>) moves
    /// out after the label; a space is put between the label and speech that touched it.
    /// </summary>
    private static Fix? Rewrite(string text, MalformedLabel malformed)
    {
        string written = malformed.Written;
        string speech = string.Empty;
        if (malformed.Problem == "the bold closes inside the speech" && written.Length >= 4 && written.StartsWith("**", System.StringComparison.Ordinal) && written.EndsWith("**", System.StringComparison.Ordinal))
        {
            string inner = written.Substring(2, written.Length - 4);
            int colon = inner.IndexOf(':');
            if (colon > 0 && colon < inner.Length - 1 && inner.Substring(0, colon).Trim() == malformed.Name && inner[colon + 1] != ':') speech = inner.Substring(colon + 1).TrimStart();
        }

        int end = malformed.Span.End;
        bool touching = speech.Length == 0 && end < text.Length && !char.IsWhiteSpace(text[end]);
        string replacement = malformed.Expected + (speech.Length > 0 ? " " + speech : touching ? " " : string.Empty);
        if (replacement == written) return null;
        return new Fix($"rewrite '{written}' as '{malformed.Expected}'", malformed.Span, replacement);
    }
}
