namespace TranscriptLint.Vocabulary;

internal static class Portuguese
{
    public static readonly Language Words = new("pt")
    {
        EndMarkers = new[] { "[FIM DA TRANSCRIÇÃO]", "[FIM DA TRANSCRICAO]" },
        // Weekdays written in full and in the short form of everyday writing.
        Weekdays = new[] { "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo" },
        WeekdayVariants = new[] { ("segunda", System.DayOfWeek.Monday), ("terça", System.DayOfWeek.Tuesday), ("quarta", System.DayOfWeek.Wednesday), ("quinta", System.DayOfWeek.Thursday), ("sexta", System.DayOfWeek.Friday) },
        Months = new[] { new[] { "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro" } },
        NameParticles = new[] { "da", "das", "do", "dos", "e" },
    };
}
