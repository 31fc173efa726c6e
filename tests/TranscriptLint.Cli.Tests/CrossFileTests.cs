using System.IO;
using System.Linq;
using System.Text.Json;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests;

/// <summary>TL0013 over a whole run, and <c>transcriptlint speakers</c>: one spelling per person across the repo.</summary>
public sealed class CrossFileTests
{
    private static string Episode(string host, string guest) =>
        $"# Episode\n\n**{host}:** Welcome to the show.\n\n**{guest}:** Thanks for having me.\n\n**{host}:** Let us start.\n\n**{guest}:** Sure.\n";

    /// <summary>Six episodes with the usual spelling, one with a slip, and the look-alikes that must stay silent.</summary>
    private static TempCopy Repo()
    {
        var dir = new TempCopy("minutes");
        foreach (var file in Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories)) File.Delete(file);
        for (int i = 1; i <= 6; i++) dir.Write($"shows/ep{i}.md", Episode("Ann Lee-Carter", $"Guest Number{i} Smith"));
        dir.Write("shows/ep7.md", Episode("Ann Lee-Cartre", "Guest Seven Jones"));
        dir.Write("shows/ep7.es.md", Episode("Ann Lee-Cartre", "Guest Seven Jones"));

        // Two people who share a surname, and a near tie only a roster can settle: silent.
        for (int i = 1; i <= 6; i++) dir.Write($"panels/p{i}.md", Episode("Ron Evans", $"Panelist Number{i} Brown"));
        dir.Write("panels/p7.md", Episode("Jon Evans", "Panelist Seven Green"));
        dir.Write("talks/t1.md", Episode("Adam Ficsor", "Host One Stone"));
        dir.Write("talks/t2.md", Episode("Adam Ficsor", "Host Two Stone"));
        dir.Write("talks/t3.md", Episode("Adam Fiscor", "Host Three Stone"));
        return dir;
    }

    [Fact]
    public void A_spelling_in_one_file_beside_one_in_many_is_reported_on_each_of_its_labels()
    {
        using var dir = Repo();
        var (exit, stdout, _) = CliRunner.Run(dir.Path, "--format", "msbuild");
        var lines = stdout.Replace('\\', '/').Split('\n').Where(l => l.Contains("TL0013")).ToArray();
        Assert.Equal(0, exit);
        Assert.Equal(2, lines.Count(l => l.StartsWith("shows/ep7.md(")));
        Assert.All(lines, l => Assert.Contains("'Ann Lee-Cartre' (1 file) looks like a misspelling of 'Ann Lee-Carter', the spelling in 6 files", l));
    }

    [Fact]
    public void A_translation_counts_as_one_use_of_its_source_file()
    {
        using var dir = Repo();
        var (_, stdout, _) = CliRunner.Run(dir.Path, "--format", "msbuild");
        Assert.Contains(stdout.Replace('\\', '/').Split('\n'), l => l.StartsWith("shows/ep7.es.md(") && l.Contains("(1 file)"));
    }

    [Fact]
    public void Shared_surnames_and_near_ties_stay_silent()
    {
        using var dir = Repo();
        var (_, stdout, _) = CliRunner.Run(dir.Path, "--format", "msbuild");
        Assert.DoesNotContain("Jon Evans", stdout);
        Assert.DoesNotContain("Adam Fiscor", stdout);
    }

    [Fact]
    public void A_file_that_also_uses_the_usual_spelling_gets_TL0001_not_TL0013()
    {
        using var dir = Repo();
        dir.Write("shows/ep7.md", Episode("Ann Lee-Cartre", "Guest Seven Jones") + "\n**Ann Lee-Carter:** And again.\n\n**Ann Lee-Carter:** Bye.\n");
        var (_, stdout, _) = CliRunner.Run(dir.Path, "--format", "msbuild");
        var ep7 = stdout.Replace('\\', '/').Split('\n').Where(l => l.StartsWith("shows/ep7.md(")).ToArray();
        Assert.Contains(ep7, l => l.Contains("TL0001"));
        Assert.DoesNotContain(ep7, l => l.Contains("TL0013"));
    }

    [Fact]
    public void TL0013_is_turned_off_by_config_and_by_an_inline_comment()
    {
        using var dir = Repo();
        dir.Write("shows/ep7.md", "<!-- transcriptlint-disable TL0013 -->\n" + Episode("Ann Lee-Cartre", "Guest Seven Jones"));
        dir.Write("transcriptlint.json", """{ "overrides": [ { "files": ["shows/*.es.md"], "rules": { "speaker-spelling-across-files": "off" } } ] }""");
        var (_, stdout, _) = CliRunner.Run(dir.Path, "--format", "msbuild");
        Assert.DoesNotContain("TL0013", stdout);
    }

    [Fact]
    public void Speakers_lists_each_speaker_with_its_variants_files_and_uses()
    {
        using var dir = Repo();
        var (exit, stdout, _) = CliRunner.Run(dir.Path, "speakers");
        Assert.Equal(0, exit);
        Assert.Contains("Ann Lee-Carter  6 files, 12 uses\n  ~ Ann Lee-Cartre  1 file, 4 uses\n", stdout);
        Assert.Contains("Adam Ficsor  2 files, 4 uses\n  ~ Adam Fiscor  1 file, 2 uses\n", stdout);
    }

    [Fact]
    public void Speakers_json_has_the_documented_shape()
    {
        using var dir = Repo();
        var (exit, stdout, _) = CliRunner.Run(dir.Path, "speakers", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var carter = json.RootElement.GetProperty("speakers").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Ann Lee-Carter");
        Assert.Equal(6, carter.GetProperty("files").GetInt32());
        Assert.Equal(12, carter.GetProperty("uses").GetInt32());
        Assert.False(carter.GetProperty("onRoster").GetBoolean());
        var variant = Assert.Single(carter.GetProperty("variants").EnumerateArray());
        Assert.Equal("Ann Lee-Cartre", variant.GetProperty("name").GetString());
        Assert.Equal(1, variant.GetProperty("files").GetInt32());
    }

    [Fact]
    public void Speakers_writes_a_starter_roster_and_never_replaces_a_file()
    {
        using var dir = Repo();
        var (exit, _, _) = CliRunner.Run(dir.Path, "speakers", "--roster", "roster.txt");
        Assert.Equal(0, exit);
        var roster = File.ReadAllLines(Path.Combine(dir.Path, "roster.txt")).Where(l => !l.StartsWith("#")).ToArray();
        Assert.Contains("Ann Lee-Carter", roster);
        Assert.DoesNotContain("Ann Lee-Cartre", roster);
        Assert.Equal(roster.OrderBy(n => n, System.StringComparer.Ordinal), roster);
        Assert.Equal(2, CliRunner.Run(dir.Path, "speakers", "--roster", "roster.txt").ExitCode);
    }
}
