using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using TranscriptLint.Diagnostics;
using TranscriptLint.Engine;
using TranscriptLint.Text;

namespace TranscriptLint.Tasks;

/// <summary>What the cache remembers about one file: the key it was linted under, and what that gave.</summary>
internal sealed class CacheEntry
{
    public CacheEntry(string fullPath, long size, string contentHash, string configKey, bool named, bool linted, IReadOnlyList<Finding> findings, IReadOnlyList<FileSpeaker>? speakers = null, Severity crossFileSeverity = Severity.Off)
    {
        Speakers = speakers ?? Array.Empty<FileSpeaker>();
        CrossFileSeverity = crossFileSeverity;
        FullPath = fullPath;
        Size = size;
        ContentHash = contentHash;
        ConfigKey = configKey;
        Named = named;
        Linted = linted;
        Findings = findings;
    }

    public string FullPath { get; }

    public long Size { get; }

    /// <summary>SHA-256 of the file's bytes (not its timestamp, which copies and archives keep across edits).</summary>
    public string ContentHash { get; }

    /// <summary>Which config applied and the hash of its text and every roster file it read (see <see cref="LintTranscripts"/>).</summary>
    public string ConfigKey { get; }

    /// <summary>Whether the file was named explicitly (linted even if it does not look like a transcript).</summary>
    public bool Named { get; }

    /// <summary>False when the file was skipped (not a transcript, or binary): it has no findings then.</summary>
    public bool Linted { get; }

    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// The file's speaker summary (each spelling, whether it is pinned, every label's span, line/column and TL0013
    /// suppression), so a replayed file takes part in the run-level passes (TL0013) like a fresh one.
    /// </summary>
    public IReadOnlyList<FileSpeaker> Speakers { get; }

    /// <summary>The severity the file's settings give TL0013 (off when the rule is off there).</summary>
    public Severity CrossFileSeverity { get; }

    public bool Matches(long size, string contentHash, string configKey, bool named) =>
        Size == size && Named == named && string.Equals(ContentHash, contentHash, StringComparison.Ordinal) && string.Equals(ConfigKey, configKey, StringComparison.Ordinal);
}

/// <summary>
/// The per-project cache under obj/: one entry per transcript, keyed by full path, size, content hash and config
/// (its text and the roster files it read).
/// It stores findings (errors included), never a "passed" verdict, so a cached file is reported exactly as a
/// fresh lint would report it and a failed build stays failed. Written to a temporary file and moved into place,
/// so a killed build leaves the old cache or the new one, never half of one. Anything unreadable is ignored.
/// </summary>
internal static class LintCache
{
    /// <summary>Version 3 added each file's speaker summary and TL0013 severity (an older cache is ignored: everything is linted once).</summary>
    private const string Magic = "transcriptlint-cache 3";

    public static Dictionary<string, CacheEntry> Read(string path, string toolKey)
    {
        var entries = new Dictionary<string, CacheEntry>(PathComparer);
        string[] lines;
        try
        {
            if (!File.Exists(path)) return entries;
            lines = File.ReadAllLines(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return entries;
        }

        try
        {
            if (lines.Length < 3 || lines[0] != Magic || lines[1] != "tool\t" + Escape(toolKey) || lines[lines.Length - 1] != "end") return entries;
            int i = 2;
            while (i < lines.Length - 1)
            {
                var f = lines[i++].Split('\t');
                if (f.Length != 10 || f[0] != "file") return new Dictionary<string, CacheEntry>(PathComparer);
                int count = int.Parse(f[7], CultureInfo.InvariantCulture);
                var findings = new List<Finding>(count);
                for (int k = 0; k < count; k++)
                {
                    var d = lines[i++].Split('\t');
                    if (d.Length != 11 || d[0] != "d") return new Dictionary<string, CacheEntry>(PathComparer);
                    findings.Add(new Finding(
                        Unescape(d[1]),
                        (Severity)int.Parse(d[2], CultureInfo.InvariantCulture),
                        Unescape(d[10]),
                        Int(d[3]),
                        Int(d[4]),
                        Int(d[5]),
                        Int(d[6]),
                        Int(d[7]),
                        Int(d[8]),
                        Unescape(d[9])));
                }

                int speakerCount = int.Parse(f[8], CultureInfo.InvariantCulture);
                var speakers = new List<FileSpeaker>(speakerCount);
                for (int k = 0; k < speakerCount; k++) speakers.Add(ReadSpeaker(lines[i++]) ?? throw new FormatException());

                var entry = new CacheEntry(Unescape(f[1]), long.Parse(f[2], CultureInfo.InvariantCulture), Unescape(f[3]), Unescape(f[4]), f[5] == "1", f[6] == "1", findings, speakers, (Severity)int.Parse(f[9], CultureInfo.InvariantCulture));
                entries[entry.FullPath] = entry;
            }

            return entries;
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or IndexOutOfRangeException)
        {
            return new Dictionary<string, CacheEntry>(PathComparer);
        }
    }

    public static void Write(string path, string toolKey, IEnumerable<CacheEntry> entries)
    {
        var text = new StringBuilder();
        text.Append(Magic).Append('\n');
        text.Append("tool\t").Append(Escape(toolKey)).Append('\n');
        foreach (var e in entries)
        {
            text.Append("file\t").Append(Escape(e.FullPath)).Append('\t')
                .Append(e.Size.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(Escape(e.ContentHash)).Append('\t')
                .Append(Escape(e.ConfigKey)).Append('\t')
                .Append(e.Named ? '1' : '0').Append('\t')
                .Append(e.Linted ? '1' : '0').Append('\t')
                .Append(e.Findings.Count.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(e.Speakers.Count.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(((int)e.CrossFileSeverity).ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var d in e.Findings)
            {
                text.Append("d\t").Append(Escape(d.RuleId)).Append('\t')
                    .Append(((int)d.Severity).ToString(CultureInfo.InvariantCulture)).Append('\t')
                    .Append(Str(d.StartLine)).Append('\t').Append(Str(d.StartColumn)).Append('\t')
                    .Append(Str(d.EndLine)).Append('\t').Append(Str(d.EndColumn)).Append('\t')
                    .Append(Str(d.SpanStart)).Append('\t').Append(Str(d.SpanLength)).Append('\t')
                    .Append(Escape(d.Fingerprint)).Append('\t')
                    .Append(Escape(d.Message)).Append('\n');
            }

            foreach (var speaker in e.Speakers) WriteSpeaker(text, speaker);
        }

        text.Append("end\n");
        AtomicFile.WriteAllText(path, text.ToString());
    }

    /// <summary>
    /// One spelling a line: <c>s TAB spelling TAB pinned TAB uses</c>, each use <c>start,length,line,col,endLine,endCol,suppressed</c>
    /// and the uses separated by ';'.
    /// </summary>
    private static void WriteSpeaker(StringBuilder text, FileSpeaker speaker)
    {
        text.Append("s\t").Append(Escape(speaker.Spelling)).Append('\t').Append(speaker.IsPinned ? '1' : '0').Append('\t');
        for (int i = 0; i < speaker.Uses.Count; i++)
        {
            var use = speaker.Uses[i];
            if (i > 0) text.Append(';');
            text.Append(Str(use.Span.Start)).Append(',').Append(Str(use.Span.Length)).Append(',')
                .Append(Str(use.Start.Line)).Append(',').Append(Str(use.Start.Column)).Append(',')
                .Append(Str(use.End.Line)).Append(',').Append(Str(use.End.Column)).Append(',')
                .Append(use.IsSuppressed ? '1' : '0');
        }

        text.Append('\n');
    }

    private static FileSpeaker? ReadSpeaker(string line)
    {
        var s = line.Split('\t');
        if (s.Length != 4 || s[0] != "s") return null;
        var speaker = new FileSpeaker(Unescape(s[1]), s[2] == "1");
        if (s[3].Length == 0) return speaker;
        foreach (var use in s[3].Split(';'))
        {
            var n = use.Split(',');
            if (n.Length != 7) return null;
            speaker.AddUse(new SpeakerUse(new TextSpan(Int(n[0]), Int(n[1])), new LinePosition(Int(n[2]), Int(n[3])), new LinePosition(Int(n[4]), Int(n[5])), n[6] == "1"));
        }

        return speaker;
    }

    public static StringComparer PathComparer => Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    internal static string Unescape(string text)
    {
        if (text.IndexOf('\\') < 0) return text;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\\' || i + 1 == text.Length)
            {
                sb.Append(c);
                continue;
            }

            char next = text[++i];
            sb.Append(next switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => next,
            });
        }

        return sb.ToString();
    }
}

/// <summary>Writes a file so readers see the old content or the new, never a torn one.</summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string text) => Write(path, writer => writer.Write(text));

    /// <summary>Streams the content through <paramref name="write"/> into a temp file beside the target, then swaps it in.</summary>
    public static void Write(string path, Action<TextWriter> write)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        Directory.CreateDirectory(directory);
        string temp = Path.Combine(directory, Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16))
            {
                write(writer);
            }

            if (File.Exists(path))
            {
                File.Replace(temp, path, destinationBackupFileName: null, ignoreMetadataErrors: true);
            }
            else
            {
                File.Move(temp, path);
            }
        }
        finally
        {
            try
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Leave a stray temp file rather than fail the build over it.
            }
        }
    }
}
