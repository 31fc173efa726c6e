using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using TranscriptLint.Diagnostics;
using TranscriptLint.Rules;
using TranscriptLint.Text;

namespace TranscriptLint.Tests.Support;

/// <summary>
/// A <see cref="TextWriter"/> that keeps nothing: it counts the characters written, remembers the largest single
/// write, and can keep the first characters for a shape check.
/// </summary>
public sealed class CountingWriter : TextWriter
{
    private readonly StringBuilder head = new();
    private readonly int keep;

    public CountingWriter(int keep = 0)
    {
        this.keep = keep;
    }

    public override Encoding Encoding => Encoding.UTF8;

    public long Count { get; private set; }

    public int LargestWrite { get; private set; }

    public string Head => head.ToString();

    public override void Write(char value)
    {
        Count++;
        LargestWrite = Math.Max(LargestWrite, 1);
        if (head.Length < keep) head.Append(value);
    }

    public override void Write(string? value)
    {
        if (value is not null) Write(value.AsSpan());
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Count += buffer.Length;
        LargestWrite = Math.Max(LargestWrite, buffer.Length);
        if (head.Length < keep) head.Append(buffer.Slice(0, Math.Min(buffer.Length, keep - head.Length)));
    }
}

/// <summary>Many findings made without linting, and a sequence over them that notes how much output existed when the last one was taken.</summary>
public static class ManyFindings
{
    public static List<Diagnostic> Make(int count)
    {
        var rule = RuleCatalog.Descriptors[1];
        const string path = "minutes/2024-03-05 board.txt";
        const string message = "'ALICE SMIHT' looks like a misspelling of 'ALICE SMITH' (used 12 times); use one spelling per speaker.";
        const string fingerprint = "0123456789abcdef0123456789abcdef";
        var list = new List<Diagnostic>(count);
        for (int i = 0; i < count; i++)
        {
            list.Add(new Diagnostic(rule, path, Severity.Warning, message, new TextSpan(i * 10, 11), new LinePosition(i + 1, 1), new LinePosition(i + 1, 12), fingerprint));
        }

        return list;
    }

    /// <summary>Yields <paramref name="findings"/>, recording in <paramref name="writtenBeforeLast"/> the characters already written when the last is taken.</summary>
    public static IEnumerable<Diagnostic> Watched(List<Diagnostic> findings, CountingWriter writer, Action<long> writtenBeforeLast)
    {
        for (int i = 0; i < findings.Count; i++)
        {
            if (i == findings.Count - 1) writtenBeforeLast(writer.Count);
            yield return findings[i];
        }
    }
}
