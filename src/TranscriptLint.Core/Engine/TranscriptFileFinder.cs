using System;
using System.Collections.Generic;
using System.IO;
using TranscriptLint.Configuration;
using TranscriptLint.Dialects;

namespace TranscriptLint.Engine;

/// <summary>Walks a folder for transcript candidates, in a stable (ordinal) order.</summary>
public static class TranscriptFileFinder
{
    /// <summary>Folders never walked: build output, dependencies, version control.</summary>
    public static readonly IReadOnlyList<string> SkippedFolders = new[] { "bin", "obj", "node_modules", ".git", ".vs", ".idea" };

    /// <summary>
    /// Files under <paramref name="root"/> that the applicable config includes (by default *.txt, *.md, *.vtt,
    /// *.srt) and does not exclude. Whether each one looks like a transcript is decided after reading it.
    /// </summary>
    /// <remarks>
    /// Links to folders (symbolic links, junctions) below the root are not followed, so a link loop such as
    /// <c>docs/self -&gt; .</c> neither repeats files nor walks forever; name a linked folder to lint it. Links to
    /// files are listed like files. A folder that cannot be listed is passed to <paramref name="unreadable"/> (with
    /// the exception) and the walk goes on; without a callback it is skipped.
    /// </remarks>
    public static IEnumerable<string> Find(string root, ConfigResolver resolver, Action<string, Exception>? unreadable = null)
    {
        var pending = new Stack<string>();
        pending.Push(Path.GetFullPath(root));
        while (pending.Count > 0)
        {
            string directory = pending.Pop();
            FileInfo[] files;
            DirectoryInfo[] folders;
            try
            {
                var info = new DirectoryInfo(directory);
                files = info.GetFiles();
                folders = info.GetDirectories();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                unreadable?.Invoke(directory, ex);
                continue;
            }

            Array.Sort(files, (a, b) => string.CompareOrdinal(a.FullName, b.FullName));
            Array.Sort(folders, (a, b) => string.CompareOrdinal(a.FullName, b.FullName));
            var config = resolver.ForDirectory(directory);
            foreach (var file in files)
            {
                string path = file.FullName;
                if (config is null ? DialectDetector.IsTranscriptExtension(path) : config.IsIncluded(path)) yield return path;
            }

            // Pushed in reverse so folders come out in order, depth first.
            for (int i = folders.Length - 1; i >= 0; i--)
            {
                var folder = folders[i];
                if (IsSkipped(folder.Name) || IsLink(folder)) continue;
                pending.Push(folder.FullName);
            }
        }
    }

    private static bool IsSkipped(string name)
    {
        foreach (var skip in SkippedFolders)
        {
            if (string.Equals(name, skip, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>A symbolic link or junction (a reparse point on Windows; .NET reports Unix links the same way).</summary>
    private static bool IsLink(FileSystemInfo folder)
    {
        try
        {
            return (folder.Attributes & FileAttributes.ReparsePoint) != 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return true; // cannot tell: do not follow
        }
    }
}
