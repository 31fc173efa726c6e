namespace TranscriptLint.Vocabulary;

internal static class French
{
    public static readonly Language Words = new("fr")
    {
        EndMarkers = new[] { "[FIN DE LA TRANSCRIPTION]", "[FIN DE TRANSCRIPTION]" },
        Weekdays = new[] { "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche" },
        Months = new[] { new[] { "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre" } },
        NoteKeys = new[] { "remarque", "lieu", "sujet", "ordre du jour", "présents" },
        Collectives = new[] { "Tous" },
        NameParticles = new[] { "de", "du", "la", "le" },
    };
}
