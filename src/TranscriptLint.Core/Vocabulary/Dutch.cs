namespace TranscriptLint.Vocabulary;

internal static class Dutch
{
    public static readonly Language Words = new("nl")
    {
        NameParticles = new[] { "van", "den", "ten", "ter" },
    };
}
