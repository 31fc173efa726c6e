using System.Linq;
using System.Reflection;
using TranscriptLint.Vocabulary;
using Xunit;

namespace TranscriptLint.Tests.Vocabulary;

/// <summary>The word lists live one file per language; each is well formed and every one is read.</summary>
public sealed class VocabularyTests
{
    [Fact]
    public void Every_language_file_is_joined_in_Languages_All()
    {
        var files = typeof(Language).Assembly.GetTypes()
            .Where(t => t.Namespace == "TranscriptLint.Vocabulary" && t.GetField("Words", BindingFlags.Public | BindingFlags.Static)?.FieldType == typeof(Language))
            .Select(t => (Language)t.GetField("Words")!.GetValue(null)!)
            .ToList();
        Assert.NotEmpty(files);
        Assert.All(files, language => Assert.Contains(language, Languages.All));
        Assert.Equal(Languages.All.Length, Languages.All.Select(l => l.Code).Distinct().Count());
    }

    [Fact]
    public void Weekdays_are_seven_and_month_sets_twelve()
    {
        Assert.All(Languages.All, language =>
        {
            Assert.True(language.Weekdays.Length is 0 or 7, language.Code);
            Assert.All(language.Months, months => Assert.Equal(12, months.Length));
        });
    }

    [Fact]
    public void End_markers_are_bracketed_and_english_comes_first()
    {
        var markers = Languages.List(l => l.EndMarkers);
        Assert.Equal("[END OF TRANSCRIPTION]", markers[0]);
        Assert.All(markers, m => Assert.True(m.StartsWith('[') && m.EndsWith(']'), m));
    }
}
