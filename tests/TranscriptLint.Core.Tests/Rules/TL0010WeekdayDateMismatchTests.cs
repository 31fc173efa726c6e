using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Rules;

public sealed class TL0010WeekdayDateMismatchTests
{
    private static string Header(string date) => $"\nTitle of the session\n{date}\nVenue\n\nANN LEE: Hi.\n\nBOB RAY: Hello.\n\n[END OF TRANSCRIPTION]\n";

    [Theory]
    [InlineData("Samedi 10 mars 2018 – 15h15 à 16h45")]
    [InlineData("Saturday, 10 March 2018 – 3:15 PM to 4:45 PM")]
    [InlineData("Saturday, March 10, 2018")]
    [InlineData("Sábado 10 de marzo de 2018")]
    [InlineData("Samstag, 10. März 2018")]
    [InlineData("Sábado, 10 de março de 2018")]
    public void Correct_weekdays_are_silent(string date)
    {
        Assert.Empty(TestLint.Run(Header(date)).Only("TL0010"));
    }

    [Theory]
    [InlineData("Vendredi 10 mars 2018 – 15h15 à 16h45", "Vendredi 10 mars 2018")]
    [InlineData("Friday, 10 March 2018", "Friday, 10 March 2018")]
    [InlineData("Friday, March 10, 2018", "Friday, March 10, 2018")]
    [InlineData("Viernes 10 de marzo de 2018", "Viernes 10 de marzo de 2018")]
    [InlineData("Freitag, 10. März 2018", "Freitag, 10. März 2018")]
    [InlineData("Sexta-feira, 10 de março de 2018", "Sexta-feira, 10 de março de 2018")]
    public void Wrong_weekdays_are_reported_over_the_whole_date(string date, string flagged)
    {
        var finding = Assert.Single(TestLint.Run(Header(date)).Only("TL0010"));
        Assert.Equal(3, finding.Start.Line);
        Assert.Equal(1, finding.Start.Column);
        Assert.Equal(flagged.Length + 1, finding.End.Column);
        Assert.Contains("10 March 2018 was a Saturday", finding.Message);
    }

    [Fact]
    public void Markdown_header_text_is_checked_but_code_blocks_are_not()
    {
        var text = "# Episode 12\n\nRecorded Friday, 10 March 2018 in Lyon.\n\n```\nFriday, 10 March 2018\n```\n\n**Ann Lee:** Hi.\n\n**Bob Ray:** Hello.\n";
        Assert.Equal(new[] { "3:10 TL0010" }, TestLint.Run(text, "ep.md").Only("TL0010").Places());
    }

    [Fact]
    public void Impossible_dates_are_not_guessed_at()
    {
        Assert.Empty(TestLint.Run(Header("Friday, 31 February 2018")).Only("TL0010"));
    }
}
