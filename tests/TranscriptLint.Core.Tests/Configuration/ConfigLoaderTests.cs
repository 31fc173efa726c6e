using System.IO;
using TranscriptLint.Configuration;
using TranscriptLint.Diagnostics;
using TranscriptLint.Model;
using TranscriptLint.Rules;
using Xunit;

namespace TranscriptLint.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    private const string ConfigPath = "/repo/transcriptlint.json";

    private static ConfigException Fails(string json) => Assert.Throws<ConfigException>(() => ConfigLoader.Parse(json, ConfigPath));

    private static FileSettings For(string json, string relativePath) => ConfigLoader.Parse(json, ConfigPath).GetFileSettings("/repo/" + relativePath);

    [Fact]
    public void The_documented_example_loads()
    {
        const string json = """
            {
              // severities by id or by name
              "rules": { "TL0001": "error", "orphaned-header": "off", "TL0004": { "severity": "warning", "maxHours": 8 } },
              "endMarkers": ["[END OF TRANSCRIPTION]", "[FIN DE LA TRANSCRIPTION]"],
              "speakers": { "aliases": { "HEIDI ULLRICH": ["HEIDI ULRICH"] } },
              "include": ["**/*.txt", "**/*.md", "**/*.vtt", "**/*.srt"],
              "exclude": ["drafts/**"],
              "overrides": [ { "files": ["archive/**"], "rules": { "TL0002": "off" } } ],
            }
            """;
        var settings = For(json, "meetings/a.txt");
        Assert.Equal(Severity.Error, settings.GetSeverity(TL0001SpeakerSpelling.Rule, Dialect.Text));
        Assert.Equal(Severity.Off, settings.GetSeverity(TL0003OrphanedHeader.Rule, Dialect.Text));
        Assert.Equal(Severity.Warning, settings.GetSeverity(TL0002MissingEndMarker.Rule, Dialect.Text));
        Assert.Equal(8.0, settings.GetRuleOptions("TL0004")!["maxHours"]);
        Assert.Equal(Severity.Off, For(json, "archive/2017/a.txt").GetSeverity(TL0002MissingEndMarker.Rule, Dialect.Text));
        var config = ConfigLoader.Parse(json, ConfigPath);
        Assert.False(config.IsIncluded("/repo/drafts/a.txt"));
        Assert.True(config.IsIncluded("/repo/meetings/a.txt"));
        Assert.False(config.IsIncluded("/repo/meetings/a.docx"));
    }

    [Fact]
    public void Later_overrides_win_and_unmatched_files_keep_top_level_settings()
    {
        const string json = """{ "rules": { "TL0001": "error" }, "overrides": [ { "files": ["*.md"], "rules": { "TL0001": "suggestion" } }, { "files": ["podcasts/**"], "rules": { "TL0001": "off" } } ] }""";
        Assert.Equal(Severity.Error, For(json, "a.txt").GetSeverity(TL0001SpeakerSpelling.Rule, Dialect.Text));
        Assert.Equal(Severity.Suggestion, For(json, "x/a.md").GetSeverity(TL0001SpeakerSpelling.Rule, Dialect.Markdown));
        Assert.Equal(Severity.Off, For(json, "podcasts/a.md").GetSeverity(TL0001SpeakerSpelling.Rule, Dialect.Markdown));
    }

    [Fact]
    public void Config_can_force_a_dialect()
    {
        Assert.Equal(Dialect.Markdown, For("""{ "overrides": [ { "files": ["notes/*.txt"], "dialect": "markdown" } ] }""", "notes/a.txt").ForcedDialect);
    }

    [Theory]
    [InlineData("{ \"rules\": { \"TL0001\": \"error\" ", 1, 32, "end of file")]
    [InlineData("{\n  \"rules\": {\n    \"TL0099\": \"error\"\n  }\n}", 3, 5, "Unknown rule \"TL0099\"")]
    [InlineData("{\n  \"rulez\": {}\n}", 2, 3, "Unknown key \"rulez\"")]
    [InlineData("{ \"rules\": { \"TL0001\": \"loud\" } }", 1, 24, "Unknown severity \"loud\"")]
    [InlineData("{ \"rules\": { \"TL0001\": 3 } }", 1, 24, "found a number")]
    [InlineData("{ \"rules\": { \"TL0004\": { \"maxHours\": \"8\" } } }", 1, 38, "must be a number")]
    [InlineData("{ \"rules\": { \"TL0004\": { \"maxHours\": -1 } } }", 1, 38, "greater than 0")]
    [InlineData("{ \"rules\": { \"TL0004\": { \"maxMinutes\": 1 } } }", 1, 26, "Unknown setting \"maxMinutes\"")]
    [InlineData("{ \"exclude\": [\"drafts/[abc\"] }", 1, 15, "Bad glob")]
    [InlineData("{ \"overrides\": [ { \"rules\": {} } ] }", 1, 18, "needs \"files\"")]
    [InlineData("{ \"endMarkers\": \"[END]\" }", 1, 17, "must be an array")]
    [InlineData("{ \"dialect\": \"docx\" }", 1, 14, "Unknown dialect")]
    [InlineData("[1, 2]", 1, 1, "must be an object")]
    [InlineData("{ \"rules\": { \"TL0001\": \"error\", \"speaker-spelling\": \"off\" } }", 1, 33, "set twice")]
    [InlineData("/* unterminated", 1, 1, "Unterminated block comment")]
    public void Broken_config_gives_one_error_with_line_and_column(string json, int line, int column, string expected)
    {
        var error = Fails(json);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(expected, error.Message);
        Assert.Equal(ConfigPath, error.FilePath);
        Assert.StartsWith($"{ConfigPath}({line},{column}): error TL1000: ", error.ToDisplayString());
    }

    [Fact]
    public void Errors_on_crlf_files_count_lines_correctly()
    {
        var error = Fails("{\r\n  // comment\r\n  \"nope\": 1\r\n}");
        Assert.Equal((3, 3), (error.Line, error.Column));
    }

    [Fact]
    public void Nearest_config_wins_when_walking_up()
    {
        string root = Path.Combine(Path.GetTempPath(), "tl-config-" + System.Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "a", "b"));
            File.WriteAllText(Path.Combine(root, "transcriptlint.json"), """{ "rules": { "TL0001": "error" } }""");
            File.WriteAllText(Path.Combine(root, "a", "transcriptlint.json"), """{ "rules": { "TL0001": "off" } }""");
            var resolver = new ConfigResolver();
            Assert.Equal(Severity.Error, resolver.GetSettings(Path.Combine(root, "x.txt")).GetSeverity(TL0001SpeakerSpelling.Rule, Dialect.Text));
            Assert.Equal(Severity.Off, resolver.GetSettings(Path.Combine(root, "a", "b", "x.txt")).GetSeverity(TL0001SpeakerSpelling.Rule, Dialect.Text));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Content_hash_covers_the_config_text_and_every_roster_file_it_reads()
    {
        const string config = """{ "speakers": { "roster": ["people.txt", "guests.txt"] } }""";
        var files = new System.Collections.Generic.Dictionary<string, string>
        {
            [Path.Combine("/repo", "people.txt")] = "Alan Greenberg\nHeidi Ullrich\n",
            [Path.Combine("/repo", "guests.txt")] = "Jane Doe\n",
        };
        string Hash() => ConfigLoader.Parse(config, "/repo/transcriptlint.json", path => files[path]).ContentHash;

        string before = Hash();
        Assert.Equal(before, Hash());
        Assert.Equal(new[] { Path.Combine("/repo", "people.txt"), Path.Combine("/repo", "guests.txt") }, ConfigLoader.Parse(config, "/repo/transcriptlint.json", path => files[path]).IncludedFiles);

        files[Path.Combine("/repo", "guests.txt")] = "Jane Dow\n";
        Assert.NotEqual(before, Hash());

        files[Path.Combine("/repo", "guests.txt")] = "Jane Doe\n";
        Assert.Equal(before, Hash());
        Assert.NotEqual(before, ConfigLoader.Parse(config + " ", "/repo/transcriptlint.json", path => files[path]).ContentHash);
    }

    [Fact]
    public void Content_hash_asked_late_is_of_the_files_as_the_config_read_them()
    {
        // The hash is worked out on first use (only a cache asks); it must still key what the config was built from.
        const string config = """{ "speakers": { "roster": ["people.txt"] } }""";
        var files = new System.Collections.Generic.Dictionary<string, string> { [Path.Combine("/repo", "people.txt")] = "Jane Doe\n" };
        string early = ConfigLoader.Parse(config, "/repo/transcriptlint.json", path => files[path]).ContentHash;

        var parsed = ConfigLoader.Parse(config, "/repo/transcriptlint.json", path => files[path]);
        files[Path.Combine("/repo", "people.txt")] = "Jane Dow\n";

        Assert.Equal(early, parsed.ContentHash);
        Assert.Equal(64, early.Length);
        Assert.NotEqual(early, ConfigLoader.Parse(config, "/repo/transcriptlint.json", path => files[path]).ContentHash);
    }
}
