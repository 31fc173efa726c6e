namespace TranscriptLint.Model;

/// <summary>A line the reader proposed as a speaker label, with the per-file decision and why (for <c>transcriptlint explain</c>).</summary>
public sealed class LabelCandidate
{
    public LabelCandidate(SpeakerLabel label, bool accepted, string reason)
    {
        Label = label;
        Accepted = accepted;
        Reason = reason;
    }

    public SpeakerLabel Label { get; }

    public bool Accepted { get; }

    public string Reason { get; }
}
