using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Rules;

public sealed class TL0012MojibakeTests
{
    private static string Body(string speech) => $"Title\n\nANN LEE: {speech}\n\nBOB RAY: Fine.\n\n[END OF TRANSCRIPTION]\n";

    [Theory]
    [InlineData("La rÃ©union commence.", "Ã©", "é")]
    [InlineData("We donâ€™t agree.", "â€™", "’")]
    [InlineData("Ã\u00a0bientôt", "Ã\u00a0", "à")]
    public void Utf8_read_as_windows_1252_is_reported_with_the_probable_character(string speech, string garbled, string meant)
    {
        var finding = Assert.Single(TestLint.Run(Body(speech)).Only("TL0012"));
        Assert.Equal(3, finding.Start.Line);
        Assert.Equal(10 + speech.IndexOf(garbled, System.StringComparison.Ordinal), finding.Start.Column);
        Assert.Equal(garbled.Length, finding.End.Column - finding.Start.Column);
        Assert.Contains($"probably '{meant}'", finding.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void A_sequence_is_found_wherever_it_falls_among_plain_characters(int padding)
    {
        // The scan skips plain characters four at a time: a sequence (or U+FFFD) must be found at any offset, the last
        // characters of the text included.
        foreach (string garbled in new[] { "Ã©", "\uFFFD" })
        {
            string speech = new string('a', padding) + garbled + new string('b', 7 - padding);
            var finding = Assert.Single(TestLint.Run(Body(speech)).Only("TL0012"));
            Assert.Equal(10 + padding, finding.Start.Column);
        }

        Assert.Single(TestLint.Run(new string('x', padding) + "rÃ©").Only("TL0012"));
    }

    [Fact]
    public void Replacement_character_is_reported()
    {
        Assert.Single(TestLint.Run(Body("The caf\uFFFD was closed.")).Only("TL0012"));
    }

    [Fact]
    public void Invisible_characters_are_named_in_the_message()
    {
        var finding = Assert.Single(TestLint.Run(Body("Ã\u00a0bientôt")).Only("TL0012"));
        Assert.Contains("'Ã<U+00A0>'", finding.Message);
    }

    [Fact]
    public void One_finding_per_line()
    {
        Assert.Single(TestLint.Run(Body("rÃ©union, Ã©tÃ©, donâ€™t")).Only("TL0012"));
    }

    [Theory]
    [InlineData("Réunion à São Paulo, « déjà » – don’t.")]
    [InlineData("SÃO PAULO ÀS DEZ")]
    [InlineData("Ärger über Öl, Ça va, Æsir.")]
    [InlineData("„Das ist groß“, sagte er.")]
    [InlineData("“CAFÉ” and «ÉTÉ» and ÉLAN…")]
    public void Legitimate_accented_text_is_silent(string speech)
    {
        Assert.Empty(TestLint.Run(Body(speech)).Only("TL0012"));
    }
}
