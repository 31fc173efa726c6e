using System.Collections.Generic;
using TranscriptLint.Diagnostics;
using TranscriptLint.Model;

namespace TranscriptLint.Rules;

/// <summary>TL0006: a label whose punctuation or markup differs from the file's dominant label style.</summary>
public sealed class TL0006SpeakerLabelStyle : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "TL0006",
        "speaker-label-style",
        "Speaker label written in a different style",
        "A speaker label whose punctuation or markup differs from the style most labels in the file use, such as 'NAME :' among 'NAME:' labels or '**Name**:' among '**Name:**'.",
        "Consistency",
        Severity.Warning);

    /// <summary>A style needs this many labels, and more than half of them, before others are held to it.</summary>
    private const int MinimumDominantCount = 2;

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(TranscriptDocument document, RuleContext context)
    {
        // Labels in list items (a chat log quoted as a list) and in paragraphs are two contexts: only the labels in the
        // context most labels are in are held to one style.
        int listItems = 0, all = 0;
        foreach (var label in document.LabelList)
        {
            if (label.IsMarker) continue;
            all++;
            if (label.IsListItem) listItems++;
        }

        bool lists = listItems * 2 > all;
        // Counted a run of one style at a time: labels come in long runs of the same style, so the table is touched
        // once a run, not once a label. Styles still enter it in the order they first appear (a run ends before the
        // next style's first run does), which decides ties below.
        var counts = new Dictionary<string, int>(System.StringComparer.Ordinal);
        int total = 0;
        string? runStyle = null;
        int run = 0;
        void EndRun()
        {
            if (runStyle is null) return;
            counts.TryGetValue(runStyle, out int count);
            counts[runStyle] = count + run;
        }

        foreach (var label in document.LabelList)
        {
            if (label.IsMarker || label.IsListItem != lists) continue;
            total++;
            if (string.Equals(label.Style, runStyle, System.StringComparison.Ordinal))
            {
                run++;
                continue;
            }

            EndRun();
            runStyle = label.Style;
            run = 1;
        }

        EndRun();

        if (counts.Count < 2) return;
        string? dominant = null;
        int best = 0;
        foreach (var pair in counts)
        {
            if (pair.Value > best)
            {
                best = pair.Value;
                dominant = pair.Key;
            }
        }

        if (dominant is null || best < MinimumDominantCount || best * 2 <= total) return;

        // One finding per off-style spelling: a speaker's habit written 60 times is one thing to fix, not 60.
        var offStyle = new Dictionary<string, List<SpeakerLabel>>(System.StringComparer.Ordinal);
        var order = new List<List<SpeakerLabel>>();
        // Never ask for a space before the colon: "NAME :" is French typography or a slip, "NAME:" never wrong.
        if (dominant.IndexOf(" :", System.StringComparison.Ordinal) >= 0) return;
        int timed = 0;
        foreach (var label in document.LabelList)
        {
            if (!label.IsMarker && label.IsListItem == lists && label.Style == dominant && label.HasTurnTime) timed++;
        }

        bool dominantTimed = timed * 2 > best;
        foreach (var label in document.LabelList)
        {
            if (label.IsMarker || label.IsListItem != lists || label.Style == dominant) continue;

            // A turn without its stamp ("Stephan:" among "Name 00:01:02:") differs in the stamp, not in the label's markup.
            if (label.HasTurnTime != dominantTimed) continue;
            string key = label.Style + "\u0000" + label.Name;
            if (!offStyle.TryGetValue(key, out var uses))
            {
                offStyle[key] = uses = new List<SpeakerLabel>();
                order.Add(uses);
            }

            uses.Add(label);
        }

        foreach (var uses in order)
        {
            var label = uses[0];
            string written = document.Text.ToString(label.LabelSpan);
            string expected = dominant.Replace("NAME", label.Name);
            string more = uses.Count == 1 ? string.Empty : $" It is written this way {uses.Count} times in this file (lines {Lines(uses)}); this is reported at the first.";
            context.Report(label.LabelSpan, $"Label '{written}' is written '{label.Style}', but {best} of the {total} labels in this file use '{dominant}'. Write '{expected}'.{more}", Restyle(document.Text.Text, uses, dominant, written, expected));
        }
    }

    /// <summary>
    /// Every label of the spelling rewritten in the dominant style: the markup before and after the name is replaced,
    /// the name is left as written. No fix when a label's markup is not exactly its style (an introduced abbreviation,
    /// several speakers, spacing the style folds away that the rewrite would lose).
    /// </summary>
    private static Fix? Restyle(string text, List<SpeakerLabel> uses, string dominant, string written, string expected)
    {
        int name = dominant.IndexOf("NAME", System.StringComparison.Ordinal);
        if (name < 0 || dominant.IndexOf("NAME", name + 4, System.StringComparison.Ordinal) >= 0) return null;
        string before = dominant.Substring(0, name), after = dominant.Substring(name + 4);
        var edits = new List<TextEdit>();
        foreach (var label in uses)
        {
            if (label.Alias is not null || label.Parts.Count > 0 || !label.LabelSpan.Contains(label.NameSpan)) return null;
            if (SpeakerLabel.DescribeStyle(text, label.NameSpan, label.LabelSpan) != label.Style) return null;
            var head = Text.TextSpan.FromBounds(label.LabelSpan.Start, label.NameSpan.Start);
            var tail = Text.TextSpan.FromBounds(label.NameSpan.End, label.LabelSpan.End);
            if (text.Substring(head.Start, head.Length) != before) edits.Add(new TextEdit(head, before));
            if (text.Substring(tail.Start, tail.Length) != after) edits.Add(new TextEdit(tail, after));
        }

        if (edits.Count == 0) return null;
        string where = uses.Count == 1 ? string.Empty : $" ({uses.Count} labels)";
        return new Fix($"rewrite '{written}' as '{expected}'{where}", edits);
    }

    private static string Lines(List<SpeakerLabel> uses)
    {
        const int Shown = 5;
        var lines = new List<string>();
        for (int i = 0; i < uses.Count && i < Shown; i++) lines.Add(uses[i].Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return string.Join(", ", lines) + (uses.Count > Shown ? ", …" : string.Empty);
    }
}
