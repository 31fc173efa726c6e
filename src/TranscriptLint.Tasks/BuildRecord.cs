using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace TranscriptLint.Tasks;

/// <summary>One thing the task logged, kept so that a no-op build logs it again word for word.</summary>
internal sealed class LoggedEvent
{
    public LoggedEvent(LoggedEventKind kind, string text, string? code = null, string? helpLink = null, string? file = null, int line = 0, int column = 0, MessageImportance importance = MessageImportance.Normal)
    {
        Kind = kind;
        Text = text;
        Code = code;
        HelpLink = helpLink;
        File = file;
        Line = line;
        Column = column;
        Importance = importance;
    }

    public LoggedEventKind Kind { get; }

    public string Text { get; }

    public string? Code { get; }

    public string? HelpLink { get; }

    public string? File { get; }

    public int Line { get; }

    public int Column { get; }

    public MessageImportance Importance { get; }

    public void LogTo(TaskLoggingHelper log)
    {
        // End line and column stay 0: GitHub's problem matcher for dotnet reads file(line,col) but not
        // file(line,col,endLine,endCol). The SARIF log keeps the full range.
        switch (Kind)
        {
            case LoggedEventKind.Error:
                log.LogError(null, Code, null, HelpLink, File, Line, Column, 0, 0, Text);
                break;
            case LoggedEventKind.Warning:
                log.LogWarning(null, Code, null, HelpLink, File, Line, Column, 0, 0, Text);
                break;
            default:
                log.LogMessage(null, Code, null, File, Line, Column, 0, 0, Importance, "{0}", Text);
                break;
        }
    }
}

internal enum LoggedEventKind
{
    Error,
    Warning,
    Message,
}

/// <summary>
/// Everything the task's result depends on besides the files it reads: the tool's build, its parameters, and its items
/// with the metadata it reads, in order. A changed item list (a transcript added, removed or renamed) is another build.
/// </summary>
internal sealed class BuildInputs
{
    public BuildInputs(string toolKey, string[] parameters, IReadOnlyList<KeyValuePair<string, bool>> items)
    {
        ToolKey = toolKey;
        Parameters = parameters;
        Items = items;
    }

    public string ToolKey { get; }

    /// <summary>The task's parameters as given (project folder, config, baseline, SARIF and cache paths).</summary>
    public string[] Parameters { get; }

    /// <summary>Each item's spec and whether it came from the default globs.</summary>
    public IReadOnlyList<KeyValuePair<string, bool>> Items { get; }
}

/// <summary>
/// What the last full build of the task read and logged, in one file beside the cache: its inputs (<see
/// cref="BuildInputs"/>), the change stamp of every path it read or looked for (each transcript, config, roster and
/// baseline, and each place a transcriptlint.json was looked for and not found), and everything it logged. When the
/// inputs and every stamp are unchanged, nothing the findings depend on has changed, and the build replays it (see <see
/// cref="UnchangedFindings"/>) without planning, hashing or linting: a no-op rebuild costs one stat per path. The file
/// is binary and read as a stream, so that check allocates next to nothing beyond the logged messages (a cold MSBuild
/// node pays for every megabyte). The stamps are <see cref="FileChangeStamp"/>'s, so a record is written only when
/// every one of them could be kept (Linux, and no change in the last seconds); otherwise the next build takes the
/// cache's path.
/// </summary>
internal sealed class BuildRecord
{
    private const string Magic = "transcriptlint-build";
    private const int Version = 2;
    private const byte SummaryMarker = 255;

    private BuildRecord(int considered, int linted, List<LoggedEvent?> events)
    {
        Considered = considered;
        Linted = linted;
        Events = events;
    }

    /// <summary>The transcripts the build considered, for "0 of N transcripts re-linted".</summary>
    public int Considered { get; }

    /// <summary>The transcripts it linted (the rest were skipped: not transcripts, binary, excluded).</summary>
    public int Linted { get; }

    /// <summary>What it logged, in order; null where the "re-linted" summary stood (its counts differ on a replay).</summary>
    public IReadOnlyList<LoggedEvent?> Events { get; }

    /// <summary>The file beside the cache that holds the record.</summary>
    public static string PathFor(string cachePath) => cachePath + ".lastbuild";

    /// <summary>
    /// The record at <paramref name="path"/> when it was written for these <paramref name="inputs"/> and every path it
    /// watched still has the stamp it had (and the outputs it names are as written); null otherwise.
    /// </summary>
    public static BuildRecord? ReadIfCurrent(string path, BuildInputs inputs, DateTime nowUtc)
    {
        try
        {
            if (!File.Exists(path)) return null;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != Version || reader.ReadString() != inputs.ToolKey) return null;
            foreach (string parameter in inputs.Parameters)
            {
                if (reader.ReadString() != parameter) return null;
            }

            if (reader.ReadInt32() != inputs.Items.Count) return null;
            foreach (var item in inputs.Items)
            {
                if (reader.ReadString() != item.Key || reader.ReadBoolean() != item.Value) return null;
            }

            int considered = reader.ReadInt32();
            int linted = reader.ReadInt32();
            if (!StampsHold(reader, nowUtc)) return null;

            for (int outputs = reader.ReadInt32(); outputs > 0; outputs--)
            {
                string output = reader.ReadString();
                if (!OutputStamp(output).Equals(ReadStamp(reader))) return null;
            }

            var strings = new string?[reader.ReadInt32()];
            for (int i = 0; i < strings.Length; i++) strings[i] = reader.ReadString();
            var events = new List<LoggedEvent?>(reader.ReadInt32());
            for (int i = events.Capacity; i > 0; i--)
            {
                byte kind = reader.ReadByte();
                if (kind == SummaryMarker)
                {
                    events.Add(null);
                    continue;
                }

                string? code = Lookup(strings, reader.ReadInt32()), helpLink = Lookup(strings, reader.ReadInt32()), file = Lookup(strings, reader.ReadInt32());
                int line = reader.ReadInt32(), column = reader.ReadInt32();
                var importance = (MessageImportance)reader.ReadByte();
                events.Add(new LoggedEvent((LoggedEventKind)kind, reader.ReadString(), code, helpLink, file, line, column, importance));
            }

            return reader.ReadString() == "end" && stream.Position == stream.Length ? new BuildRecord(considered, linted, events) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or FormatException or IndexOutOfRangeException or OverflowException or InvalidCastException)
        {
            // EndOfStreamException (an IOException) included: a cut-short record is no record.
            return null;
        }
    }

    /// <summary>Writes the record of a build, or deletes the old one when a stamp could not be kept.</summary>
    public static void Write(string path, BuildInputs inputs, BuildRecorder recorder, int considered, int linted)
    {
        if (!recorder.TryGetStampsByFolder(out var folders))
        {
            Delete(path);
            return;
        }

        AtomicFile.WriteBytes(path, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(inputs.ToolKey);
            foreach (string parameter in inputs.Parameters) writer.Write(parameter);
            writer.Write(inputs.Items.Count);
            foreach (var item in inputs.Items)
            {
                writer.Write(item.Key);
                writer.Write(item.Value);
            }

            writer.Write(considered);
            writer.Write(linted);
            writer.Write(folders.Count);
            foreach (var folder in folders)
            {
                WriteBytes(writer, folder.Key);
                writer.Write(folder.Value.Count);
                foreach (var entry in folder.Value)
                {
                    WriteBytes(writer, entry.Key);
                    WriteStamp(writer, entry.Value);
                }
            }

            writer.Write(recorder.Outputs.Count);
            foreach (string output in recorder.Outputs)
            {
                writer.Write(output);
                WriteStamp(writer, OutputStamp(output));
            }

            // Codes, help links and file names repeat across findings: each is written once.
            var table = new Dictionary<string, int>(StringComparer.Ordinal);
            var strings = new List<string>();
            int Index(string? value)
            {
                if (value is null) return -1;
                if (!table.TryGetValue(value, out int index))
                {
                    index = strings.Count;
                    table[value] = index;
                    strings.Add(value);
                }

                return index;
            }

            var rows = recorder.Events.Select(e => e is null ? null : new { e, Code = Index(e.Code), Help = Index(e.HelpLink), File = Index(e.File) }).ToList();
            writer.Write(strings.Count);
            foreach (string value in strings) writer.Write(value);
            writer.Write(rows.Count);
            foreach (var row in rows)
            {
                if (row is null)
                {
                    writer.Write(SummaryMarker);
                    continue;
                }

                writer.Write((byte)row.e.Kind);
                writer.Write(row.Code);
                writer.Write(row.Help);
                writer.Write(row.File);
                writer.Write(row.e.Line);
                writer.Write(row.e.Column);
                writer.Write((byte)row.e.Importance);
                writer.Write(row.e.Text);
            }

            writer.Write("end");
        });
    }

    /// <summary>Drops the record (the next build takes the cache's path). Never throws: a record that stays is still checked.</summary>
    public static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>What an output of the build (the cache, the SARIF log) looks like now: its size and modification time, or absent.</summary>
    private static PathStamp OutputStamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new PathStamp(PathKind.File, info.Length, info.LastWriteTimeUtc.Ticks, 0, 0) : PathStamp.Absent;
    }

    /// <summary>Reads the folders and their entries' stamps, comparing each with the disk; false at the first that differs.</summary>
#if NET
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // one pass over thousands: no tiering
#endif
    private static bool StampsHold(BinaryReader reader, DateTime nowUtc)
    {
        using var checker = new FileChangeStamp.FolderChecker(nowUtc);
        byte[] folderPath = new byte[256], name = new byte[256];
        for (int folders = reader.ReadInt32(); folders > 0; folders--)
        {
            folderPath = ReadBytes(reader, folderPath);
            if (!checker.Open(folderPath)) return false;
            for (int entries = reader.ReadInt32(); entries > 0; entries--)
            {
                name = ReadBytes(reader, name);
                if (!checker.Matches(name, ReadStamp(reader))) return false;
            }
        }

        return true;
    }

    private static void WriteStamp(BinaryWriter writer, PathStamp stamp)
    {
        writer.Write((byte)stamp.Kind);
        writer.Write(stamp.Size);
        writer.Write(stamp.ModifiedTicks);
        writer.Write(stamp.ChangedTicks);
        writer.Write(stamp.Inode);
    }

    private static PathStamp ReadStamp(BinaryReader reader) =>
        new((PathKind)reader.ReadByte(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64());

    /// <summary>A path as its UTF-8 bytes, which the reader hands to the kernel as they are.</summary>
    private static void WriteBytes(BinaryWriter writer, string value)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(value);
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    /// <summary>Reads a path's UTF-8 bytes into <paramref name="buffer"/> (grown if need be), NUL-terminated for the kernel.</summary>
    private static byte[] ReadBytes(BinaryReader reader, byte[] buffer)
    {
        int length = reader.ReadInt32();
        if (length < 0) throw new FormatException();
        if (length + 1 > buffer.Length) buffer = new byte[Math.Max(length + 1, buffer.Length * 2)];
        for (int read = 0; read < length;)
        {
            int n = reader.Read(buffer, read, length - read);
            if (n <= 0) throw new EndOfStreamException();
            read += n;
        }

        buffer[length] = 0;
        return buffer;
    }

    private static string? Lookup(string?[] strings, int index) => index < 0 ? null : strings[index];
}

/// <summary>
/// Collects a full build's record as it runs: every path the build reads or looks for, stamped before it is read (an
/// edit after that moves the stamp, so the next build does not trust the record), and everything it logs. Paths are
/// watched from several threads at once.
/// </summary>
internal sealed class BuildRecorder
{
    private readonly ConcurrentDictionary<string, PathStamp?> watched = new(LintCache.PathComparer);
    private readonly List<LoggedEvent?> events = new();
    private readonly List<string> outputs = new();
    private readonly DateTime startUtc = DateTime.UtcNow;

    public IReadOnlyList<LoggedEvent?> Events => events;

    public IReadOnlyList<string> Outputs => outputs;

    /// <summary>
    /// Stamps a path the build is about to read or look for, and returns the stamp (the first stamp of a path is the
    /// one kept); null when there is none to trust, and then no record is written.
    /// </summary>
    public PathStamp? Watch(string fullPath)
    {
        if (watched.TryGetValue(fullPath, out var kept)) return kept;
        return watched.GetOrAdd(fullPath, FileChangeStamp.ReadAny(fullPath, startUtc));
    }

    /// <summary>An event the build logged; null for the "re-linted" summary.</summary>
    public void Logged(LoggedEvent? e)
    {
        lock (events) events.Add(e);
    }

    /// <summary>A file the build wrote that a replay needs as it was left (the cache, the SARIF log).</summary>
    public void Wrote(string fullPath) => outputs.Add(fullPath);

    /// <summary>The watched paths by folder and name, in order; false when some path had no stamp to trust.</summary>
    public bool TryGetStampsByFolder(out SortedDictionary<string, SortedDictionary<string, PathStamp>> folders)
    {
        folders = new SortedDictionary<string, SortedDictionary<string, PathStamp>>(StringComparer.Ordinal);
        foreach (var entry in watched)
        {
            // Full paths on Linux (the only system with stamps): the folder is all before the last '/', "/" at the top.
            int slash = entry.Key.LastIndexOf('/');
            if (entry.Value is not { } stamp || slash < 0 || slash == entry.Key.Length - 1) return false;
            string folder = slash == 0 ? "/" : entry.Key.Substring(0, slash);
            if (!folders.TryGetValue(folder, out var names)) folders[folder] = names = new SortedDictionary<string, PathStamp>(StringComparer.Ordinal);
            names[entry.Key.Substring(slash + 1)] = stamp;
        }

        return true;
    }
}
