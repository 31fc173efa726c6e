namespace TranscriptLint.Vocabulary;

internal static class German
{
    public static readonly Language Words = new("de")
    {
        EndMarkers = new[] { "[ENDE DER TRANSKRIPTION]", "[ENDE DES TRANSKRIPTS]", "[ENDE DER ABSCHRIFT]" },
        Weekdays = new[] { "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag" },
        WeekdayVariants = new[] { ("sonnabend", System.DayOfWeek.Saturday) },
        Months = new[] { new[] { "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember" } },
        MonthVariants = new[] { ("jänner", 1) },
        Collectives = new[] { "Alle" },
        NameParticles = new[] { "von", "der", "zu" },
    };
}
