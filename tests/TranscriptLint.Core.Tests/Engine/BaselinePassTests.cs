using System.IO;
using TranscriptLint.Engine;
using Xunit;

namespace TranscriptLint.Tests.Engine;

/// <summary>The baseline as a run-level pass keys files as <c>transcriptlint baseline</c> writes them: relative, with '/'.</summary>
public sealed class BaselinePassTests
{
    [Fact]
    public void RelativeFile_matches_the_paths_the_baseline_command_writes()
    {
        string root = Path.Combine(Path.GetTempPath(), "tl-repo");
        string inside = Path.Combine(root, "minutes", "2024", "a.txt");
        string outside = Path.Combine(Path.GetTempPath(), "other", "b.md");

        Assert.Equal("minutes/2024/a.txt", BaselinePass.RelativeFile(root, inside));
        Assert.Equal(Path.GetRelativePath(root, inside).Replace('\\', '/'), BaselinePass.RelativeFile(root, inside));
        Assert.Equal("../other/b.md", BaselinePass.RelativeFile(root, outside));
        Assert.Equal("a.txt", BaselinePass.RelativeFile(root + Path.DirectorySeparatorChar, Path.Combine(root, "a.txt")));
    }
}
