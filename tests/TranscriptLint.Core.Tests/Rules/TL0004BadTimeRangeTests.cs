using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Rules;

public sealed class TL0004BadTimeRangeTests
{
    private static string Header(string dateLine) => $"\n---\n\nSAN JUAN – Working session : Part 4\n{dateLine}\nICANN61 – San Juan\n\nALAN GREENBERG: Hello.\n\nHEIDI ULLRICH: Hi.\n\n[END OF TRANSCRIPTION]\n";

    [Theory]
    [InlineData("Samedi 10 mars 2018 – 15h15 à 16h45 AST")]
    [InlineData("Saturday, 10 March 2018 – 15:15–16:45 AST")]
    [InlineData("Sábado 10 de marzo de 2018 – 15:15 a 16:45 AST")]
    [InlineData("Saturday, 10 March 2018 – 3:15 PM to 4:45 PM AST")]
    [InlineData("Saturday, 10 March 2018 – 11:00 AM to 1:00 PM AST")]
    [InlineData("Samedi 10 mars 2018 – 9h à 10h")]
    [InlineData("Saturday, 10 March 2018 – 3:15 to 4:45 PM")]
    [InlineData("Saturday, 10 March 2018 – 23:30 to 00:30 UTC")]
    [InlineData("Saturday, 10 March 2018 – 11:30 PM to 12:30 AM UTC")]
    [InlineData("Samedi 10 mars 2018, salle 2018-2019")]
    public void Valid_ranges_and_midnight_crossings_are_silent(string dateLine)
    {
        Assert.Empty(TestLint.Run(Header(dateLine)).Only("TL0004"));
    }

    [Theory]
    [InlineData("Samedi 10 mars 2018 – 16h45 à 15h15 AST", "ends before it starts")]
    [InlineData("Saturday, 10 March 2018 – 4:45 PM to 3:15 PM AST", "ends before it starts")]
    [InlineData("Saturday, 10 March 2018 – 15:15–15:15", "ends when it starts")]
    [InlineData("Saturday, 10 March 2018 – 10:00 to 08:00", "ends before it starts")]
    [InlineData("Saturday, 10 March 2018 – 06:00 to 20:00", "longer than the 12 h maximum")]
    public void Reversed_empty_or_overlong_ranges_are_reported(string dateLine, string expected)
    {
        var finding = Assert.Single(TestLint.Run(Header(dateLine)).Only("TL0004"));
        Assert.Equal(5, finding.Start.Line);
        Assert.Contains(expected, finding.Message);
    }

    [Theory]
    [InlineData("Samedi 10 mars 2018 – 15h15 à 16h75 AST", "16h75", "minute 75")]
    [InlineData("Saturday, 10 March 2018 – 09:00 to 25:00", "25:00", "hour 25")]
    [InlineData("Saturday, 10 March 2018 – 3:15 PM to 4:75 PM", "4:75 PM", "minute 75")]
    [InlineData("Saturday, 10 March 2018 – 13:15 PM to 4:00 PM", "13:15 PM", "12-hour clock")]
    public void Invalid_times_are_reported_on_the_time_itself(string dateLine, string token, string expected)
    {
        var text = Header(dateLine);
        var finding = Assert.Single(TestLint.Run(text).Only("TL0004"));
        Assert.Contains(expected, finding.Message);
        int column = dateLine.IndexOf(token, System.StringComparison.Ordinal) + 1;
        Assert.Equal(column, finding.Start.Column);
        Assert.Equal(column + token.Length, finding.End.Column);
    }

    [Fact]
    public void Max_hours_is_configurable()
    {
        var text = Header("Saturday, 10 March 2018 – 09:00 to 18:00");
        Assert.Empty(TestLint.Run(text).Only("TL0004"));
        Assert.Single(TestLint.Run(text, configJson: """{ "rules": { "TL0004": { "maxHours": 8 } } }""").Only("TL0004"));
    }

    [Fact]
    public void Times_in_speech_are_not_header_ranges()
    {
        var text = Header("Saturday, 10 March 2018") .Replace("ALAN GREENBERG: Hello.", "ALAN GREENBERG: We meet from 17h to 9h tomorrow.");
        Assert.Empty(TestLint.Run(text).Only("TL0004"));
    }

    [Theory]
    [InlineData("00:00:04.000 --> 00:00:01.000", "ends before it starts")]
    [InlineData("00:00:04.000 --> 00:00:04.000", "ends when it starts")]
    [InlineData("00:00:01.000 --> 00:61:00.000", "minute 61")]
    [InlineData("00:00:01 --> 00:00:04.000", "malformed")]
    public void Bad_webvtt_cue_timings_are_reported(string timing, string expected)
    {
        var vtt = $"WEBVTT\n\n1\n{timing}\n<v Ann Lee>Hello.\n";
        var finding = Assert.Single(TestLint.Run(vtt, "talk.vtt").Only("TL0004"));
        Assert.Equal(4, finding.Start.Line);
        Assert.Contains(expected, finding.Message);
    }

    [Fact]
    public void Subrip_cue_timings_with_commas_are_read()
    {
        var good = "1\n00:00:01,000 --> 00:00:04,000\nANN LEE: Hello.\n\n2\n00:00:05,000 --> 00:00:07,500\nBOB RAY: Hi.\n";
        Assert.Empty(TestLint.Run(good, "a.srt").Only("TL0004"));
        var bad = good.Replace("00:00:05,000 --> 00:00:07,500", "00:00:07,500 --> 00:00:05,000");
        Assert.Equal(new[] { "6:1 TL0004" }, TestLint.Run(bad, "a.srt").Only("TL0004").Places());
    }

    [Fact]
    public void Cue_offsets_past_24_hours_are_valid_media_time()
    {
        var vtt = "WEBVTT\n\n25:00:00.000 --> 25:00:02.000\n<v Ann Lee>Hello.\n";
        Assert.Empty(TestLint.Run(vtt, "long.vtt").Only("TL0004"));
    }
}
