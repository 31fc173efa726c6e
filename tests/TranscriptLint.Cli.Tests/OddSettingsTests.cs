using System.IO;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests;

/// <summary>The command's messages for settings files that are not files or not text: exit 2, and say what is wrong.</summary>
public sealed class OddSettingsTests
{
    [Fact]
    public void A_folder_given_as_config_is_reported_as_a_folder()
    {
        using var dir = new TempCopy("minutes");
        Directory.CreateDirectory(Path.Combine(dir.Path, "settings"));

        var (exit, _, stderr) = CliRunner.Run(dir.Path, ".", "--config", "settings");

        Assert.Equal(2, exit);
        Assert.Contains("is a folder, not a file", stderr);
        Assert.DoesNotContain("denied", stderr);
        Assert.DoesNotContain("Could not find", stderr);
    }

    [Fact]
    public void A_folder_given_as_roster_is_reported_as_a_folder_with_its_place()
    {
        using var dir = new TempCopy("minutes");
        Directory.CreateDirectory(Path.Combine(dir.Path, "people"));
        dir.Write("odd.json", "{\n  \"speakers\": { \"roster\": \"people\" }\n}\n");

        var (exit, _, stderr) = CliRunner.Run(dir.Path, ".", "--config", "odd.json");

        Assert.Equal(2, exit);
        Assert.Contains("odd.json(2,27): error TL1000:", stderr);
        Assert.Contains("is a folder, not a file", stderr);
    }

    [Fact]
    public void A_binary_roster_and_a_blank_end_marker_are_config_errors()
    {
        using var dir = new TempCopy("minutes");
        File.WriteAllBytes(Path.Combine(dir.Path, "people.bin"), new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 0, 0 });
        dir.Write("binary.json", "{ \"speakers\": { \"roster\": \"people.bin\" } }");
        dir.Write("blank.json", "{ \"endMarkers\": [\"[END]\", \" \"] }");

        var binary = CliRunner.Run(dir.Path, ".", "--config", "binary.json");
        var blank = CliRunner.Run(dir.Path, ".", "--config", "blank.json");

        Assert.Equal(2, binary.ExitCode);
        Assert.Contains("binary.json(1,27): error TL1000:", binary.Stderr);
        Assert.Contains("is binary", binary.Stderr);
        Assert.Equal(2, blank.ExitCode);
        Assert.Contains("blank.json(1,27): error TL1000:", blank.Stderr);
        Assert.Contains("is blank", blank.Stderr);
    }
}
