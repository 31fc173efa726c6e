using System.Collections.Generic;
using TranscriptLint.Configuration;
using TranscriptLint.Engine;
using TranscriptLint.Tests.Support;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Rules;

public sealed class TL0007UnknownSpeakerTests
{
    private const string Roster = "# delegates\nJane Helen Doe (JHD)\nGerhard Lazu\nPeter F. Chen (PFC)\n";

    private static IReadOnlyList<TranscriptLint.Diagnostics.Diagnostic> Lint(string text, string file = "notes.md")
    {
        var files = new Dictionary<string, string> { ["/repo/roster.txt"] = Roster };
        var config = ConfigLoader.Parse("""{ "speakers": { "roster": "roster.txt" } }""", "/repo/transcriptlint.json", path => files[path.Replace('\\', '/')]);
        return TranscriptLinter.Lint(file, SourceText.From(text), config.GetFileSettings("/repo/" + file)).Diagnostics;
    }

    [Fact]
    public void Swapped_abbreviation_is_reported_with_its_roster_entry()
    {
        var finding = Assert.Single(Lint("# Call\n\nJHD: Hello.\n\nJDH: Hi.\n").Only("TL0007"));
        Assert.Equal(5, finding.Start.Line);
        Assert.Contains("did you mean 'JHD' (Jane Helen Doe)?", finding.Message);
    }

    [Fact]
    public void An_attendee_one_letter_off_is_suggested_only_with_three_letters_and_the_first_kept()
    {
        const string attendees = "# Call\n\nAttendees: Bradley Farias (BFS), Jordan Harband (JHD), Sam Goto (SG)\n\nJHD: Hello.\n\nJHD: Again.\n\n";
        var slip = Assert.Single(Lint(attendees + "JHB: Hi.\n").Only("TL0007"));
        Assert.Contains("did you mean 'JHD' (Jordan Harband, in this file's attendee list)?", slip.Message);

        // Another first letter is another delegate, and two letters one apart are too little to go on.
        Assert.DoesNotContain("did you mean", Assert.Single(Lint(attendees + "PHD: Hi.\n").Only("TL0007")).Message);
        Assert.DoesNotContain("did you mean", Assert.Single(Lint(attendees + "SM: Hi.\n").Only("TL0007")).Message);
    }

    [Fact]
    public void An_organisation_between_an_attendees_name_and_abbreviation_is_not_taken_for_the_name()
    {
        var findings = Lint("# Call\n\nPresenter: Ann Lee (Acme Corp) (ALE)\n\nALE: Hello.\n\nJHD: Hi.\n\nALE: Bye.\n").Only("TL0007");
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Contains("Speaker 'ALE' (Ann Lee, in this file's attendee list)", f.Message));
    }

    [Fact]
    public void A_lost_comma_between_two_attendees_does_not_join_the_first_abbreviation_to_the_next_name()
    {
        var findings = Lint("# Call\n\nAttendees: Jane Doe (JDE) Bo Ray (BRY), Ann Lee (ALE)\n\nBRY: Hello.\n\nJHD: Hi.\n\nBRY: Bye.\n").Only("TL0007");
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Contains("Speaker 'BRY' (Bo Ray, in this file's attendee list)", f.Message));
    }

    [Fact]
    public void Suggestions_come_from_the_files_attendee_list_first()
    {
        var finding = Assert.Single(Lint("# Call\n\nAttendees: Bradley Farias (BFS)\n\nJHD: Hello.\n\nBF: Hi.\n\nJHD: Bye.\n").Only("TL0007"), f => f.Message.Contains("'BF'"));
        Assert.Contains("did you mean 'BFS' (Bradley Farias, in this file's attendee list)?", finding.Message);
    }

    [Fact]
    public void A_label_that_starts_one_roster_abbreviation_suggests_it()
    {
        var finding = Assert.Single(Lint("# Call\n\nJHD: Hello.\n\nPF: Hi.\n\nJHD: Bye.\n").Only("TL0007"));
        Assert.Contains("did you mean 'PFC' (Peter F. Chen)?", finding.Message);
    }

    [Fact]
    public void An_abbreviation_in_another_case_is_reported_with_the_roster_spelling()
    {
        var finding = Assert.Single(Lint("# Call\n\nJHD: Hello.\n\nPFC: Hi.\n\nJHD: Again.\n\nPFC: Sure.\n\nJhd: Bye.\n").Only("TL0007"));
        Assert.Contains("did you mean 'JHD' (Jane Helen Doe)?", finding.Message);
    }

    [Fact]
    public void A_first_name_label_suggests_the_roster_entry_it_names()
    {
        var findings = Lint("# Call\n\nJHD: Hello.\n\nPFC: Hi.\n\nJHD: Again.\n\nPFC: Sure.\n\nPeter: And me.\n\nAnna: Hi.\n\nPeter: Yes.\n\nAnna: No.\n").Only("TL0007");
        Assert.Contains(findings, f => f.Message.Contains("Speaker 'Peter'") && f.Message.Contains("did you mean 'PFC' (Peter F. Chen)?"));
    }

    [Fact]
    public void Names_match_the_roster_ignoring_case_and_abbreviations_ignoring_case()
    {
        Assert.Empty(Lint("Title\n\nGERHARD LAZU: Hello.\n\nJane Helen Doe: Hi.\n\nJHD/PFC: Both.\n", "call.txt").Only("TL0007"));
    }

    [Fact]
    public void Groups_markers_and_introduced_abbreviations_are_known()
    {
        Assert.Empty(Lint("# Call\n\nJHD: Hello.\n\nAll: Hi.\n\n**Break:**\n\nGerhard Lazu (GL): Back.\n\nGL: Yes.\n").Only("TL0007"));
    }

    [Fact]
    public void Without_a_roster_the_rule_is_silent()
    {
        Assert.Empty(TestLint.Run("# Call\n\nJDH: Hello.\n\nXYZ: Hi.\n", "notes.md").Only("TL0007"));
    }

    [Fact]
    public void Roster_parse_reads_names_abbreviations_and_comments()
    {
        var entries = SpeakerRoster.Parse("\uFEFF# comment\r\nJane Doe (JDE)  # chair\r\n\r\nBob Ray\r\n", "r.txt");
        Assert.Equal(2, entries.Count);
        Assert.Equal(("Jane Doe", "JDE", 2), (entries[0].Name, entries[0].Abbreviation, entries[0].Line));
        Assert.Equal(("Bob Ray", (string?)null, 4), (entries[1].Name, entries[1].Abbreviation, entries[1].Line));
    }

    [Fact]
    public void A_speaker_from_the_files_attendee_list_is_named_with_the_advice_to_add_them()
    {
        var finding = Assert.Single(Lint("# Call\n\nPresent: Ada Quinn (AQN)\n\nJHD: Hello.\n\nAQN: Hi.\n\nJHD: Bye.\n\nAQN: Bye.\n").Only("TL0007"), f => f.Start.Line == 7);
        Assert.Contains("Speaker 'AQN' (Ada Quinn, in this file's attendee list) is not on the speaker roster", finding.Message);
    }

    [Fact]
    public void Short_abbreviations_one_letter_from_a_roster_entry_get_no_guess()
    {
        var finding = Assert.Single(Lint("# Call\n\nJHD: Hello.\n\nPFC: Hi.\n\nJHD: Again.\n\nPFC: Sure.\n\nJHX: Bye.\n").Only("TL0007"));
        Assert.DoesNotContain("did you mean", finding.Message);
    }

    [Fact]
    public void An_attendee_on_the_roster_under_another_code_is_told_the_roster_code()
    {
        var finding = Assert.Single(Lint("# Call\n\nPresent: Peter F. Chen (PEC)\n\nJHD: Hello.\n\nPEC: Hi.\n\nJHD: Bye.\n\nPEC: Bye.\n").Only("TL0007"), f => f.Start.Line == 7);
        Assert.Contains("is on the speaker roster (roster.txt) as 'PFC'. Write 'PFC'.", finding.Message);
    }

    /// <summary>
    /// Issue 9: suggestions come from indexes of the roster (abbreviations by their letters and start, names by pieces
    /// that survive two edits), not from a pass over the roster per label, so 20,000 unknown labels against a
    /// 20,000-entry roster take seconds, not many minutes. Every label is reported; the near ones with their entry.
    /// </summary>
    [Fact]
    public void Twenty_thousand_unknown_labels_against_a_twenty_thousand_entry_roster_are_each_reported()
    {
        const int count = 20_000;
        var random = new System.Random(9);
        string Word(int length)
        {
            var letters = new char[length];
            letters[0] = (char)('A' + random.Next(26));
            for (int i = 1; i < length; i++) letters[i] = (char)('a' + random.Next(26));
            return new string(letters);
        }

        var roster = new System.Text.StringBuilder();
        var names = new List<string>();
        var codes = new List<string>();
        for (int i = 0; i < count; i++)
        {
            string name = Word(5 + random.Next(4)) + " " + Word(6 + random.Next(5));
            string code = "Q" + Letters(i);
            names.Add(name);
            codes.Add(code);
            roster.Append(name).Append(" (").Append(code).Append(")\n");
        }

        // Half the labels are new names, a quarter are roster names with two letters swapped (suggested), a quarter
        // are abbreviations not on the roster.
        var text = new System.Text.StringBuilder("# Call\n\n");
        var labels = new HashSet<string>();
        var swappedFrom = new Dictionary<string, string>();
        for (int i = 0; labels.Count < count; i++)
        {
            string label = (i % 4) switch
            {
                0 or 1 => Word(5 + random.Next(4)) + " " + Word(6 + random.Next(5)),
                2 => Swap(names[i % count]),
                _ => "Z" + Letters(i),
            };
            if (label == names[i % count] || !labels.Add(label)) continue;
            if (i % 4 == 2) swappedFrom[label] = names[i % count];
            text.Append(label).Append(": Hello.\n\n");
        }

        var files = new Dictionary<string, string> { ["/repo/roster.txt"] = roster.ToString() };
        var config = ConfigLoader.Parse("""{ "speakers": { "roster": "roster.txt" } }""", "/repo/transcriptlint.json", path => files[path.Replace('\\', '/')]);
        var findings = TranscriptLinter.Lint("notes.md", SourceText.From(text.ToString()), config.GetFileSettings("/repo/notes.md")).Diagnostics.Only("TL0007");

        Assert.Equal(count, findings.Count);
        int suggested = 0;
        foreach (var finding in findings)
        {
            string label = finding.Message.Split('\'')[1];
            if (!swappedFrom.TryGetValue(label, out var name)) continue;
            Assert.Contains($"did you mean '{name}'?", finding.Message);
            suggested++;
        }

        Assert.Equal(swappedFrom.Count, suggested);

        static string Letters(int n)
        {
            var letters = new char[4];
            for (int i = 3; i >= 0; i--, n /= 26) letters[i] = (char)('A' + n % 26);
            return new string(letters);
        }

        static string Swap(string name)
        {
            var letters = name.ToCharArray();
            (letters[2], letters[3]) = (letters[3], letters[2]);
            return new string(letters);
        }
    }
}
