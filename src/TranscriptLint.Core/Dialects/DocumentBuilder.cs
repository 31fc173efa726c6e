using System;
using System.Collections.Generic;
using TranscriptLint.Model;
using TranscriptLint.Text;

namespace TranscriptLint.Dialects;

/// <summary>Collects a reader's output and handles what all dialects share: suppression comments and their targets.</summary>
internal sealed class DocumentBuilder
{
    private const string DirectivePrefix = "transcriptlint-";
    private readonly List<TranscriptElement> elements;
    private readonly List<TimeRange> timeRanges = new();
    private readonly List<InlineTimestamp> timestamps = new();
    private readonly List<SuppressionDirective> suppressions = new();
    private readonly List<SuppressionDirective> waitingForTarget = new();

    public DocumentBuilder(string path, SourceText source, Dialect dialect)
    {
        Path = path;
        Source = source;
        Text = source.Text;
        Dialect = dialect;

        // About one element per non-blank line: sized once instead of grown through a dozen copies.
        elements = new List<TranscriptElement>(source.LineCount / 2 + 4);
    }

    public string Path { get; }

    public SourceText Source { get; }

    public string Text { get; }

    public Dialect Dialect { get; }

    public List<TimeRange> TimeRanges => timeRanges;

    /// <summary>The elements so far; <see cref="LabelDecision"/> turns rejected label candidates into text in place.</summary>
    public List<TranscriptElement> Elements => elements;

    /// <summary>Indexes of elements that open with bold but were not read as labels: candidates for a broken label.</summary>
    public List<int> BoldLeads { get; } = new();

    /// <summary>Broken labels of speakers of this file, filled by <see cref="LabelDecision"/>.</summary>
    public List<MalformedLabel> MalformedLabels { get; } = new();

    /// <summary>
    /// Label candidates with their decision, filled by <see cref="LabelDecision"/>: the rejected ones, and the accepted
    /// ones too unless <see cref="AcceptedLabelsAreCandidates"/>.
    /// </summary>
    public List<LabelCandidate> Candidates { get; } = new();

    /// <summary>Every label of the document was a candidate and was accepted: the document lists them with <see cref="Candidates"/>.</summary>
    public bool AcceptedLabelsAreCandidates { get; set; }

    public List<InlineTimestamp> Timestamps => timestamps;

    public List<string> FrontMatterSpeakers { get; } = new();

    /// <summary>The front matter names a transcript (<c>transcript_by:</c>, <c>transcriber:</c>): the file says what it is.</summary>
    public bool DeclaresTranscript { get; set; }

    public TranscriptElement Add(ElementKind kind, int line, TextSpan span, SpeakerLabel? label = null, int headingLevel = 0, bool layout = false)
    {
        var element = new TranscriptElement(kind, line, span)
        {
            Label = label,
            HeadingLevel = headingLevel,
            IsLayout = layout || kind is ElementKind.Comment or ElementKind.PageBreak or ElementKind.CueTiming,
        };
        elements.Add(element);
        if (waitingForTarget.Count > 0 && kind != ElementKind.Comment)
        {
            foreach (var directive in waitingForTarget)
            {
                directive.TargetStartLine = line;
                directive.TargetEndLine = line;
            }

            waitingForTarget.Clear();
        }

        return element;
    }

    /// <summary>Widens pending disable-next-line directives to a whole block (a caption cue) that starts at <paramref name="startLine"/>.</summary>
    public void ExtendLastTargets(int startLine, int endLine)
    {
        foreach (var directive in suppressions)
        {
            if (directive.Kind == SuppressionKind.DisableNextLine && directive.TargetStartLine == startLine)
            {
                directive.TargetEndLine = Math.Max(directive.TargetEndLine, endLine);
            }
        }
    }

    /// <summary>Reads <c>transcriptlint-disable[-next-line] [RULE…]</c> and <c>transcriptlint-enable [RULE…]</c> in a comment's text.</summary>
    public void AddDirectives(TextSpan commentText, int line)
    {
        int at = Scan.IndexOf(Text, commentText, DirectivePrefix);
        if (at < 0) return;
        int i = at + DirectivePrefix.Length;
        int end = commentText.End;
        SuppressionKind kind;
        if (Scan.StartsWith(Text, i, end, "disable-next-line"))
        {
            kind = SuppressionKind.DisableNextLine;
            i += "disable-next-line".Length;
        }
        else if (Scan.StartsWith(Text, i, end, "disable"))
        {
            kind = SuppressionKind.Disable;
            i += "disable".Length;
        }
        else if (Scan.StartsWith(Text, i, end, "enable"))
        {
            kind = SuppressionKind.Enable;
            i += "enable".Length;
        }
        else
        {
            return;
        }

        if (i < end && !Scan.IsSpace(Text[i]) && Text[i] != '-') return;
        var rules = new List<string>();
        while (i < end)
        {
            while (i < end && (Scan.IsSpace(Text[i]) || Text[i] == ',')) i++;
            int start = i;
            while (i < end && !Scan.IsSpace(Text[i]) && Text[i] != ',') i++;
            if (i > start)
            {
                var word = Text.Substring(start, i - start);
                if (word == "-->" || word.StartsWith("--", StringComparison.Ordinal)) break; // the comment's end, or a "-- reason"
                rules.Add(word);
            }
        }

        var directive = new SuppressionDirective(kind, line, rules);
        suppressions.Add(directive);
        if (kind == SuppressionKind.DisableNextLine) waitingForTarget.Add(directive);
    }

    public TranscriptDocument Build() => new(Path, Source, Dialect, elements, timeRanges, timestamps, suppressions) { FrontMatterSpeakers = FrontMatterSpeakers, ProposedCandidates = Candidates, AcceptedLabelsAreCandidates = AcceptedLabelsAreCandidates, DeclaresTranscript = DeclaresTranscript, Attendees = AttendeeList.Read(Text, elements), MalformedLabels = MalformedLabels };
}
