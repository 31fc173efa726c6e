using System;
using System.Collections.Generic;
using TranscriptLint.Diagnostics;
using TranscriptLint.Rules;

namespace TranscriptLint.Engine;

/// <summary>
/// Drops, as each file of a run is linted, the label positions that TL0013 cannot need at the end: those of a
/// spelling seen in more files than a rare one has, or pinned, or too short to compare (also in the files that were
/// kept whole before the spelling got there), and all of a file where TL0013 is off. Every label of every file would otherwise be held until the run ends (on a 25,000-file
/// corpus, about 6 million positions: most of the run's memory). The spelling, whether it is pinned and how often
/// it is used stay, so the census counts what it counted before, and the trimmed spellings of the run share one
/// string each. Files are counted by <see cref="SpeakerCensus.RootOf"/>, never more than the census counts them, so
/// a spelling is only trimmed when the census too will find it in too many files.
/// </summary>
internal sealed class SpeakerUseTrimmer : IOutcomeTrimmer
{
    private readonly object gate = new();
    private readonly Dictionary<string, Tally> tallies = new(StringComparer.Ordinal);

    public FileOutcome Trim(FileOutcome outcome)
    {
        if (outcome.Result is not { } result || result.Speakers.Count == 0) return outcome;

        // The passes read the speakers of linted files only.
        if (!outcome.IsLinted) return outcome.WithResult(result.WithSpeakers(Array.Empty<FileSpeaker>()));

        string root = SpeakerCensus.RootOf(result.Path);
        int count = result.Speakers.Count;
        var spellings = new string[count];
        var counts = new int[count];
        FileSpeaker?[]? held = null;
        lock (gate)
        {
            for (int i = 0; i < count; i++)
            {
                var speaker = result.Speakers[i];
                if (!tallies.TryGetValue(speaker.Spelling, out var tally))
                {
                    tally = new Tally(speaker.Spelling);
                    tallies.Add(speaker.Spelling, tally);
                }

                spellings[i] = tally.Spelling;
                counts[i] = TrimmedSpeakers.Pack(speaker.UseCount, speaker.IsPinned);
                bool mayBeRare = tally.Add(root, speaker.IsPinned);
                if (mayBeRare && result.CrossFileSeverity != Severity.Off) (held ??= new FileSpeaker?[count])[i] = tally.Hold(speaker);
            }
        }

        // Most files hold no label TL0013 may report: two arrays for them. The others keep objects, the held ones whole.
        if (held is null) return outcome.WithResult(result.WithSpeakers(new TrimmedSpeakers(spellings, counts)));
        var kept = new FileSpeaker[count];
        for (int i = 0; i < count; i++) kept[i] = held[i] ?? result.Speakers[i].WithoutUses(spellings[i]);
        return outcome.WithResult(result.WithSpeakers(kept));
    }

    /// <summary>What the run has seen of one spelling.</summary>
    private sealed class Tally
    {
        // The files seen using it (by root) and the speakers kept with their uses, while it may be the rare spelling;
        // both null once it cannot.
        private HashSet<string>? roots = new(StringComparer.Ordinal);
        private List<FileSpeaker>? holders = new(1);

        public Tally(string spelling)
        {
            Spelling = spelling;
        }

        /// <summary>The one copy of the spelling that the trimmed speakers of the run share.</summary>
        public string Spelling { get; }

        /// <summary>
        /// Counts a file using the spelling; false when it can no longer be the rare one (too many files, or pinned),
        /// and then the files kept whole so far drop their uses too.
        /// </summary>
        public bool Add(string root, bool pinned)
        {
            if (roots is null) return false;
            roots.Add(root);
            if (TL0013SpeakerSpellingAcrossFiles.CanBeRare(Spelling, roots.Count, pinned)) return true;
            foreach (var holder in holders!) holder.DropUses();
            roots = null;
            holders = null;
            return false;
        }

        /// <summary>A run copy of the speaker with its uses, dropped later if the spelling turns out common.</summary>
        public FileSpeaker Hold(FileSpeaker speaker)
        {
            var copy = speaker.RunCopy(Spelling);
            holders!.Add(copy);
            return copy;
        }
    }
}
