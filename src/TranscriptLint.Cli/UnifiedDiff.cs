using System;
using System.Collections.Generic;
using System.IO;

namespace TranscriptLint.Cli;

/// <summary>A unified diff of two texts by lines (Myers' algorithm), with three lines of context, as <c>diff -u</c> prints it.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    private enum Op
    {
        Equal,
        Delete,
        Insert,
    }

    /// <summary>Writes the <c>---</c>/<c>+++</c> header and the hunks; nothing when the texts have the same lines.</summary>
    public static void Write(TextWriter output, string oldName, string newName, string oldText, string newText)
    {
        var a = SplitLines(oldText);
        var b = SplitLines(newText);
        var script = Diff(a, b);
        if (script.TrueForAll(s => s.Op == Op.Equal)) return;
        output.WriteLine($"--- {oldName}");
        output.WriteLine($"+++ {newName}");

        // Positions in the script where each line of a and b sits, to number the hunks.
        int i = 0;
        while (i < script.Count)
        {
            if (script[i].Op == Op.Equal)
            {
                i++;
                continue;
            }

            int start = Math.Max(0, i - Context);
            int end = i;
            // Extend while the next change is within 2 * Context equal lines.
            while (true)
            {
                while (end < script.Count && script[end].Op != Op.Equal) end++;
                int equal = 0;
                while (end + equal < script.Count && script[end + equal].Op == Op.Equal) equal++;
                if (end + equal < script.Count && equal <= 2 * Context)
                {
                    end += equal;
                    continue;
                }

                end = Math.Min(script.Count, end + Math.Min(equal, Context));
                break;
            }

            WriteHunk(output, script, start, end, a, b);
            i = end;
        }
    }

    private static void WriteHunk(TextWriter output, List<(Op Op, int A, int B)> script, int start, int end, List<string> a, List<string> b)
    {
        int oldStart = -1, newStart = -1, oldCount = 0, newCount = 0;
        for (int k = start; k < end; k++)
        {
            var (op, ai, bi) = script[k];
            if (op != Op.Insert)
            {
                if (oldStart < 0) oldStart = ai;
                oldCount++;
            }

            if (op != Op.Delete)
            {
                if (newStart < 0) newStart = bi;
                newCount++;
            }
        }

        // An empty side is numbered by the line before it, as diff does.
        int oldLine = oldCount == 0 ? LineBefore(script, start, useA: true) : oldStart + 1;
        int newLine = newCount == 0 ? LineBefore(script, start, useA: false) : newStart + 1;
        output.WriteLine($"@@ -{Range(oldLine, oldCount)} +{Range(newLine, newCount)} @@");
        for (int k = start; k < end; k++)
        {
            var (op, ai, bi) = script[k];
            string line = op == Op.Insert ? b[bi] : a[ai];
            output.WriteLine((op == Op.Equal ? " " : op == Op.Delete ? "-" : "+") + Content(line));
            if (!EndsWithBreak(line)) output.WriteLine("\\ No newline at end of file");
        }
    }

    private static int LineBefore(List<(Op Op, int A, int B)> script, int start, bool useA)
    {
        for (int k = start - 1; k >= 0; k--)
        {
            var (op, ai, bi) = script[k];
            if (useA && op != Op.Insert) return ai + 1;
            if (!useA && op != Op.Delete) return bi + 1;
        }

        return 0;
    }

    private static string Range(int line, int count) => count == 1 ? $"{line}" : $"{line},{count}";

    private static bool EndsWithBreak(string line) => line.Length > 0 && (line[line.Length - 1] == '\n' || line[line.Length - 1] == '\r');

    private static string Content(string line)
    {
        int end = line.Length;
        if (end > 0 && line[end - 1] == '\n') end--;
        if (end > 0 && line[end - 1] == '\r') end--;
        return line.Substring(0, end);
    }

    /// <summary>The lines of a text, each with its own line break ("\n", "\r\n" or "\r"), so a changed line ending is a changed line.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\n' && c != '\r') continue;
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            lines.Add(text.Substring(start, i + 1 - start));
            start = i + 1;
        }

        if (start < text.Length) lines.Add(text.Substring(start));
        return lines;
    }

    /// <summary>The shortest edit script from <paramref name="a"/> to <paramref name="b"/> (Myers, O((N+M)·D)).</summary>
    private static List<(Op Op, int A, int B)> Diff(List<string> a, List<string> b)
    {
        // Common head and tail first: fixes touch few lines of long files.
        int head = 0;
        while (head < a.Count && head < b.Count && a[head] == b[head]) head++;
        int tail = 0;
        while (tail < a.Count - head && tail < b.Count - head && a[a.Count - 1 - tail] == b[b.Count - 1 - tail]) tail++;
        int n = a.Count - head - tail, m = b.Count - head - tail;
        int max = n + m;
        var trace = new List<int[]>();
        var v = new int[2 * max + 2];
        int offset = max + 1;
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++)
        {
            trace.Add((int[])v.Clone());
            for (int k = -d; k <= d; k += 2)
            {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[head + x] == b[head + y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    found = d;
                    break;
                }
            }
        }

        // Walk back through the saved frontiers.
        var middle = new List<(Op, int, int)>();
        int cx = n, cy = m;
        for (int d = found; d > 0; d--)
        {
            var prev = trace[d];
            int k = cx - cy;
            int prevK = k == -d || (k != d && prev[offset + k - 1] < prev[offset + k + 1]) ? k + 1 : k - 1;
            int prevX = prev[offset + prevK];
            int prevY = prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                middle.Add((Op.Equal, head + cx - 1, head + cy - 1));
                cx--;
                cy--;
            }

            if (cx == prevX) middle.Add((Op.Insert, head + cx, head + cy - 1));
            else middle.Add((Op.Delete, head + cx - 1, head + cy));
            cx = prevX;
            cy = prevY;
        }

        while (cx > 0 && cy > 0)
        {
            middle.Add((Op.Equal, head + cx - 1, head + cy - 1));
            cx--;
            cy--;
        }

        middle.Reverse();
        var script = new List<(Op Op, int A, int B)>(a.Count + m);
        for (int i = 0; i < head; i++) script.Add((Op.Equal, i, i));
        script.AddRange(middle);
        for (int i = 0; i < tail; i++) script.Add((Op.Equal, a.Count - tail + i, b.Count - tail + i));
        return script;
    }
}
