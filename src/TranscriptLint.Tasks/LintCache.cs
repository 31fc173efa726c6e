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
    public CacheEntry(string fullPath, long size, string contentHash, string configKey, bool named, bool linted, IReadOnlyList<Finding> findings, IReadOnlyList<FileSpeaker>? speakers = null, Severity crossFileSeverity = Severity.Off, string? changeStamp = null)
    {
        ChangeStamp = changeStamp;
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

    /// <summary>The file's change stamp when it was hashed, if one was kept (<see cref="FileChangeStamp"/>): while it holds, the hash does.</summary>
    public string? ChangeStamp { get; }

    /// <summary>This entry with another change stamp (the file was hashed again and its content had not changed).</summary>
    public CacheEntry WithChangeStamp(string? changeStamp) =>
        new(FullPath, Size, ContentHash, ConfigKey, Named, Linted, Findings, Speakers, CrossFileSeverity, changeStamp);

    public bool Matches(long size, string contentHash, string configKey, bool named) =>
        Size == size && Named == named && string.Equals(ContentHash, contentHash, StringComparison.Ordinal) && string.Equals(ConfigKey, configKey, StringComparison.Ordinal);
}

/// <summary>
/// What the passes over the whole build (TL0013, the baseline) gave last time, and the key of everything they read:
/// every file's cache key in order and the baseline's content. When the key is unchanged, so is their output, and a
/// no-op build replays it without reading a speaker summary.
/// </summary>
internal sealed class RunRecord
{
    public RunRecord(string key, int baselineAbsorbed, int baselineGone, Dictionary<string, IReadOnlyList<Finding>> changedFindings)
    {
        Key = key;
        BaselineAbsorbed = baselineAbsorbed;
        BaselineGone = baselineGone;
        ChangedFindings = changedFindings;
    }

    public string Key { get; }

    public int BaselineAbsorbed { get; }

    public int BaselineGone { get; }

    /// <summary>The final findings of each file the passes changed (added TL0013, hid baselined ones); other files keep their own.</summary>
    public Dictionary<string, IReadOnlyList<Finding>> ChangedFindings { get; }
}

/// <summary>The cache as read: the per-file entries and the last build's run record (null when there is none).</summary>
internal sealed class CacheContents
{
    public CacheContents(Dictionary<string, CacheEntry> entries, RunRecord? run)
    {
        Entries = entries;
        Run = run;
    }

    public static CacheContents Empty => new(new Dictionary<string, CacheEntry>(LintCache.PathComparer), null);

    public Dictionary<string, CacheEntry> Entries { get; }

    public RunRecord? Run { get; }
}

/// <summary>
/// The per-project cache under obj/: one entry per transcript, keyed by full path, size, content hash and config
/// (its text and the roster files it read), then the run record.
/// It stores findings (errors included), never a "passed" verdict, so a cached file is reported exactly as a
/// fresh lint would report it and a failed build stays failed. Written to a temporary file and moved into place,
/// so a killed build leaves the old cache or the new one, never half of one. Anything unreadable is ignored.
/// Speaker summaries, most of the file, are parsed only when a pass needs them (something changed).
/// </summary>
internal static class LintCache
{
    /// <summary>Version 5 added the run record and change stamps (an older cache is ignored: everything is linted once).</summary>
    private const string Magic = "transcriptlint-cache 5";

    public static CacheContents Read(string path, string toolKey)
    {
        string text;
        try
        {
            if (!File.Exists(path)) return CacheContents.Empty;
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return CacheContents.Empty;
        }

        try
        {
            var lines = new LineCursor(text);
            if (lines.Next() != Magic || lines.Next() != "tool\t" + Escape(toolKey) || !text.EndsWith("end\n", StringComparison.Ordinal)) return CacheContents.Empty;
            var store = lines.Next() is { } speakersLine && speakersLine.StartsWith("speakers\t", StringComparison.Ordinal)
                ? new SpeakerStore(SpeakersPath(path), speakersLine.Substring("speakers\t".Length))
                : null;
            if (store is null || !store.IsPresent()) return CacheContents.Empty;
            var entries = new Dictionary<string, CacheEntry>(PathComparer);
            RunRecord? run = null;
            while (lines.Next() is { } line && line != "end")
            {
                var f = line.Split('\t');
                if (f[0] == "run" && f.Length == 4)
                {
                    run = ReadRun(lines, f);
                    continue;
                }

                if (f.Length != 13 || f[0] != "file") return CacheContents.Empty;
                var findings = ReadFindings(lines, Int(f[7]));
                var speakers = new CachedSpeakers(store, Int(f[10]), Int(f[11]), Int(f[8]));
                string? changeStamp = f[12].Length == 0 ? null : Unescape(f[12]);
                var entry = new CacheEntry(Unescape(f[1]), long.Parse(f[2], CultureInfo.InvariantCulture), Unescape(f[3]), Unescape(f[4]), f[5] == "1", f[6] == "1", findings, speakers, (Severity)Int(f[9]), changeStamp);
                entries[entry.FullPath] = entry;
            }

            return new CacheContents(entries, run);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or IndexOutOfRangeException)
        {
            return CacheContents.Empty;
        }
    }

    /// <summary>
    /// The speaker summaries go to a second file (<see cref="SpeakersPath"/>), written first and tied to this one by a
    /// generation id: a build killed between the two writes leaves ids that differ, and the cache is ignored.
    /// </summary>
    public static void Write(string path, string toolKey, IReadOnlyList<CacheEntry> entries, RunRecord? run)
    {
        string generation = Guid.NewGuid().ToString("N");
        var blocks = new (int Start, int End)[entries.Count];
        AtomicFile.Write(SpeakersPath(path), writer =>
        {
            var text = new StringBuilder();
            text.Append(SpeakerStore.Header(generation)).Append('\n');
            for (int i = 0; i < entries.Count; i++)
            {
                int start = text.Length;
                var speakers = entries[i].Speakers;

                // A summary never parsed this build is copied as it was read.
                if (speakers is CachedSpeakers { IsParsed: false } unparsed) text.Append(unparsed.Text);
                else foreach (var speaker in speakers) WriteSpeaker(text, speaker);
                blocks[i] = (start, text.Length);
            }

            writer.Write(text.ToString());
        });

        AtomicFile.Write(path, writer =>
        {
            var text = new StringBuilder();
            text.Append(Magic).Append('\n');
            text.Append("tool\t").Append(Escape(toolKey)).Append('\n');
            text.Append("speakers\t").Append(generation).Append('\n');
            for (int i = 0; i < entries.Count; i++)
            {
                var e = entries[i];
                text.Append("file\t").Append(Escape(e.FullPath)).Append('\t')
                    .Append(e.Size.ToString(CultureInfo.InvariantCulture)).Append('\t')
                    .Append(Escape(e.ContentHash)).Append('\t')
                    .Append(Escape(e.ConfigKey)).Append('\t')
                    .Append(e.Named ? '1' : '0').Append('\t')
                    .Append(e.Linted ? '1' : '0').Append('\t')
                    .Append(Str(e.Findings.Count)).Append('\t')
                    .Append(Str(e.Speakers.Count)).Append('\t')
                    .Append(Str((int)e.CrossFileSeverity)).Append('\t')
                    .Append(Str(blocks[i].Start)).Append('\t')
                    .Append(Str(blocks[i].End)).Append('\t')
                    .Append(Escape(e.ChangeStamp ?? string.Empty)).Append('\n');
                foreach (var d in e.Findings) WriteFinding(text, d);
            }

            if (run is not null)
            {
                text.Append("run\t").Append(Escape(run.Key)).Append('\t').Append(Str(run.BaselineAbsorbed)).Append('\t').Append(Str(run.BaselineGone)).Append('\n');
                foreach (var changed in run.ChangedFindings)
                {
                    text.Append("r\t").Append(Escape(changed.Key)).Append('\t').Append(Str(changed.Value.Count)).Append('\n');
                    foreach (var d in changed.Value) WriteFinding(text, d);
                }
            }

            text.Append("end\n");
            writer.Write(text.ToString());
        });
    }

    /// <summary>The file beside the cache that holds the speaker summaries.</summary>
    public static string SpeakersPath(string cachePath) => cachePath + ".speakers";

    private static RunRecord ReadRun(LineCursor lines, string[] header)
    {
        var changed = new Dictionary<string, IReadOnlyList<Finding>>(PathComparer);
        while (lines.Peek() is { } line && line.StartsWith("r\t", StringComparison.Ordinal))
        {
            lines.Next();
            var r = line.Split('\t');
            if (r.Length != 3) throw new FormatException();
            changed[Unescape(r[1])] = ReadFindings(lines, Int(r[2]));
        }

        return new RunRecord(Unescape(header[1]), Int(header[2]), Int(header[3]), changed);
    }

    private static List<Finding> ReadFindings(LineCursor lines, int count)
    {
        var findings = new List<Finding>(count);
        for (int k = 0; k < count; k++)
        {
            var d = (lines.Next() ?? throw new FormatException()).Split('\t');
            if (d.Length != 11 || d[0] != "d") throw new FormatException();
            findings.Add(new Finding(Unescape(d[1]), (Severity)Int(d[2]), Unescape(d[10]), Int(d[3]), Int(d[4]), Int(d[5]), Int(d[6]), Int(d[7]), Int(d[8]), Unescape(d[9])));
        }

        return findings;
    }

    private static void WriteFinding(StringBuilder text, Finding d)
    {
        text.Append("d\t").Append(Escape(d.RuleId)).Append('\t')
            .Append(((int)d.Severity).ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(Str(d.StartLine)).Append('\t').Append(Str(d.StartColumn)).Append('\t')
            .Append(Str(d.EndLine)).Append('\t').Append(Str(d.EndColumn)).Append('\t')
            .Append(Str(d.SpanStart)).Append('\t').Append(Str(d.SpanLength)).Append('\t')
            .Append(Escape(d.Fingerprint)).Append('\t')
            .Append(Escape(d.Message)).Append('\n');
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

    internal static FileSpeaker? ReadSpeaker(string line)
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

/// <summary>Lines of a text one at a time, by position, without splitting the whole text.</summary>
internal sealed class LineCursor
{
    private readonly string text;

    public LineCursor(string text) => this.text = text;

    public int Position { get; private set; }

    /// <summary>The next line without its '\n', or null at the end.</summary>
    public string? Next()
    {
        string? line = Peek();
        if (line is not null) Position = Math.Min(text.Length, Position + line.Length + 1);
        return line;
    }

    public string? Peek()
    {
        if (Position >= text.Length) return null;
        int end = text.IndexOf('\n', Position);
        return text.Substring(Position, (end < 0 ? text.Length : end) - Position);
    }
}

/// <summary>
/// The speaker summaries file beside the cache, read the first time a summary is needed: a build where nothing changed
/// never reads it.
/// </summary>
internal sealed class SpeakerStore
{
    private readonly string path;
    private readonly string generation;
    private string? text;

    public SpeakerStore(string path, string generation)
    {
        this.path = path;
        this.generation = generation;
    }

    public static string Header(string generation) => "transcriptlint-speakers " + generation;

    /// <summary>The whole file (header line included, so block offsets count from its start); empty when it is gone or another generation.</summary>
    public string Text => text ??= Load();

    /// <summary>Whether the file is there and of this generation (reads its first line only).</summary>
    public bool IsPresent()
    {
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            return reader.ReadLine() == Header(generation);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return false;
        }
    }

    private string Load()
    {
        try
        {
            string all = File.ReadAllText(path, Encoding.UTF8);
            return all.StartsWith(Header(generation) + "\n", StringComparison.Ordinal) ? all : string.Empty;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return string.Empty;
        }
    }
}

/// <summary>
/// A cached file's speaker summary, a block of the <see cref="SpeakerStore"/> parsed when a pass reads it. A summary
/// that does not parse counts as none (both files are written whole or not at all, and tied by their generation).
/// </summary>
internal sealed class CachedSpeakers : IReadOnlyList<FileSpeaker>
{
    private readonly SpeakerStore store;
    private readonly int start;
    private readonly int end;
    private readonly int declaredCount;
    private List<FileSpeaker>? parsed;

    public CachedSpeakers(SpeakerStore store, int start, int end, int count)
    {
        this.store = store;
        this.start = start;
        this.end = end;
        declaredCount = count;
    }

    public int Count => parsed?.Count ?? declaredCount;

    public bool IsParsed => parsed is not null;

    /// <summary>The summary's lines as the cache held them (none when the store is unusable).</summary>
    public string Text => start >= 0 && start <= end && end <= store.Text.Length ? store.Text.Substring(start, end - start) : string.Empty;

    public FileSpeaker this[int index] => Parsed[index];

    public IEnumerator<FileSpeaker> GetEnumerator() => Parsed.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private List<FileSpeaker> Parsed => parsed ??= Parse();

    private List<FileSpeaker> Parse()
    {
        var speakers = new List<FileSpeaker>(Count);
        var lines = new LineCursor(Text);
        try
        {
            while (lines.Next() is { } line)
            {
                if (LintCache.ReadSpeaker(line) is not { } speaker) return new List<FileSpeaker>();
                speakers.Add(speaker);
            }
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            return new List<FileSpeaker>();
        }

        return speakers;
    }
}

/// <summary>Writes a file so readers see the old content or the new, never a torn one.</summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string text) => Write(path, writer => writer.Write(text));

    /// <summary>Streams the content through <paramref name="write"/> into a temp file beside the target, then swaps it in.</summary>
    public static void Write(string path, Action<TextWriter> write) => WriteBytes(path, stream =>
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        write(writer);
    });

    /// <summary>Writes the file through a stream, to a temporary file moved into place.</summary>
    public static void WriteBytes(string path, Action<Stream> write)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        Directory.CreateDirectory(directory);
        string temp = Path.Combine(directory, Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
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
