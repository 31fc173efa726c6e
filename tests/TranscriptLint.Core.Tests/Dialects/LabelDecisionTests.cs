using System.Linq;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Dialects;

/// <summary>
/// The per-file label decision: a label-shaped line is a speaker label only when its shape carries the file's turns
/// and its name is supported. Each test pairs the finding-worthy shape with the look-alike that must stay text.
/// </summary>
public sealed class LabelDecisionTests
{
    private static TranscriptLint.Model.TranscriptDocument Read(string text, string path = "episode.md") => TestLint.Read(text, path);

    private const string Podcast = "# Episode\n\n**Ann Lee:** Welcome back.\n\n**Bob Ray:** Thanks for having me.\n\n**Ann Lee:** Let us start.\n\n**Bob Ray:** Sure.\n\n";

    [Fact]
    public void Bold_list_items_with_one_off_names_are_terms_not_turns()
    {
        var doc = Read(Podcast + "**Ann Lee:** This week:\n\n- **Queues**: a chat about logs\n- **Caches**: a chat about memory\n");
        Assert.DoesNotContain(doc.Labels, l => l.Name is "Queues" or "Caches");
        Assert.Contains(doc.LabelCandidates, c => c.Label.Name == "Queues" && !c.Accepted && c.Reason.Length > 0);
    }

    [Fact]
    public void Days_in_a_schedule_are_not_speakers()
    {
        var doc = Read(Podcast + "**On Wednesday**: we talk about queues.\n\n**Bob Ray:** See you then.\n");
        Assert.DoesNotContain(doc.LabelCandidates, c => c.Label.Name == "On Wednesday");
    }

    [Fact]
    public void A_name_before_a_block_quote_is_an_attribution()
    {
        var doc = Read(Podcast + "**Ann Lee:** Here is what a reader wrote.\n\nCarla Mendes:\n\n> Queues are just logs with opinions.\n\n**Bob Ray:** Fair.\n");
        Assert.DoesNotContain(doc.Labels, l => l.Name == "Carla Mendes");
        Assert.Contains(doc.LabelCandidates, c => c.Label.Name == "Carla Mendes" && c.Reason.Contains("block quote"));
    }

    [Fact]
    public void A_one_off_lead_in_in_another_markup_is_text()
    {
        var doc = Read("# Minutes\n\n**Remote participants:** Ann Lee, Bob Ray\n\nAL: Opening.\n\nBR: Thanks.\n\nAL: Next item.\n\nBR: Agreed.\n");
        Assert.Equal(new[] { "AL", "BR", "AL", "BR" }, doc.Labels.Select(l => l.Name));
    }

    [Fact]
    public void The_same_speaker_in_another_markup_is_still_a_label()
    {
        var doc = Read(Podcast + "Ann Lee: Back to the topic.\n");
        Assert.Equal("Ann Lee", doc.Labels.Last().Name);
        Assert.Equal("NAME:", doc.Labels.Last().Style);
    }

    [Fact]
    public void One_word_labels_are_read_where_the_turns_are_written_that_way()
    {
        var doc = Read("# Talk\n\nAaron: Hello.\n\nRuben: Hi.\n\nAaron: So.\n\nRuben: Well.\n\nAarno: Typo here.\n");
        Assert.Equal(new[] { "Aaron", "Ruben", "Aaron", "Ruben", "Aarno" }, doc.Labels.Select(l => l.Name));
    }

    [Fact]
    public void One_word_lead_ins_in_a_file_of_full_names_are_text()
    {
        var doc = Read("# Talk\n\nAnn Lee: Hello.\n\nBob Ray: Hi.\n\nAnn Lee: Example: a queue.\n\nBob Ray: Fine.\n\nProposal: we ship it.\n");
        Assert.DoesNotContain(doc.Labels, l => l.Name == "Proposal");
    }

    [Fact]
    public void A_one_off_slip_of_a_recurring_name_is_a_label()
    {
        var findings = TestLint.Run(Podcast + "**Bbo Ray:** Typo.\n", "episode.md").Only("TL0001");
        Assert.Single(findings);
    }

    [Fact]
    public void A_recurring_lead_in_alone_does_not_make_a_turn_style()
    {
        var doc = Read("# Notes\n\n- Meta:\n  - first point\n- Meta:\n  - second point\n\nSome prose.\n");
        Assert.Empty(doc.Labels);
    }

    [Fact]
    public void Speaker_labels_in_list_items_are_turns_where_the_file_writes_turns_that_way()
    {
        var doc = Read("# Minutes\n\n- AWB: First.\n- YK: Second.\n- AWB: Third.\n- YK: Fourth.\n- HP: does not participate\n");
        Assert.Equal(new[] { "AWB", "YK", "AWB", "YK" }, doc.Labels.Select(l => l.Name));
    }

    [Fact]
    public void A_name_that_never_speaks_with_only_a_stamp_is_a_timed_marker()
    {
        var text = Podcast + "**Helplessly Hoping:** \\[12:01\\]\n\n**Ann Lee:** \\[12:40\\]\n\n**Bob Ray:** Back again.\n";
        var findings = TestLint.Run(text, "episode.md").Only("TL0003");
        Assert.Equal(new[] { "13:1 TL0003" }, findings.Places()); // Ann Lee speaks elsewhere: her empty turn is reported
    }

    [Fact]
    public void A_first_name_a_letter_longer_is_another_person()
    {
        var findings = TestLint.Run("# Talk\n\nJohn: Hello.\n\nAnna: Hi.\n\nJohn: So.\n\nAnna: Well.\n\nJon: A question.\n\nJohn: Sure.\n", "talk.md").Only("TL0001");
        Assert.Empty(findings);
    }

    [Fact]
    public void Label_style_never_asks_for_a_space_before_the_colon()
    {
        var text = "# Ep\n\nAnn Lee : One.\n\nBob Ray : Two.\n\nAnn Lee : Three.\n\nBob Ray: Four.\n";
        Assert.Empty(TestLint.Run(text, "ep.md").Only("TL0006"));
    }

    [Fact]
    public void Explain_lists_rejected_candidates_with_the_reason()
    {
        var doc = Read(Podcast + "- **Queues**: a chat\n");
        var candidate = Assert.Single(doc.LabelCandidates, c => !c.Accepted);
        Assert.Equal("Queues", candidate.Label.Name);
        Assert.All(doc.LabelCandidates.Where(c => c.Accepted), c => Assert.False(string.IsNullOrEmpty(c.Reason)));
    }

    [Fact]
    public void Candidates_list_every_label_accepted_and_rejected_in_line_order()
    {
        var doc = Read("# Ep\n\n**Ann Lee:** One.\n\n- **Queues**: a chat\n\n**Bob Ray:** Two.\n\n**Ann Lee:** Three.\n\n**Bob Ray:** Four.\n\n- **Lanterns**: more\n");
        Assert.Equal(new[] { 3, 5, 7, 9, 11, 13 }, doc.LabelCandidates.Select(c => c.Label.Line));
        Assert.Equal(new[] { true, false, true, true, true, false }, doc.LabelCandidates.Select(c => c.Accepted));
        Assert.Equal(doc.Labels, doc.LabelCandidates.Where(c => c.Accepted).Select(c => c.Label));
    }

    [Fact]
    public void A_documents_spellings_are_its_distinct_label_names_in_first_use_order()
    {
        var doc = Read("# Ep\n\n**Ann Lee:** One.\n\n**Bob Ray:** Two.\n\n**Ann Lee:** Three.\n\n**Bob Ray:** Four.\n\n**Ann Lee:** Five.\n");
        Assert.Equal(new[] { "Ann Lee", "Bob Ray" }, doc.Spellings.Names);
        Assert.Equal(new[] { 0, 1, 0, 1, 0 }, Enumerable.Range(0, doc.Labels.Count).Select(doc.Spellings.Of));
        Assert.True(doc.Spellings.TryFind("Bob Ray", out int bob) && bob == 1);
        Assert.False(doc.Spellings.TryFind("Cy Lo", out _));
    }

    [Fact]
    public void Attendee_lists_are_read_from_parentheses_and_tables_but_not_lead_ins()
    {
        var doc = Read("# Notes\n\nPresent: Bradley Farias (BFS), Gus Caplan (GCL)\n\n| Name | Abbreviation |\n| Jane Doe | JDE |\n\nBFS: Hello.\n\nGCL: Hi.\n\nBFS: Bye.\n\nGCL: Bye.\n");
        Assert.Equal("Bradley Farias", doc.Attendees["BFS"]);
        Assert.Equal("Gus Caplan", doc.Attendees["GCL"]);
        Assert.Equal("Jane Doe", doc.Attendees["JDE"]);
        Assert.False(doc.Attendees.ContainsKey("Abbreviation"));
    }

    [Fact]
    public void A_bracketed_name_then_a_stamp_then_speech_is_a_label()
    {
        var doc = Read("# Call\n\n[Jane Doe] [00:12] Hello all.\n\n[Omar Haddad] [00:20] Hi.\n\n[Jane Doe] [00:31] Shall we?\n\n[Omar Haddad] [00:29] Yes.\n\n[See the deck] for more.\n");
        Assert.Equal(new[] { "Jane Doe", "Omar Haddad", "Jane Doe", "Omar Haddad" }, doc.Labels.Select(l => l.Name));
        Assert.Equal("[NAME]", doc.Labels[0].Style);
        Assert.Single(TestLint.Run("# Call\n\n[Jane Doe] [00:12] Hello all.\n\n[Omar Haddad] [00:20] Hi.\n\n[Jane Doe] [00:31] Shall we?\n\n[Omar Haddad] [00:29] Yes.\n", "call.md").Only("TL0008"));
    }

    [Fact]
    public void A_bold_name_with_a_linked_stamp_is_a_label()
    {
        var doc = Read("# Notes\n\n**Jane Doe** [12:34](https://example.org/v?t=754): We start.\n\n**Omar Haddad** [13:02](https://example.org/v?t=782): Agreed.\n\n**Jane Doe** [13:40](https://example.org/v?t=820): Next.\n\n**Omar Haddad** [14:00](https://example.org/v?t=840): Done.\n\n**Read more** [here](https://example.org): link.\n");
        Assert.Equal(4, doc.Labels.Count);
        Assert.All(doc.Labels, l => Assert.True(l.HasInlineSpeech));
    }

    [Fact]
    public void Video_call_display_names_in_captions_are_speakers_when_they_recur()
    {
        var vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\njdoe | Team: Hello.\n\n00:00:03.000 --> 00:00:04.000\nann.lee (Org): Hi.\n\n00:00:05.000 --> 00:00:06.000\njdoe | Team: Again.\n\n00:00:07.000 --> 00:00:08.000\nann.lee (Org): Sure.\n\n00:00:09.000 --> 00:00:10.000\nthe plan is: ship it\n";
        var doc = Read(vtt, "call.vtt");
        Assert.Equal(new[] { "jdoe | Team", "ann.lee (Org)", "jdoe | Team", "ann.lee (Org)" }, doc.Labels.Select(l => l.Name));
    }

    [Fact]
    public void Numbered_items_are_not_speakers_without_evidence_but_numbered_roles_are()
    {
        Assert.Empty(Read("# Talk\n\nIdea 1: batch it.\n\nSome prose.\n\nIdea 2: cache it.\n").Labels);
        Assert.Equal(2, Read("# Talk\n\nSpeaker 1: Hello.\n\nSome prose.\n\nSpeaker 2: Hi.\n").Labels.Count);
    }
}
