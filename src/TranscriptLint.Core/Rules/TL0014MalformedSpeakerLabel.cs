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
            context.Report(malformed.Span, $"Label '{malformed.Written}' for {malformed.Name} is malformed: {malformed.Problem}. Write '{malformed.Expected}' and the speech after it.");
        }
    }
}
