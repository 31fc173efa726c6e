using System;
using System.Collections.Generic;
using TranscriptLint.Configuration;
using TranscriptLint.Diagnostics;
using TranscriptLint.Model;

namespace TranscriptLint.Rules;

/// <summary>
/// TL0007: with a speaker roster configured, a label the roster lacks. When a roster entry is close (a swapped or
/// missing letter in a name or an abbreviation), the message names it.
/// </summary>
public sealed class TL0007UnknownSpeaker : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "TL0007",
        "unknown-speaker",
        "Speaker not on the roster",
        "With speakers.roster configured, a speaker label that names nobody on the roster (by full name, abbreviation or alias).",
        "Consistency",
        Severity.Warning);

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(TranscriptDocument document, RuleContext context)
    {
        var settings = context.Settings;
        var roster = settings.Speakers.RosterFor(document);
        if (roster.IsEmpty) return;

        // Abbreviations introduced in the file ("Jane Doe (JDE): …") are known from there on.
        var introduced = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var verdicts = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var label in document.LabelList)
        {
            if (label.IsMarker || label.IsCollective) continue;
            // The name itself is checked below; its abbreviation is not reported a second time.
            if (label.Alias is not null) introduced.Add(label.Alias);
            if (label.Alias is not null && roster.TryFindAbbreviation(label.Alias, out _)) introduced.Add(label.Name);
            var parts = label.Parts.Count > 0 ? label.Parts : new[] { label.Name };
            foreach (var part in parts)
            {
                if (IsKnown(part, settings, roster, introduced)) continue;
                if (!verdicts.TryGetValue(part, out var suggestion))
                {
                    suggestion = SuggestFromAttendees(part, document) ?? Suggest(part, roster);
                    verdicts[part] = suggestion;
                }

                string files = string.Join(", ", roster.Files);
                string message = document.Attendees.TryGetValue(part, out var attendee)
                    ? roster.TryFindName(attendee, out var listed) && listed.Abbreviation is { } code && code != part
                        ? $"Speaker '{part}' ({attendee}, in this file's attendee list) is on the speaker roster ({files}) as '{code}'. Write '{code}'."
                        : $"Speaker '{part}' ({attendee}, in this file's attendee list) is not on the speaker roster ({files}). Add them to the roster."
                    : suggestion is null
                    ? $"Speaker '{part}' is not on the speaker roster ({files}). Add them to the roster if they are new, or correct the label."
                    : $"Speaker '{part}' is not on the speaker roster ({files}); did you mean {suggestion}? Correct the label, or add '{part}' to the roster if this is someone new.";
                var span = label.Parts.Count > 0 ? PartSpan(document, label, part) : label.NameSpan;
                context.Report(span, message);
            }
        }
    }

    private static bool IsKnown(string name, FileSettings settings, SpeakerRoster roster, HashSet<string> introduced)
        => roster.TryFindName(name, out _)
           || roster.TryFindExactAbbreviation(name, out _)
           || settings.Aliases.TryGetCanonical(name, out _)
           || introduced.Contains(name)
           || SpeakerSettings.IsCollective(name)
           || settings.Speakers.IsMarker(name);

    /// <summary>
    /// The file's own attendee list first: the abbreviation this label is the start of (<c>BF</c> → <c>BFS</c>), or the
    /// one with the same letters reordered, or (three letters or more) one letter off after the same first letter.
    /// </summary>
    private static string? SuggestFromAttendees(string label, TranscriptDocument document)
    {
        if (document.Attendees.Count == 0 || label.Length > 6 || label.IndexOf(' ') >= 0) return null;
        string? best = null;
        int found = 0;
        foreach (var pair in document.Attendees)
        {
            string abbreviation = pair.Key;
            if (abbreviation == label) continue;
            bool prefix = abbreviation.Length == label.Length + 1 && abbreviation.StartsWith(label, StringComparison.Ordinal);
            // One letter changed counts as for TL0001's slips: three letters or more, the first kept ("PHD" is not "JHD",
            // and "TF" one letter from "TD" is too little to go on).
            bool close = abbreviation.Length == label.Length && (NameFolding.SameLetters(abbreviation, label) || (label.Length >= 3 && abbreviation[0] == label[0] && NameFolding.Distance(abbreviation, label, 1) <= 1));
            if (!prefix && !close) continue;
            found++;
            best = $"'{abbreviation}' ({pair.Value}, in this file's attendee list)";
        }

        if (found == 1) return best;

        // Prefix matches on the roster next: "BF" for "BFS" when exactly one abbreviation starts that way.
        return null;
    }

    /// <summary>The closest roster entry, or null: the same letters in another order or one letter off for abbreviations, a near-variant for names.</summary>
    private static string? Suggest(string label, SpeakerRoster roster)
    {
        string folded = NameFolding.Fold(label);
        bool looksAbbreviated = label.Length <= 6 && label.IndexOf(' ') < 0;
        // "Istvan" for Istvan Sebestyen (IS): a first name where the notes use abbreviations or full names.
        if (label.IndexOf(' ') < 0 && roster.TryFindFirstName(label, out var byFirstName)) return byFirstName.Abbreviation is null ? $"'{byFirstName.Name}'" : $"'{byFirstName.Abbreviation}' ({byFirstName.Name})";

        // "Dh" for "DH": the abbreviation in another case.
        if (roster.TryFindAbbreviation(label, out var sameLetters) && sameLetters.Abbreviation is not null) return $"'{sameLetters.Abbreviation}' ({sameLetters.Name})";

        // "BF" for "BFS": the start of exactly one roster abbreviation.
        if (label.Length >= 2 && label.Length <= 4 && label.IndexOf(' ') < 0)
        {
            var (starts, only) = roster.Suggestions.FindAbbreviationsStartingWith(label);
            if (starts == 1) return $"'{only!.Abbreviation}' ({only.Name})";
        }

        if (looksAbbreviated)
        {
            // The same letters reordered only: short abbreviations one letter apart are usually other delegates.
            var reordered = roster.Suggestions.FindSameLetters(folded);
            return reordered is null ? null : $"'{reordered.Abbreviation}' ({reordered.Name})";
        }

        // A near-variant of a name: at most two edits, the nearest (the first on the roster on a tie).
        var near = roster.Suggestions.FindNearName(folded);
        return near is null ? null : $"'{near.Name}'";
    }

    private static Text.TextSpan PartSpan(TranscriptDocument document, SpeakerLabel label, string part)
    {
        int at = document.Text.Text.IndexOf(part, label.LabelSpan.Start, label.LabelSpan.Length, StringComparison.Ordinal);
        return at < 0 ? label.NameSpan : new Text.TextSpan(at, part.Length);
    }
}
