using System;
using System.IO;
using TranscriptLint.Configuration;
using TranscriptLint.Engine;
using TranscriptLint.Text;
using Xunit;

namespace TranscriptLint.Tests.Engine;

public sealed class FileLinterTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tl-filelinter-" + Guid.NewGuid().ToString("N"));

    public FileLinterTests() => Directory.CreateDirectory(folder);

    [Fact]
    public void A_file_over_the_size_limit_is_not_read_and_is_skipped_with_a_reason_worth_telling_on_a_walk()
    {
        string path = Path.Combine(folder, "huge.txt");
        File.WriteAllText(path, "ANN LEE: " + new string('x', 5000) + "\n\nBOB RAY: Hi.\n");

        var outcome = new FileLinter(new ConfigResolver(), maxFileBytes: 4096).Lint(path, "huge.txt", named: false);

        Assert.Null(outcome.Error);
        Assert.False(outcome.IsLinted);
        Assert.True(outcome.SkipIsNotable);
        Assert.Equal("larger than 4096 bytes, the size limit for a transcript", outcome.Result!.SkippedReason);
    }

    [Fact]
    public void A_file_under_the_size_limit_is_linted_as_before()
    {
        string path = Path.Combine(folder, "small.txt");
        File.WriteAllText(path, "Call\n\nANN LEE: Hi.\n\nANN LEE:\n\nBOB RAY: Bye.\n");

        var outcome = new FileLinter(new ConfigResolver(), maxFileBytes: 4096).Lint(path, "small.txt", named: true);

        Assert.True(outcome.IsLinted);
        Assert.Contains(outcome.Result!.Diagnostics, d => d.RuleId == "TL0003");
    }

    [Fact]
    public void A_file_that_grows_past_the_limit_while_read_is_cut_off_not_read_to_the_end()
    {
        string path = Path.Combine(folder, "grows.txt");
        File.WriteAllText(path, "0123456789");
        using var writer = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);

        // The size is taken before opening; appending afterwards must not carry the read past the limit.
        var info = new FileInfo(path);
        Assert.Equal(10, info.Length);
        writer.Write(new byte[100], 0, 100);
        writer.Flush();

        Assert.Null(BoundedFile.ReadAllBytes(path, 50, out var reason));
        Assert.Equal(UnreadReason.TooLarge, reason);
    }

    [Fact]
    public void Shared_reads_on_one_thread_reuse_one_buffer_and_give_each_file_its_own_bytes()
    {
        string small = Path.Combine(folder, "small.txt");
        string larger = Path.Combine(folder, "larger.txt");
        File.WriteAllText(small, "Jane: hello");
        File.WriteAllText(larger, new string('x', 5000));

        var first = BoundedFile.ReadShared(larger, 1 << 20, out _)!.Value;
        Assert.Equal(5000, first.Length);
        Assert.Equal(File.ReadAllBytes(larger), first.ToArray());

        var second = BoundedFile.ReadShared(small, 1 << 20, out _)!.Value;
        Assert.Same(first.Array, second.Array);
        Assert.Equal(File.ReadAllBytes(small), second.ToArray());

        // A whole read is the caller's to keep: never the shared buffer.
        var own = BoundedFile.ReadAllBytes(small, 1 << 20, out _)!;
        Assert.NotSame(second.Array, own);
        Assert.Equal(File.ReadAllBytes(small), own);
    }

    [Theory]
    [InlineData(0, 1000)]
    [InlineData(10, 1000)]
    [InlineData(70000, 1 << 20)]
    [InlineData(5000, 4096)]
    public void Reading_in_chunks_hands_over_the_bytes_and_the_reason_that_a_whole_read_gives(int size, int limit)
    {
        // What the task hashes without holding a file must be what the session would lint.
        string path = Path.Combine(folder, $"chunks-{size}.txt");
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        var whole = BoundedFile.ReadAllBytes(path, limit, out var wholeReason);
        var chunked = new MemoryStream();
        bool read = BoundedFile.ReadInChunks(path, limit, new byte[4096], (buffer, count) => chunked.Write(buffer, 0, count), out var chunkReason);

        Assert.Equal(whole is not null, read);
        Assert.Equal(wholeReason, chunkReason);
        if (whole is not null) Assert.Equal(whole, chunked.ToArray());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
