namespace TranscriptLint.Analyzers.Tests.Support;

/// <summary>Small transcripts with known findings (1-based lines, as the CLI prints them).</summary>
public static class Samples
{
    /// <summary>TL0001 at (10,1): 'HEIDI ULRICH' once against 'HEIDI ULLRICH' twice. TL0002 at (12,1): no end marker.</summary>
    public const string SpellingAndNoEndMarker =
        "Working session – At-Large Advisory Committee\n" +
        "Saturday 10 March 2018 – 15:15 to 16:45 AST\n" +
        "\n" +
        "HEIDI ULLRICH:       Welcome everyone, let us start.\n" +
        "\n" +
        "ALAN GREENBERG:       Thank you, Heidi.\n" +
        "\n" +
        "HEIDI ULLRICH:       First item is the budget.\n" +
        "\n" +
        "HEIDI ULRICH:       And the second is outreach.\n" +
        "\n" +
        "ALAN GREENBERG:       Agreed.\n";

    /// <summary>No findings.</summary>
    public const string Clean =
        "Budget call\n" +
        "\n" +
        "JOHN LAPRISE:       Welcome.\n" +
        "\n" +
        "MAUREEN HILYARD:       Thank you.\n" +
        "\n" +
        "[END OF TRANSCRIPTION]\n";

    /// <summary>Not a transcript: skipped when it comes from the default globs.</summary>
    public const string Readme = "# Docs\n\nThe transcripts of our calls.\n";

    /// <summary>Not a transcript either; linted only when named: TL0002 at (2,1).</summary>
    public const string Notes = "just some notes\nno speakers here\n";
}
