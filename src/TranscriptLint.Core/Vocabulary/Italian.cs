namespace TranscriptLint.Vocabulary;

internal static class Italian
{
    public static readonly Language Words = new("it")
    {
        EndMarkers = new[] { "[FINE DELLA TRASCRIZIONE]" },
        Weekdays = new[] { "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica" },
        Months = new[] { new[] { "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre" } },
        NameParticles = new[] { "della", "di" },
    };
}
