using System.Collections.Generic;
using TranscriptLint.Configuration;
using TranscriptLint.Engine;
using TranscriptLint.Tests.Support;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Rules;

public sealed class TL0001SpeakerSpellingTests
{
    private const string End = "\n[END OF TRANSCRIPTION]\n";

    private static string Turns(params string[] labels)
    {
        var builder = new System.Text.StringBuilder("Title of the meeting\n\n");
        foreach (var label in labels) builder.Append(label).Append(": We discussed the budget.\n\n");
        return builder + End;
    }

    [Fact]
    public void Dropped_letter_is_reported_on_the_rarer_spelling_naming_the_other()
    {
        var findings = TestLint.Run(Turns("HEIDI ULLRICH", "ALAN GREENBERG", "HEIDI ULLRICH", "HEIDI ULRICH")).Only("TL0001");
        var finding = Assert.Single(findings);
        Assert.Equal(9, finding.Start.Line);
        Assert.Equal(1, finding.Start.Column);
        Assert.Equal(13, finding.End.Column);
        Assert.Contains("'HEIDI ULRICH' (1 use)", finding.Message);
        Assert.Contains("'HEIDI ULLRICH' (2 uses)", finding.Message);
    }

    [Theory]
    [InlineData("HEIDI ULLRICH", "HEIDI ULLRICHH")]   // doubled
    [InlineData("HEIDI ULLRICH", "HEIDI ULLRIHC")]    // swapped
    [InlineData("JOSÉ GARCÍA", "JOSE GARCIA")]        // accents
    [InlineData("HEIDI ULLRICH", "Heidi Ullrich")]    // case
    [InlineData("TIJANI BEN JEMAA", "TIJANI BENJEMAA")] // inner spacing
    [InlineData("SEUN OJEDEJI", "SEUN OJEDI")]        // shortened surname
    public void Near_variant_of_a_frequent_spelling_is_reported(string frequent, string variant)
    {
        var findings = TestLint.Run(Turns(frequent, "ALAN GREENBERG", frequent, variant)).Only("TL0001");
        Assert.Equal(new[] { "9:1 TL0001" }, findings.Places());
    }

    [Fact]
    public void Tie_is_reported_on_the_later_spelling()
    {
        var findings = TestLint.Run(Turns("SEUN OJEDI", "ALAN GREENBERG", "SEUN OJEDEJI")).Only("TL0001");
        Assert.Equal(new[] { "7:1 TL0001" }, findings.Places());
    }

    [Theory]
    [InlineData("Speaker 1", "Speaker 2")]
    [InlineData("SPEAKER A", "SPEAKER B")]
    [InlineData("ALAN GREENBERG", "ALAN GREENSPAN")]
    [InlineData("JOHN SMITH", "JOHN SMITH JR")]
    public void Labels_that_differ_by_a_number_or_a_whole_word_are_silent(string a, string b)
    {
        Assert.Empty(TestLint.Run(Turns(a, b, a)).Only("TL0001"));
    }

    [Fact]
    public void Markdown_labels_that_differ_by_a_whole_word_are_silent()
    {
        var text = "# Show\n\n**Recording begins:** intro\n\n**Host Person:** Hello.\n\n**Recording ends:** outro\n";
        Assert.Empty(TestLint.Run(text, "show.md").Only("TL0001"));
    }

    [Fact]
    public void Two_established_speakers_with_close_names_are_silent()
    {
        var findings = TestLint.Run(Turns("JOHN SMITH", "JOAN SMITH", "JOHN SMITH", "JOAN SMITH", "JOHN SMITH", "JOAN SMITH")).Only("TL0001");
        Assert.Empty(findings);
    }

    [Fact]
    public void Established_speakers_spelled_with_the_same_letters_are_still_reported_once_as_a_habit()
    {
        var findings = TestLint.Run(Turns("JOSÉ GARCÍA", "JOSE GARCIA", "JOSÉ GARCÍA", "JOSE GARCIA", "JOSÉ GARCÍA", "JOSE GARCIA", "JOSÉ GARCÍA")).Only("TL0001");
        var finding = Assert.Single(findings);
        Assert.Equal(5, finding.Start.Line);
        Assert.Contains("'JOSE GARCIA' (3 uses)", finding.Message);
        Assert.Contains("written this way in 3 turns", finding.Message);
    }

    [Fact]
    public void A_rare_abbreviation_with_its_letters_reordered_is_a_slip_and_one_with_another_first_letter_is_not()
    {
        var builder = new System.Text.StringBuilder("# Minutes\n\n");
        for (int i = 0; i < 10; i++) builder.Append("JHD: Point ").Append(i).Append(".\n\nAB: Reply.\n\n");
        builder.Append("JDH: Slip.\n");
        var findings = TestLint.Run(builder.ToString(), "m.md").Only("TL0001");
        Assert.Contains(findings, f => f.Message.Contains("'JDH' (1 use) is 'JHD' (10 uses) with its letters in another order"));
        Assert.Empty(TestLint.Run(builder.ToString().Replace("JDH", "XHD"), "m.md").Only("TL0001")); // another first letter: another delegate
    }

    [Fact]
    public void A_lone_full_name_beside_many_first_name_turns_is_one_speaker_in_two_forms()
    {
        var builder = new System.Text.StringBuilder("# Lecture\n\nJohn Smith: Welcome.\n\n");
        for (int i = 0; i < 10; i++) builder.Append("John: Point ").Append(i).Append(".\n\nMaria: Question.\n\n");
        var findings = TestLint.Run(builder.ToString(), "l.md").Only("TL0001");
        Assert.Equal(new[] { "3:1 TL0001" }, findings.Places());
        Assert.Empty(TestLint.Run(builder.ToString().Replace("John Smith", "Jane Smith"), "l.md").Only("TL0001"));
    }

    [Fact]
    public void A_slip_as_close_to_several_abbreviations_in_use_names_them_all_and_renames_nothing()
    {
        var builder = new System.Text.StringBuilder("# Minutes\n\n");
        for (int i = 0; i < 12; i++) builder.Append("JRL: Point ").Append(i).Append(".\n\n");
        for (int i = 0; i < 4; i++) builder.Append("JHD: Reply ").Append(i).Append(".\n\n");
        builder.Append("JRD: Which one?\n");
        var finding = Assert.Single(TestLint.Run(builder.ToString(), "m.md").Only("TL0001"));
        Assert.Contains("'JRD' (1 use) is 'JRL' (12 uses) with one letter changed, but as close to 'JHD' (4 uses)", finding.Message);
        Assert.Null(finding.Fix);

        // With no other close abbreviation in steady use (another letter, or only two turns), the slip names the usual one
        // and the fix renames it.
        foreach (var text in new[] { builder.ToString().Replace("JHD", "ABC"), builder.ToString().Replace("JHD: Reply 0", "ABC: Reply 0").Replace("JHD: Reply 1", "ABC: Reply 1") })
        {
            var single = Assert.Single(TestLint.Run(text, "m.md").Only("TL0001"));
            Assert.Contains("Write 'JRL'", single.Message);
            Assert.NotNull(single.Fix);
        }
    }

    private static IReadOnlyList<TranscriptLint.Diagnostics.Diagnostic> LintWithRoster(string text, string roster)
    {
        var files = new Dictionary<string, string> { ["/repo/roster.txt"] = roster };
        var config = ConfigLoader.Parse("""{ "speakers": { "roster": "roster.txt" } }""", "/repo/transcriptlint.json", path => files[path.Replace('\\', '/')]);
        return TranscriptLinter.Lint("notes.md", SourceText.From(text), config.GetFileSettings("/repo/notes.md")).Diagnostics;
    }

    [Fact]
    public void One_person_under_the_rosters_abbreviation_and_another_the_file_introduces_is_reported_on_the_other()
    {
        const string roster = "Ben Allen (BAN)\nUma Sato (USA)\nJane Doe (JDE)\n";
        string text = "# Meeting\n\n| Name | Abbreviation | Organization |\n| --- | --- | --- |\n| Ben Allen | BEN | Org |\n| Uma Sato | USA | Org |\n\n"
                      + "## Item one\n\nBAN: The editorial updates.\n\nUSA: Thanks.\n\n## Item two\n\nBEN: One smaller change.\n\nUSA: Thanks again.\n";
        var finding = Assert.Single(LintWithRoster(text, roster).Only("TL0001"));
        Assert.Contains("'BEN' (1 use) and 'BAN' (1 use) are both Ben Allen in this file", finding.Message);
        Assert.Equal("BEN", text.Substring(finding.Span.Start, finding.Span.Length));
        Assert.NotNull(finding.Fix);

        // Two people with their own abbreviations, or a roster that lists both spellings: nothing to report.
        Assert.Empty(LintWithRoster(text.Replace("| Ben Allen | BEN |", "| Jane Doe | BEN |"), roster).Only("TL0001"));
        Assert.Empty(LintWithRoster(text, roster + "Ben Allen (BEN)\n").Only("TL0001"));
    }

    [Fact]
    public void Every_use_of_the_rarer_spelling_is_reported()
    {
        var findings = TestLint.Run(Turns("ALAN GREENBERG", "ALAN GREENBERG", "ALAN GREENBERG", "ALAN GRENBERG", "HEIDI ULLRICH", "ALAN GRENBERG")).Only("TL0001");
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void Accepted_alias_is_not_reported()
    {
        const string config = """{ "speakers": { "aliases": { "HEIDI ULLRICH": ["HEIDI ULRICH"] } } }""";
        Assert.Empty(TestLint.Run(Turns("HEIDI ULLRICH", "ALAN GREENBERG", "HEIDI ULLRICH", "HEIDI ULRICH"), configJson: config).Only("TL0001"));
    }

    [Fact]
    public void Pinned_spelling_wins_even_when_it_is_rarer_or_absent()
    {
        const string config = """{ "speakers": { "aliases": { "HEIDI ULLRICH": [] } } }""";
        var findings = TestLint.Run(Turns("HEIDI ULRICH", "ALAN GREENBERG", "HEIDI ULRICH"), configJson: config).Only("TL0001");
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Contains("'HEIDI ULLRICH', the spelling pinned in speakers.aliases", f.Message));
    }

    [Fact]
    public void Many_distinct_speakers_are_checked_without_pairwise_blowup()
    {
        var builder = new System.Text.StringBuilder("Title\n\n");
        for (int i = 0; i < 20000; i++) builder.Append("PERSON ").Append(Name(i)).Append(": Words.\n\n").Append("PERSON ").Append(Name(i)).Append(": More.\n\n");
        builder.Append("PERSON ").Append(Name(7)).Append("X: Words.\n");
        var findings = TestLint.Run(builder + End).Only("TL0001");
        Assert.Contains(findings, f => f.Start.Line == 80003 && f.Message.Contains("'PERSON HAAAAA'"));

        static string Name(int i)
        {
            var chars = new char[6];
            for (int k = 0; k < 6; k++)
            {
                chars[k] = (char)('A' + (i % 26));
                i /= 26;
            }

            return new string(chars);
        }
    }

    [Fact]
    public void Anonymous_role_labels_in_another_case_are_many_people_not_a_slip()
    {
        var text = "# Talk\n\nAnn Lee: Hello.\n\nAudience Member: Question.\n\nAnn Lee: Answer.\n\nAudience member: Another.\n\nAudience Member: More.\n";
        Assert.Empty(TestLint.Run(text, "t.md").Only("TL0001"));
        Assert.Single(TestLint.Run(text.Replace("Audience member:", "Audience member 1:").Replace("Audience Member: Question", "Audience Member 1: Question"), "t.md").Only("TL0001"));
    }

    [Fact]
    public void A_tie_goes_to_the_spelling_the_other_labels_share()
    {
        var text = "# Talk\n\nAnn Lee: Hello.\n\nAudience member 1: Q.\n\nAnn Lee: A.\n\nAudience Member 2: Q.\n\nAnn Lee: A.\n\nAudience Member 1: Q.\n\nAudience Member 3: Q.\n";
        var finding = Assert.Single(TestLint.Run(text, "t.md").Only("TL0001"));
        Assert.Equal(5, finding.Start.Line);
    }

    [Fact]
    public void A_label_written_twice_is_a_slip_of_the_label()
    {
        var text = "# Ep\n\n**Ann Lee:** Hello.\n\n**Bob Ray:** Hi.\n\n**Ann Lee: Ann Lee:** Again.\n\n**Bob Ray:** Sure.\n\n**Ann Lee:** Bye.\n";
        var finding = Assert.Single(TestLint.Run(text, "e.md").Only("TL0001"));
        Assert.Equal(7, finding.Start.Line);
        Assert.Contains("'Ann Lee'", finding.Message);
    }
}
