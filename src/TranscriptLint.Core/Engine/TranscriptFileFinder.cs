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

    /// <summary>On the disk: see <see cref="Find(ILintHost, string, ConfigResolver, Action{string, Exception})"/>.</summary>
    public static IEnumerable<string> Find(string root, ConfigResolver resolver, Action<string, Exception>? unreadable = null)
        => Find(DiskLintHost.Default, Path.GetFullPath(root), resolver, unreadable);

    /// <summary>
    /// Files under <paramref name="root"/> that the applicable config includes (by default the registered dialects'
    /// extensions) and does not exclude. Whether each one looks like a transcript is decided after reading it.
    /// </summary>
    /// <remarks>
    /// Links to folders (symbolic links, junctions) below the root are not followed (the host does not list them), so a
    /// link loop such as <c>docs/self -&gt; .</c> neither repeats files nor walks forever; name a linked folder to lint
    /// it. A folder that cannot be listed is passed to <paramref name="unreadable"/> (with the exception) and the walk
    /// goes on; without a callback it is skipped.
    /// </remarks>
    public static IEnumerable<string> Find(ILintHost host, string root, ConfigResolver resolver, Action<string, Exception>? unreadable = null)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            string directory = pending.Pop();
            FolderListing listing;
            try
            {
                listing = host.ListFolder(directory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                unreadable?.Invoke(directory, ex);
                continue;
            }

            var config = resolver.ForDirectory(directory);
            foreach (var path in listing.Files)
            {
                if (config is null ? DialectDetector.IsTranscriptExtension(path) : config.IsIncluded(path)) yield return path;
            }

            // Pushed in reverse so folders come out in order, depth first.
            for (int i = listing.Folders.Count - 1; i >= 0; i--)
            {
                string folder = listing.Folders[i];
                if (IsSkipped(Path.GetFileName(folder))) continue;
                pending.Push(folder);
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
}
