using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using TranscriptLint.Configuration;
using TranscriptLint.Engine;
using TranscriptLint.Text;

namespace TranscriptLint.Analyzers;

/// <summary>
/// The compilation's AdditionalFiles as a <see cref="ILintHost"/>: no disk I/O (RS1035). A transcriptlint.json exists
/// where the package's targets passed one (TranscriptLintKind=Config); roster files are read from the AdditionalFiles;
/// nothing is walked; problems are reported by the analyzer at the config file, so <see cref="Report"/> drops them.
/// </summary>
internal sealed class AdditionalFilesHost : ILintHost
{
    private static readonly StringComparer PathComparer = Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    // The first AdditionalText per path: a file listed twice is linted once.
    private readonly Dictionary<string, AdditionalText> byPath = new(PathComparer);
    private readonly HashSet<string> configs = new(PathComparer);

    public AdditionalFilesHost(IEnumerable<AdditionalText> files, Func<AdditionalText, string?> getKind)
    {
        var list = new List<AdditionalText>();
        foreach (var file in files)
        {
            string key = Normalize(file.Path);
            if (byPath.ContainsKey(key)) continue;
            byPath[key] = file;
            list.Add(file);
            if (getKind(file) == AnalyzerMetadata.Config) configs.Add(key);
        }

        Files = list;
    }

    /// <summary>Each path's first AdditionalText.</summary>
    public IReadOnlyList<AdditionalText> Files { get; }

    /// <summary>True for the first AdditionalText of its path (a file listed twice is analyzed once).</summary>
    public bool IsFirst(AdditionalText file) => byPath.TryGetValue(Normalize(file.Path), out var first) && ReferenceEquals(first, file);

    public FileBytes? ReadTranscript(string fullPath, long maxBytes, CancellationToken cancellationToken, out UnreadReason unread)
    {
        unread = UnreadReason.None;
        if (!byPath.TryGetValue(fullPath, out var file)) throw new FileNotFoundException("the file is not among the compilation's AdditionalFiles.", fullPath);
        var text = file.GetText(cancellationToken) ?? throw new IOException("the compiler could not read the file.");
        var bytes = ToCoreBytes(text);
        if (bytes.Length == 0)
        {
            unread = UnreadReason.EmptyOrSpecial;
            return null;
        }

        if (bytes.LongLength > maxBytes)
        {
            unread = UnreadReason.TooLarge;
            return null;
        }

        return new FileBytes(bytes);
    }

    public bool HasConfigFile(string fullPath) => configs.Contains(fullPath);

    /// <summary>Config and roster files, from the AdditionalFiles (the default Transcript globs cover *.txt and *.md rosters).</summary>
    public string ReadSettingsText(string fullPath)
    {
        if (byPath.TryGetValue(Normalize(fullPath), out var file) && file.GetText(CancellationToken.None) is { } text) return text.ToString();
        throw new FileNotFoundException("the file is not among the compilation's AdditionalFiles; add it to the project as <AdditionalFiles Include=\"...\" />");
    }

    /// <summary>The analyzer never walks a folder: the package's targets hand it the files.</summary>
    public FolderListing ListFolder(string fullPath) => FolderListing.Empty;

    public InputKind Probe(string fullPath, string given, out string? whyNot)
    {
        whyNot = byPath.ContainsKey(fullPath) ? null : $"'{given}' is not among the compilation's AdditionalFiles.";
        return whyNot is null ? InputKind.File : InputKind.Missing;
    }

    public string GetDisplayPath(string fullPath) => fullPath;

    public void Report(LintProblem problem)
    {
    }

    /// <summary>
    /// The bytes Core decodes, as the CLI reads them from the file. The compiler decodes UTF-8 (without BOM), and falls
    /// back to code page 1252 (or Latin-1) for bytes that are not UTF-8; those bytes are recovered, so invalid bytes
    /// become U+FFFD and NUL bytes mark a binary file, as on the command line. UTF-16 text goes back with its BOM.
    /// </summary>
    internal static byte[] ToCoreBytes(Microsoft.CodeAnalysis.Text.SourceText text)
    {
        string content = text.ToString();
        var encoding = text.Encoding;
        if (encoding is UnicodeEncoding unicode)
        {
            var preamble = unicode.GetPreamble();
            var body = unicode.GetBytes(content);
            var all = new byte[preamble.Length + body.Length];
            Buffer.BlockCopy(preamble, 0, all, 0, preamble.Length);
            Buffer.BlockCopy(body, 0, all, preamble.Length, body.Length);
            return all;
        }

        if (encoding is not null && (encoding.CodePage == 1252 || encoding.CodePage == 28591)) return encoding.GetBytes(content);
        return Encoding.UTF8.GetBytes(content);
    }

    /// <summary>One spelling per file: full path with the platform's separator, ".." resolved.</summary>
    internal static string Normalize(string path)
    {
        string normalized = path.Replace(Path.AltDirectorySeparatorChar, Path.DirectorySeparatorChar);
        return Path.IsPathRooted(normalized) ? Path.GetFullPath(normalized) : normalized;
    }
}
