using System.IO;
using TranscriptLint.Package.Tests.Infrastructure;
using Xunit;

namespace TranscriptLint.Package.Tests;

/// <summary>
/// The task's per-file cache never replays stale findings: it is keyed on the content of each transcript and of every
/// file its config pulls in (roster files), so CI never goes green on a stale cache.
/// </summary>
[Collection(DocsProjectCollection.Name)]
public sealed class CacheInvalidationTests
{
    private const string Call =
        "Roster call\n" +
        "\n" +
        "ALAN GREENBERG:       Welcome.\n" +
        "\n" +
        "HEIDI ULLRICH:       Thanks, Alan.\n" +
        "\n" +
        "[END OF TRANSCRIPTION]\n";

    private const string Roster = "# The working group\nAlan Greenberg\nHeidi Ullrich\n";

    private readonly PackageFixture package;

    public CacheInvalidationTests(PackageFeed feed)
    {
        package = feed.Package;
    }

    [Fact]
    public void Removing_a_person_from_the_roster_fails_the_next_build_with_TL0007_and_a_same_size_edit_with_an_old_mtime_is_relinted()
    {
        var project = package.NewProject("roster-cache")
            .WithDocsProject()
            .WithFile("transcriptlint.json", """{ "speakers": { "roster": ["people/roster.lst"] }, "rules": { "TL0007": "error" } }""")
            .WithFile("people/roster.lst", Roster)
            .WithFile("call.txt", Call);

        var first = project.Build("-v:n");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Empty(first.Findings);

        // The roster changes, the transcript and the config do not.
        project.WithFile("people/roster.lst", "# The working group\nAlan Greenberg\n");
        var second = project.Build("--no-restore", "-v:n");
        Assert.True(second.ExitCode != 0, "a roster edit must invalidate the cache\n" + second);
        Assert.Equal(new[] { "call.txt(5,1): error TL0007" }, second.Short);

        project.WithFile("people/roster.lst", Roster);
        var third = project.Build("--no-restore", "-v:n");
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.Empty(third.Findings);

        // Same size, same mtime (as cp -p, rsync -a, tar and unzip leave a file): the content decides.
        string call = project.PathOf("call.txt");
        var mtime = File.GetLastWriteTimeUtc(call);
        File.WriteAllText(call, Call.Replace("HEIDI ULLRICH", "HEIDI ULLRICX"));
        File.SetLastWriteTimeUtc(call, mtime);
        Assert.Equal(Call.Length, new FileInfo(call).Length);

        var fourth = project.Build("--no-restore", "-v:n");
        Assert.True(fourth.ExitCode != 0, "a same-size edit with an old mtime must be re-linted\n" + fourth);
        Assert.Contains("call.txt(5,1): error TL0007", fourth.Short);
        Assert.Contains("TranscriptLint: 1 of 1 transcripts re-linted", fourth.Output);
    }
}
