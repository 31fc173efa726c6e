using System;
using System.IO;
using TranscriptLint.Configuration;
using Xunit;

namespace TranscriptLint.Tests.Configuration;

/// <summary>
/// Settings files that are not what they claim: a folder named as the config or a roster, a binary roster, a blank
/// end marker. Each is a config error with its place and a message that says what is wrong.
/// </summary>
public sealed class OddSettingsFilesTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "tl-odd-settings-" + Guid.NewGuid().ToString("N"));

    public OddSettingsFilesTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void A_folder_given_as_the_config_is_a_folder_not_a_file()
    {
        string folder = Directory.CreateDirectory(Path.Combine(dir, "settings")).FullName;
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Load(folder));
        Assert.Contains("is a folder, not a file", ex.Message);
        Assert.DoesNotContain("Could not find", ex.Message);
        Assert.DoesNotContain("denied", ex.Message);
    }

    [Fact]
    public void A_folder_given_as_a_roster_is_a_folder_not_a_file_at_its_place_in_the_config()
    {
        Directory.CreateDirectory(Path.Combine(dir, "people"));
        string config = Path.Combine(dir, "transcriptlint.json");
        File.WriteAllText(config, "{\n  \"speakers\": { \"roster\": \"people\" }\n}\n");
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Load(config));
        Assert.Contains("is a folder, not a file", ex.Message);
        Assert.Equal((2, 27), (ex.Line, ex.Column));
    }

    [Fact]
    public void A_binary_roster_is_a_config_error()
    {
        File.WriteAllBytes(Path.Combine(dir, "people.txt"), new byte[] { (byte)'A', (byte)'n', (byte)'n', 0, 1, 2, 0, 0x7F, 0xFF });
        string config = Path.Combine(dir, "transcriptlint.json");
        File.WriteAllText(config, "{\n  \"speakers\": { \"roster\": [\"people.txt\"] }\n}\n");
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Load(config));
        Assert.Contains("binary", ex.Message);
        Assert.Equal((2, 28), (ex.Line, ex.Column));
    }

    [Theory]
    [InlineData("{ \"endMarkers\": [\"[END]\", \"\"] }", 1, 27)]
    [InlineData("{\n  \"endMarkers\": [\"[END]\",\n    \"   \"] }", 3, 5)]
    [InlineData("{ \"overrides\": [ { \"files\": [\"*.txt\"], \"endMarkers\": [\"\\t\"] } ] }", 1, 55)]
    public void A_blank_end_marker_is_a_config_error_with_its_place(string json, int line, int column)
    {
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(json, "/repo/transcriptlint.json"));
        Assert.Contains("blank", ex.Message);
        Assert.Equal((line, column), (ex.Line, ex.Column));
    }
}
