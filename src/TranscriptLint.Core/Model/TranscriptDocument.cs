using System.Collections.Generic;
using TranscriptLint.Text;

namespace TranscriptLint.Model;

/// <summary>What a dialect reader makes of one file: the only thing rules see.</summary>
public sealed class TranscriptDocument
{
    public TranscriptDocument(string path, SourceText text, Dialect dialect, IReadOnlyList<TranscriptElement> elements, IReadOnlyList<TimeRange> timeRanges, IReadOnlyList<InlineTimestamp> timestamps, IReadOnlyList<SuppressionDirective> suppressions)
    {
        Path = path;
        Text = text;
        Dialect = dialect;
        Elements = elements;
        ElementList = elements as List<TranscriptElement> ?? new List<TranscriptElement>(elements);
        TimeRanges = timeRanges;
        Timestamps = timestamps;
        Suppressions = suppressions;
        // Indexed over the list, not enumerated through the interface: two interface calls per element otherwise.
        var list = ElementList;
        int count = 0;
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i].Label is not null) count++;
        }

        var labels = new List<SpeakerLabel>(count);
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i].Label is { } label) labels.Add(label);
        }

        Labels = labels;
        LabelList = labels;
    }

    // The same lists, typed as what they are: a loop over them in Core takes no interface call per item (the public
    // IReadOnlyList properties are for everyone else).
    internal List<SpeakerLabel> LabelList { get; }

    internal List<TranscriptElement> ElementList { get; }

    public string Path { get; }

    public SourceText Text { get; }

    private SpellingIndex? spellings;

    /// <summary>
    /// The distinct label names, and each label's index among them (by position in <see cref="Labels"/>): the engine
    /// and the rules count by spelling with arrays, after one lookup a label made here once.
    /// </summary>
    internal SpellingIndex Spellings => spellings ??= new SpellingIndex(LabelList);

    public Dialect Dialect { get; }

    /// <summary>Line-level elements in document order (blank lines are left out).</summary>
    public IReadOnlyList<TranscriptElement> Elements { get; }

    /// <summary>Every speaker label, in document order.</summary>
    public IReadOnlyList<SpeakerLabel> Labels { get; }

    /// <summary>Time ranges in the header and caption cue timings.</summary>
    public IReadOnlyList<TimeRange> TimeRanges { get; }

    /// <summary>The <c>speakers:</c> list of a Markdown file's front matter (a per-file roster when config asks for it).</summary>
    public IReadOnlyList<string> FrontMatterSpeakers { get; init; } = System.Array.Empty<string>();

    /// <summary>The front matter says the file is a transcript (<c>transcript_by:</c>), even of one unlabelled talk.</summary>
    public bool DeclaresTranscript { get; init; }

    /// <summary>Abbreviations the file introduces in its attendee lists (<c>Bradley Farias (BFS)</c>), to their names.</summary>
    public IReadOnlyDictionary<string, string> Attendees { get; init; } = new Dictionary<string, string>();

    /// <summary>Turns whose label is broken (<c>**Jane Doe** Hello</c>), in document order.</summary>
    public IReadOnlyList<MalformedLabel> MalformedLabels { get; init; } = System.Array.Empty<MalformedLabel>();

    /// <summary>Every line the reader proposed as a speaker label, accepted or not, with the reason (empty for captions).</summary>
    public IReadOnlyList<LabelCandidate> LabelCandidates
    {
        get => labelCandidates ??= MergeCandidates();
        init => labelCandidates = value;
    }

    /// <summary>The candidates the reader listed: all of them, or the rejected ones in line order when <see cref="AcceptedLabelsAreCandidates"/>.</summary>
    internal IReadOnlyList<LabelCandidate> ProposedCandidates { get; init; } = System.Array.Empty<LabelCandidate>();

    /// <summary>
    /// Every label of the document is an accepted candidate too: <see cref="LabelCandidates"/> lists them with the
    /// rejected ones only when asked (a lint never asks; <c>explain</c> does), not one object per label in every file.
    /// </summary>
    internal bool AcceptedLabelsAreCandidates { get; init; }

    private IReadOnlyList<LabelCandidate>? labelCandidates;

    private IReadOnlyList<LabelCandidate> MergeCandidates()
    {
        var rejected = ProposedCandidates;
        if (!AcceptedLabelsAreCandidates) return rejected;
        var all = new List<LabelCandidate>(rejected.Count + Labels.Count);
        int next = 0;
        foreach (var label in Labels)
        {
            while (next < rejected.Count && rejected[next].Label.Line < label.Line) all.Add(rejected[next++]);
            all.Add(new LabelCandidate(label, accepted: true));
        }

        while (next < rejected.Count) all.Add(rejected[next++]);
        return all;
    }

    /// <summary>Bracketed timestamps in speech, in document order.</summary>
    public IReadOnlyList<InlineTimestamp> Timestamps { get; }

    public IReadOnlyList<SuppressionDirective> Suppressions { get; }

    /// <summary>
    /// Whether a file found by walking a folder should be linted: captions always; text and Markdown when
    /// they hold at least two speaker turns or an end marker (so a README gets no warnings).
    /// </summary>
    public bool LooksLikeTranscript
    {
        get
        {
            if (Dialect.IsCaptions()) return true;
            if (Labels.Count >= 2) return true;

            // Front matter that names the speakers says the file is a transcript, even of one unlabelled talk.
            if (FrontMatterSpeakers.Count > 0 || DeclaresTranscript) return true;
            foreach (var element in Elements)
            {
                if (element.Kind == ElementKind.EndMarker) return true;
            }

            return false;
        }
    }
}
