using System.Collections.Generic;
using System.Linq;
using TranscriptLint.Configuration;
using TranscriptLint.Engine;
using TranscriptLint.Tests.Support;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Fixes;

/// <summary>The fixes the rules put on their findings: what each rewrites, when it offers none, and that fixing silences the rule.</summary>
public sealed class RuleFixTests
{
    private const string End = "\n[END OF TRANSCRIPTION]\n";

    private static string Turns(params string[] labels)
    {
        var builder = new System.Text.StringBuilder("Title of the meeting\n\n");
        foreach (var label in labels) builder.Append(label).Append(": We discussed the budget.\n\n");
        return builder + End;
    }

    /// <summary>The text with the fixes of <paramref name="rule"/>'s findings applied, after checking the rule is silent on it.</summary>
    private static string Fixed(string text, string rule, string fileName = "meeting.txt", string? config = null)
    {
        var findings = TestLint.Run(text, fileName, config).Only(rule);
        Assert.NotEmpty(findings);
        string fixedText = FixApplier.Apply(text, findings).Text;
        Assert.Empty(TestLint.Run(fixedText, fileName, config).Only(rule));
        return fixedText;
    }

    [Fact]
    public void TL0001_renames_the_rare_spelling_to_the_dominant_one()
    {
        var text = Turns("HEIDI ULLRICH", "ALAN GREENBERG", "HEIDI ULLRICH", "HEIDI ULRICH");
        Assert.Equal(text.Replace("HEIDI ULRICH:", "HEIDI ULLRICH:"), Fixed(text, "TL0001"));
        var finding = Assert.Single(TestLint.Run(text).Only("TL0001"));
        Assert.Equal("rename 'HEIDI ULRICH' to 'HEIDI ULLRICH'", finding.Fix!.Description);
    }

    [Fact]
    public void TL0001_offers_no_fix_on_a_tie()
    {
        var finding = Assert.Single(TestLint.Run(Turns("SEUN OJEDI", "ALAN GREENBERG", "SEUN OJEDEJI")).Only("TL0001"));
        Assert.Null(finding.Fix);
    }

    [Fact]
    public void TL0001_renames_to_the_spelling_pinned_in_aliases_even_when_it_is_rarer()
    {
        const string config = """{ "speakers": { "aliases": { "HEIDI ULLRICH": [] } } }""";
        var text = Turns("HEIDI ULRICH", "ALAN GREENBERG", "HEIDI ULRICH", "HEIDI ULLRICH");
        Assert.Equal(text.Replace("HEIDI ULRICH:", "HEIDI ULLRICH:"), Fixed(text, "TL0001", config: config));
    }

    [Fact]
    public void TL0001_renames_a_case_habit_reported_once_at_every_label()
    {
        var labels = Enumerable.Repeat("HEIDI ULLRICH", 6).Concat(new[] { "ALAN GREENBERG", "Heidi Ullrich", "Heidi Ullrich", "Heidi Ullrich" }).ToArray();
        var text = Turns(labels);
        var finding = Assert.Single(TestLint.Run(text).Only("TL0001"));
        Assert.Equal(3, finding.Fix!.Edits.Count);
        Assert.DoesNotContain("Heidi Ullrich", Fixed(text, "TL0001"));
    }

    [Fact]
    public void TL0001_renames_an_abbreviation_slip_to_the_usual_abbreviation()
    {
        var builder = new System.Text.StringBuilder("# Minutes\n\n");
        for (int i = 0; i < 10; i++) builder.Append("JHD: Point ").Append(i).Append(".\n\nAB: Reply.\n\n");
        string text = builder + "JDH: Slip.\n";
        Assert.Equal(text.Replace("JDH: Slip.", "JHD: Slip."), Fixed(text, "TL0001", "m.md"));
    }

    [Fact]
    public void TL0006_rewrites_every_label_of_the_off_style_spelling()
    {
        var text = "Title\n\nANN LEE: One.\n\nBOB RAY: Two.\n\nANN LEE: Three.\n\nBOB RAY: Four.\n\nCAT DOE : Five.\n\nANN LEE: Six.\n\nCAT DOE  : Seven.\n\nBOB RAY: Eight.\n\nCAT DOE : Nine.\n" + End;
        var finding = Assert.Single(TestLint.Run(text).Only("TL0006")); // 'NAME  :' folds into 'NAME :': one spelling
        Assert.Equal(3, finding.Fix!.Edits.Count);
        Assert.Equal(text.Replace("CAT DOE  :", "CAT DOE:").Replace("CAT DOE :", "CAT DOE:"), Fixed(text, "TL0006"));
    }

    [Fact]
    public void TL0006_moves_a_bold_colon_inside_and_keeps_the_name()
    {
        var text = "# Show\n\n**Ann Lee:** One.\n\n**Bob Ray:** Two.\n\n**Ann Lee**: Three.\n";
        Assert.Equal("# Show\n\n**Ann Lee:** One.\n\n**Bob Ray:** Two.\n\n**Ann Lee:** Three.\n", Fixed(text, "TL0006", "a.md"));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void TL0002_appends_the_end_marker_on_a_line_of_its_own_with_the_file_line_ending(string newline)
    {
        var text = "Title\n\nANN LEE: One.\n\nBOB RAY: Two.\n".Replace("\n", newline);
        Assert.Equal(text + newline + "[END OF TRANSCRIPTION]" + newline, Fixed(text, "TL0002"));
    }

    [Fact]
    public void TL0002_appends_the_first_configured_marker_after_a_blank_line_and_keeps_a_missing_final_line_break_missing()
    {
        const string config = """{ "endMarkers": ["[FIN DE LA TRANSCRIPTION]", "[END]"] }""";
        var text = "Titre\n\nANN LEE: Un.\n\nBOB RAY: Deux.";
        Assert.Equal(text + "\n\n[FIN DE LA TRANSCRIPTION]", Fixed(text, "TL0002", config: config));
    }

    [Fact]
    public void TL0002_appends_right_after_the_last_line_in_a_file_without_blank_lines()
    {
        var text = "ANN LEE: One.\nBOB RAY: Two.\nANN LEE: Three.\n";
        Assert.Equal(text + "[END OF TRANSCRIPTION]\n", Fixed(text, "TL0002"));
    }

    [Fact]
    public void TL0012_repairs_every_exact_mojibake_sequence_of_the_line()
    {
        var text = Turns("ANN LEE", "BOB RAY").Replace("We discussed the budget.", "The cafÃ© said â€œyesâ€\u009d.");
        Assert.Contains("The café said “yes”.", Fixed(text, "TL0012"));
    }

    [Fact]
    public void TL0012_offers_no_fix_for_a_replacement_character()
    {
        var findings = TestLint.Run(Turns("ANN LEE", "BOB RAY").Replace("budget", "bud\uFFFDget")).Only("TL0012");
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Null(f.Fix));
    }

    private static string PageBody(string before, string pageBreak, string after)
        => $"Title\n\nANN LEE: Hello.\n\n{before}\n\n{pageBreak}\n\n{after}\n\nBOB RAY: Bye.\n\n[END OF TRANSCRIPTION]\n";

    [Fact]
    public void TL0011_joins_the_two_parts_with_a_space_and_drops_the_break()
    {
        var text = PageBody("We could ask the board to", "---", "approve it next week.");
        Assert.Equal(PageBody("We could ask the board to approve it next week.", "", "").Replace("\n\n\n\n\n\n", "\n\n"), Fixed(text, "TL0011"));
    }

    [Fact]
    public void TL0011_joins_wrapped_speech_with_a_line_break()
    {
        var text = "Title\r\n\r\nANN LEE: We could ask\r\nthe board to\r\n\r\n---\r\n\r\napprove it next\r\nweek.\r\n\r\nBOB RAY: Bye.\r\n\r\n[END OF TRANSCRIPTION]\r\n";
        Assert.Equal("Title\r\n\r\nANN LEE: We could ask\r\nthe board to\r\napprove it next\r\nweek.\r\n\r\nBOB RAY: Bye.\r\n\r\n[END OF TRANSCRIPTION]\r\n", Fixed(text, "TL0011"));
    }

    [Fact]
    public void TL0011_offers_no_fix_when_a_comment_sits_beside_the_break()
    {
        var text = PageBody("We could ask the board to", "---\n\n<!-- page 2 -->", "approve it next week.");
        var finding = Assert.Single(TestLint.Run(text).Only("TL0011"));
        Assert.Null(finding.Fix);
    }

    [Theory]
    [InlineData("**Kofi Mensah** Sure, every ship.", "**Kofi Mensah:** Sure, every ship.")]
    [InlineData("**Kofi Mensah: E**very single one?", "**Kofi Mensah:** Every single one?")]
    [InlineData("**Kofi Mensah:*** Every one, since 1910.", "**Kofi Mensah:** Every one, since 1910.")]
    [InlineData("**Kofi Mensah::** Yes, it is.", "**Kofi Mensah:** Yes, it is.")]
    [InlineData("**Kofi Mensah:**Yes, it is.", "**Kofi Mensah:** Yes, it is.")]
    public void TL0014_rewrites_the_broken_label_to_the_expected_one(string broken, string repaired)
    {
        const string head = "# Harbour Walk\n\n**Ines Duarte:** Welcome back.\n\n**Kofi Mensah:** Thanks for having me.\n\n**Ines Duarte:** Let us start.\n\n";
        Assert.Equal(head + repaired + "\n", Fixed(head + broken + "\n", "TL0014", "walk.md"));
    }

    [Fact]
    public void TL0013_renames_the_rare_spelling_to_the_one_of_the_run()
    {
        var outcomes = new List<FileOutcome>();
        for (int i = 0; i < 7; i++)
        {
            string name = i == 6 ? "SJORS PROVOST" : "SJORS PROVOOST";
            var text = Turns(name, "ALAN GREENBERG", name);
            var result = TranscriptLinter.Lint($"m{i}.txt", SourceText.From(text), FileSettings.Default);
            outcomes.Add(new FileOutcome($"/repo/m{i}.txt", $"m{i}.txt", result, null, null) { IsLinted = true });
        }

        var rare = RunPasses.Apply(outcomes)[6].Result!;
        var findings = rare.Diagnostics.Where(d => d.RuleId == "TL0013").ToList();
        Assert.Equal(2, findings.Count);
        Assert.Equal(Turns("SJORS PROVOOST", "ALAN GREENBERG", "SJORS PROVOOST"), FixApplier.Apply(Turns("SJORS PROVOST", "ALAN GREENBERG", "SJORS PROVOST"), findings).Text);
    }

    [Fact]
    public void Overlapping_fixes_keep_the_first_and_leave_the_other()
    {
        var text = Turns("HEIDI ULLRICH", "ALAN GREENBERG", "HEIDI ULLRICH", "HEIDI ULRICH");
        var finding = Assert.Single(TestLint.Run(text).Only("TL0001"));
        var result = FixApplier.Apply(text, new[] { finding, finding });
        Assert.Single(result.Applied);
        Assert.Single(result.Overlapping);
    }
}
