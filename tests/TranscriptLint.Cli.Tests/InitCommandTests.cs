using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using TranscriptLint.Configuration;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests;

/// <summary><c>transcriptlint init [FOLDER]</c>: a starter transcriptlint.json tuned to the folder, never over an existing one.</summary>
public sealed class InitCommandTests : IDisposable
{
    private const string MeetingWithoutMarker = "ANA LIMA:      Good morning.\n\nBEN ROSS:      Thank you.\n\nANA LIMA:      Let's begin.\n";
    private const string MeetingWithMarker = MeetingWithoutMarker + "\n[END OF TRANSCRIPTION]\n";
    private const string Captions = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana Lima>Hello.\n\n00:00:03.000 --> 00:00:04.000\n<v Ben Ross>Hi.\n";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "tl-init-" + Guid.NewGuid().ToString("N"));

    public InitCommandTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string relative, string text)
    {
        string full = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private JsonElement Config() => JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "transcriptlint.json"))).RootElement;

    [Fact]
    public void Init_turns_TL0002_off_when_no_transcript_has_an_end_marker_and_includes_the_types_found()
    {
        Write("meetings/2026-01.txt", MeetingWithoutMarker);
        Write("captions/talk.vtt", Captions);

        var (exit, stdout, stderr) = CliRunner.Run(folder, "init");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("Wrote transcriptlint.json: 2 transcripts (text, webvtt); no transcript has an end marker, so TL0002 is off.", stdout);
        var config = Config();
        Assert.Equal(ConfigSchema.Uri, config.GetProperty("$schema").GetString());
        Assert.Equal("off", config.GetProperty("rules").GetProperty("TL0002").GetString());
        Assert.False(config.TryGetProperty("endMarkers", out _));
        Assert.Equal(new[] { "**/*.txt", "**/*.vtt" }, config.GetProperty("include").EnumerateArray().Select(e => e.GetString()));

        // The config it wrote loads, and the folder then lints without a missing-end-marker finding.
        var (lintExit, lint, _) = CliRunner.Run(folder, ".", "--format", "msbuild");
        Assert.Equal(0, lintExit);
        Assert.DoesNotContain("TL0002", lint);
    }

    [Fact]
    public void Init_keeps_TL0002_on_and_names_the_end_markers_in_use_and_a_readme_is_not_a_transcript()
    {
        Write("a.txt", MeetingWithMarker);
        Write("b.txt", MeetingWithMarker.Replace("[END OF TRANSCRIPTION]", "[FIN DE LA TRANSCRIPTION]"));
        Write("README.md", "# Minutes\n\nThe transcripts of our meetings.\n");

        var (exit, _, _) = CliRunner.Run(folder, "init", ".");

        Assert.Equal(0, exit);
        var config = Config();
        Assert.False(config.TryGetProperty("rules", out _));
        Assert.Equal(new[] { "[END OF TRANSCRIPTION]", "[FIN DE LA TRANSCRIPTION]" }, config.GetProperty("endMarkers").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(new[] { "**/*.txt" }, config.GetProperty("include").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Init_in_a_captions_only_folder_leaves_TL0002_alone()
    {
        Write("talk.vtt", Captions);

        Assert.Equal(0, CliRunner.Run(folder, "init").ExitCode);
        Assert.False(Config().TryGetProperty("rules", out _));
    }

    [Fact]
    public void Init_writes_a_config_that_the_loader_reads()
    {
        Write("sub/a.md", "**Ana Lima:** Hello.\n\n**Ben Ross:** Hi.\n\n**Ana Lima:** Bye.\n");

        Assert.Equal(0, CliRunner.Run(folder, "init", ".").ExitCode);
        var config = ConfigLoader.Load(Path.Combine(folder, "transcriptlint.json"));
        Assert.True(config.IsIncluded(Path.Combine(folder, "sub", "a.md")));
    }

    [Fact]
    public void Init_refuses_to_replace_an_existing_config_with_exit_code_2()
    {
        Write("a.txt", MeetingWithoutMarker);
        Write("transcriptlint.json", "{ \"rules\": { \"TL0001\": \"error\" } }\n");

        var (exit, stdout, stderr) = CliRunner.Run(folder, "init");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("transcriptlint.json already exists; init does not replace it.", stderr);
        Assert.Equal("{ \"rules\": { \"TL0001\": \"error\" } }\n", File.ReadAllText(Path.Combine(folder, "transcriptlint.json")));
    }

    [Theory]
    [InlineData("missing-folder", "'missing-folder' is not a folder.")]
    [InlineData("--force", "unknown option '--force' for init.")]
    public void Init_with_a_bad_argument_is_exit_code_2_and_writes_nothing(string arg, string message)
    {
        var (exit, _, stderr) = CliRunner.Run(folder, "init", arg);

        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
        Assert.False(File.Exists(Path.Combine(folder, "transcriptlint.json")));
    }

    [Fact]
    public void Init_writes_a_starter_roster_from_attendee_lists_and_front_matter_and_names_it()
    {
        Write("notes/2026-01.md", "# Call\n\nPresent: Ana Lima (ALA), Ben Ross (BRS)\n\nALA: Hello.\n\nBRS: Hi.\n\nALA: Bye.\n\nBRS: Bye.\n");
        Write("talks/keynote.md", "---\nspeakers:\n  - Carla Mendes\n---\n\nCarla Mendes: Welcome.\n\nCarla Mendes: Thanks.\n");

        var (exit, stdout, _) = CliRunner.Run(folder, "init");

        Assert.Equal(0, exit);
        Assert.Contains("Wrote transcriptlint.speakers.txt: 3 people", stdout);
        Assert.Equal("transcriptlint.speakers.txt", Config().GetProperty("speakers").GetProperty("roster").GetString());
        var roster = File.ReadAllLines(Path.Combine(folder, "transcriptlint.speakers.txt")).Where(l => !l.StartsWith("#", StringComparison.Ordinal)).ToArray();
        Assert.Equal(new[] { "Ana Lima (ALA)", "Ben Ross (BRS)", "Carla Mendes" }, roster);

        // The roster it wrote knows every speaker of the folder: no unknown-speaker finding.
        var (_, lint, _) = CliRunner.Run(folder, ".", "--format", "msbuild");
        Assert.DoesNotContain("TL0007", lint);
    }

    [Fact]
    public void Init_names_no_roster_when_the_folder_names_no_people_and_never_replaces_one()
    {
        Write("meetings/2026-01.txt", MeetingWithoutMarker);
        CliRunner.Run(folder, "init");
        Assert.False(Config().TryGetProperty("speakers", out _));
        Assert.False(File.Exists(Path.Combine(folder, "transcriptlint.speakers.txt")));

        File.Delete(Path.Combine(folder, "transcriptlint.json"));
        Write("notes/2026-01.md", "# Call\n\nPresent: Ana Lima (ALA), Ben Ross (BRS)\n\nALA: Hello.\n\nBRS: Hi.\n\nALA: Bye.\n");
        Write("transcriptlint.speakers.txt", "# mine\n");
        var (exit, _, stderr) = CliRunner.Run(folder, "init");
        Assert.Equal(0, exit);
        Assert.Contains("already exists; init left it alone", stderr);
        Assert.Equal("# mine\n", File.ReadAllText(Path.Combine(folder, "transcriptlint.speakers.txt")));
    }
}
