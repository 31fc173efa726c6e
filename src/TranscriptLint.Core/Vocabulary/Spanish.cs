namespace TranscriptLint.Vocabulary;

internal static class Spanish
{
    public static readonly Language Words = new("es")
    {
        EndMarkers = new[] { "[FIN DE LA TRANSCRIPCIÓN]", "[FIN DE LA TRANSCRIPCION]", "[FIN DE TRANSCRIPCIÓN]" },
        Weekdays = new[] { "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo" },
        Months = new[] { new[] { "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre" } },
        MonthVariants = new[] { ("setiembre", 9) },
        NoteKeys = new[] { "nota", "fecha", "orden del día", "asistentes" },
        Collectives = new[] { "Todos" },
        NameParticles = new[] { "del", "y", "el" },
    };
}
