using TranscriptLint.Configuration;

namespace TranscriptLint.Dialects;

/// <summary>What a reader needs from configuration to classify lines.</summary>
public sealed class ReaderOptions
{
    public static readonly ReaderOptions Default = new(EndMarkers.Default, SpeakerSettings.Empty);

    public ReaderOptions(EndMarkers endMarkers, SpeakerSettings speakers)
    {
        EndMarkers = endMarkers;
        Speakers = speakers;
    }

    public EndMarkers EndMarkers { get; }

    /// <summary>Marker labels (<c>Break:</c>) count as labels whatever their case.</summary>
    public SpeakerSettings Speakers { get; }
}
