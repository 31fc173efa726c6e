namespace TranscriptLint.Vocabulary;

/// <summary>Arabic names written in Latin letters.</summary>
internal static class Arabic
{
    public static readonly Language Words = new("ar")
    {
        NameParticles = new[] { "al", "bin", "ibn" },
    };
}
