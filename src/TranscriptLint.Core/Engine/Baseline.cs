using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using TranscriptLint.Configuration;
using TranscriptLint.Diagnostics;
using TranscriptLint.Json;

namespace TranscriptLint.Engine;

/// <summary>One frozen finding (or several identical ones): keyed by file, rule and fingerprint, with how many there were.</summary>
public sealed class BaselineEntry
{
    public BaselineEntry(string file, string rule, string fingerprint, int count, string message)
    {
        File = file;
        Rule = rule;
        Fingerprint = fingerprint;
        Count = count;
        Message = message;
    }

    /// <summary>The transcript's path relative to the baseline's folder, with '/' separators.</summary>
    public string File { get; }

    public string Rule { get; }

    /// <summary><see cref="Diagnostic.Fingerprint"/>: the same when lines move above the finding.</summary>
    public string Fingerprint { get; }

    public int Count { get; }

    /// <summary>The finding's message when it was frozen, for the reader of the file; matching ignores it.</summary>
    public string Message { get; }

    internal string Key => Baseline.KeyOf(File, Rule, Fingerprint);
}

/// <summary>
/// The findings a repo has accepted for now (<c>transcriptlint.baseline.json</c>): a run then reports only findings
/// beyond them. Matching is by file, rule and fingerprint, and counts: two identical findings frozen, three today, one
/// is reported. The file is sorted, one entry a line, so a review shows what was frozen.
/// </summary>
public sealed class Baseline
{
    public const string FileName = "transcriptlint.baseline.json";

    private readonly Dictionary<string, BaselineEntry> byKey;

    private Baseline(IReadOnlyList<BaselineEntry> entries)
    {
        var sorted = new List<BaselineEntry>(entries);
        sorted.Sort(Compare);
        Entries = sorted;
        byKey = new Dictionary<string, BaselineEntry>(StringComparer.Ordinal);
        foreach (var entry in sorted) byKey[entry.Key] = entry;
    }

    /// <summary>Sorted by file, rule and fingerprint.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>How many findings the baseline holds (the sum of the counts).</summary>
    public int FindingCount
    {
        get
        {
            int total = 0;
            foreach (var entry in Entries) total += entry.Count;
            return total;
        }
    }

    /// <summary>
    /// Where a run's baseline lives: beside the nearest transcriptlint.json walking up from <paramref name="folder"/>,
    /// or null when there is none (the caller picks a default, such as the current folder).
    /// </summary>
    public static string? FindBesideConfig(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, ConfigLoader.FileName))) return Path.Combine(dir.FullName, FileName);
        }

        return null;
    }

    /// <summary>A baseline of <paramref name="findings"/>: each with its path relative to the baseline's folder.</summary>
    public static Baseline FromFindings(IEnumerable<(string File, Diagnostic Diagnostic)> findings)
    {
        var counts = new Dictionary<string, (BaselineEntry First, int Count)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (file, diagnostic) in findings)
        {
            string key = KeyOf(file, diagnostic.RuleId, diagnostic.Fingerprint);
            if (counts.TryGetValue(key, out var seen))
            {
                counts[key] = (seen.First, seen.Count + 1);
                continue;
            }

            counts[key] = (new BaselineEntry(file, diagnostic.RuleId, diagnostic.Fingerprint, 1, diagnostic.Message), 1);
            order.Add(key);
        }

        var entries = new List<BaselineEntry>(order.Count);
        foreach (var key in order)
        {
            var (first, count) = counts[key];
            entries.Add(new BaselineEntry(first.File, first.Rule, first.Fingerprint, count, first.Message));
        }

        return new Baseline(entries);
    }

    internal static Baseline FromEntries(IReadOnlyList<BaselineEntry> entries) => new(entries);

    /// <summary>Reads a baseline file. Throws <see cref="ConfigException"/> (with line and column) when it is not one.</summary>
    public static Baseline Load(string path)
    {
        string text;
        try
        {
            text = System.IO.File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(path, 1, 1, $"cannot read the baseline: {ex.Message}");
        }

        return Parse(text, path);
    }

    public static Baseline Parse(string json, string path)
    {
        JsonNode root;
        try
        {
            root = JsonReader.Parse(json);
        }
        catch (JsonParseException ex)
        {
            throw new ConfigException(path, ex.Line, ex.Column, ex.Message);
        }

        if (root is not JsonObject obj || !obj.TryGet("findings", out var list) || list is not JsonArray array)
        {
            throw new ConfigException(path, root.Line, root.Column, "a baseline is an object with a \"findings\" array; write one with 'transcriptlint baseline'.");
        }

        var entries = new List<BaselineEntry>(array.Items.Count);
        foreach (var item in array.Items)
        {
            if (item is not JsonObject entry) throw new ConfigException(path, item.Line, item.Column, "each baseline finding is an object.");
            int count = entry.TryGet("count", out var c) && c is JsonNumber number && number.Value >= 1 && number.Value == Math.Floor(number.Value) ? (int)Math.Min(number.Value, int.MaxValue) : throw new ConfigException(path, entry.Line, entry.Column, "\"count\" must be a whole number of at least 1.");
            entries.Add(new BaselineEntry(Text(entry, "file", path), Text(entry, "rule", path), Text(entry, "fingerprint", path), count, entry.TryGet("message", out var m) && m is JsonString s ? s.Value : string.Empty));
        }

        return new Baseline(entries);
    }

    /// <summary>The file's text: an object with one finding a line, sorted, ending with a line break.</summary>
    public string ToJson()
    {
        var builder = new StringBuilder();
        builder.Append("{\n  \"version\": 1,\n  \"findings\": [");
        for (int i = 0; i < Entries.Count; i++)
        {
            var entry = Entries[i];
            builder.Append(i == 0 ? "\n" : ",\n");
            builder.Append("    { \"file\": ").Append(Quote(entry.File))
                .Append(", \"rule\": ").Append(Quote(entry.Rule))
                .Append(", \"fingerprint\": ").Append(Quote(entry.Fingerprint))
                .Append(", \"count\": ").Append(entry.Count.ToString(CultureInfo.InvariantCulture))
                .Append(", \"message\": ").Append(Quote(entry.Message)).Append(" }");
        }

        builder.Append(Entries.Count == 0 ? "]\n}\n" : "\n  ]\n}\n");
        return builder.ToString();
    }

    /// <summary>Starts matching a run's findings against the baseline: each entry absorbs up to its count.</summary>
    public BaselineMatch Match() => new(this);

    internal bool TryGet(string key, out BaselineEntry entry) => byKey.TryGetValue(key, out entry!);

    internal static string KeyOf(string file, string rule, string fingerprint) => file + "\u0000" + rule + "\u0000" + fingerprint;

    private static int Compare(BaselineEntry a, BaselineEntry b)
    {
        int c = string.CompareOrdinal(a.File, b.File);
        if (c == 0) c = string.CompareOrdinal(a.Rule, b.Rule);
        return c != 0 ? c : string.CompareOrdinal(a.Fingerprint, b.Fingerprint);
    }

    private static string Text(JsonObject entry, string name, string path)
        => entry.TryGet(name, out var value) && value is JsonString text && text.Value.Length > 0
            ? text.Value
            : throw new ConfigException(path, entry.Line, entry.Column, $"each baseline finding needs a \"{name}\" string.");

    private static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}

/// <summary>
/// One run matched against a baseline: <see cref="IsBaselined"/> for each finding (in the run's order), then
/// <see cref="Gone"/> for what no longer occurs and <see cref="StillOccurring"/> for the baseline shrunk to today.
/// </summary>
public sealed class BaselineMatch
{
    private readonly Baseline baseline;
    private readonly Dictionary<string, int> used = new(StringComparer.Ordinal);
    private readonly HashSet<string> seenFiles = new(StringComparer.Ordinal);

    internal BaselineMatch(Baseline baseline)
    {
        this.baseline = baseline;
    }

    /// <summary>How many findings the baseline absorbed so far.</summary>
    public int Absorbed { get; private set; }

    /// <summary>True (and counted) when the baseline still has room for this finding of <paramref name="file"/>.</summary>
    public bool IsBaselined(string file, Diagnostic diagnostic)
    {
        string key = Baseline.KeyOf(file, diagnostic.RuleId, diagnostic.Fingerprint);
        if (!baseline.TryGet(key, out var entry)) return false;
        used.TryGetValue(key, out int count);
        if (count >= entry.Count) return false;
        used[key] = count + 1;
        Absorbed++;
        return true;
    }

    /// <summary>
    /// The findings of <paramref name="file"/> beyond the baseline, in their order. Call it for every linted file, with
    /// no findings too: only the entries of files the run saw can be gone.
    /// </summary>
    public IReadOnlyList<Diagnostic> Filter(string file, IReadOnlyList<Diagnostic> diagnostics)
    {
        seenFiles.Add(file);
        var kept = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            if (!IsBaselined(file, diagnostic)) kept.Add(diagnostic);
        }

        return kept;
    }

    /// <summary>
    /// How many baselined findings of the files this run linted did not occur (fixed, or changed beyond recognition);
    /// entries of files outside the run are not counted.
    /// </summary>
    public int Gone
    {
        get
        {
            int gone = 0;
            foreach (var entry in baseline.Entries)
            {
                if (!seenFiles.Contains(entry.File)) continue;
                used.TryGetValue(entry.Key, out int count);
                gone += entry.Count - count;
            }

            return gone;
        }
    }

    /// <summary>
    /// The baseline shrunk to what this run still found (never more than before), keeping the entries of files the run
    /// did not lint: what --update-baseline writes.
    /// </summary>
    public Baseline StillOccurring()
    {
        var entries = new List<BaselineEntry>();
        foreach (var entry in baseline.Entries)
        {
            used.TryGetValue(entry.Key, out int count);
            if (!seenFiles.Contains(entry.File)) count = entry.Count;
            if (count > 0) entries.Add(new BaselineEntry(entry.File, entry.Rule, entry.Fingerprint, count, entry.Message));
        }

        return Baseline.FromEntries(entries);
    }
}
