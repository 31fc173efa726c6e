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
    public static IEnumerable<string> Find(string root, ConfigResolver resolver)
    {
        var pending = new Stack<string>();
        pending.Push(Path.GetFullPath(root));
        while (pending.Count > 0)
        {
            string directory = pending.Pop();
            string[] files, folders;
            try
            {
                files = Directory.GetFiles(directory);
                folders = Directory.GetDirectories(directory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            Array.Sort(files, StringComparer.Ordinal);
            Array.Sort(folders, StringComparer.Ordinal);
            var config = resolver.ForDirectory(directory);
            foreach (var file in files)
            {
                if (config is null ? DialectDetector.IsTranscriptExtension(file) : config.IsIncluded(file)) yield return file;
            }

            // Pushed in reverse so folders come out in order, depth first.
            for (int i = folders.Length - 1; i >= 0; i--)
            {
                string name = Path.GetFileName(folders[i]);
                bool skipped = false;
                foreach (var skip in SkippedFolders)
                {
                    if (string.Equals(name, skip, StringComparison.OrdinalIgnoreCase)) skipped = true;
                }

                if (!skipped) pending.Push(folders[i]);
            }
        }
    }
}
