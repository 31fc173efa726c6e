namespace TranscriptLint.Model;

/// <summary>A line the reader proposed as a speaker label, with the per-file decision and why (for <c>transcriptlint explain</c>).</summary>
public sealed class LabelCandidate
{
    private readonly string? reason;

    /// <summary>A candidate; an accepted one with no <paramref name="reason"/> gives the label's own evidence.</summary>
    public LabelCandidate(SpeakerLabel label, bool accepted, string? reason = null)
    {
        Label = label;
        Accepted = accepted;
        this.reason = reason;
    }

    public SpeakerLabel Label { get; }

    public bool Accepted { get; }

    public string Reason => reason ?? Label.Evidence;
}
