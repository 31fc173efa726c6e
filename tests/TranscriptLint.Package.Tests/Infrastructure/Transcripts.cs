using System.IO;

namespace TranscriptLint.Package.Tests.Infrastructure;

/// <summary>
/// Small transcripts in the shape of the ICANN working-session sample (a header, "NAME:" speaker labels, an end
/// marker), each with known defects at known places. Line numbers in the comments are 1-based.
/// </summary>
public static class Transcripts
{
    /// <summary>
    /// TL0001 at (10,1): 'HEIDI ULRICH' once against 'HEIDI ULLRICH' twice. TL0002 at (12,1): no end marker after the
    /// last line.
    /// </summary>
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

    /// <summary>TL0003 at (5,1): 'MAUREEN HILYARD:' has no speech under it. Ends with an end marker.</summary>
    public const string OrphanedLabel =
        "Outreach call\n" +
        "\n" +
        "JOHN LAPRISE:       Welcome.\n" +
        "\n" +
        "MAUREEN HILYARD:\n" +
        "\n" +
        "JOHN LAPRISE:       Let us move on.\n" +
        "\n" +
        "[END OF TRANSCRIPTION]\n";

    /// <summary>No findings.</summary>
    public const string Clean =
        "Budget call\n" +
        "\n" +
        "JOHN LAPRISE:       Welcome.\n" +
        "\n" +
        "MAUREEN HILYARD:       Thank you.\n" +
        "\n" +
        "[END OF TRANSCRIPTION]\n";

    /// <summary>Not a transcript (no speakers, no end marker): skipped by the default items, as by the CLI's folder walk.</summary>
    public const string Readme = "# Docs\n\nThe transcripts of our calls.\n";

    /// <summary>Not a transcript either; linted only when named: TL0002 at (2,1).</summary>
    public const string Notes = "just some notes\nno speakers here\n";

    /// <summary>Turns "sub/a.txt" into the platform's separators, as MSBuild prints it.</summary>
    public static string P(string path) => path.Replace('/', Path.DirectorySeparatorChar);
}
