namespace TranscriptLint.Dialects;

/// <summary>What a reader needs from configuration to classify lines.</summary>
public sealed class ReaderOptions
{
    public static readonly ReaderOptions Default = new(EndMarkers.Default);

    public ReaderOptions(EndMarkers endMarkers)
    {
        EndMarkers = endMarkers;
    }

    public EndMarkers EndMarkers { get; }
}
