using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using TranscriptLint.Text;

namespace TranscriptLint.Engine;

/// <summary>
/// The disk, for the CLI and the MSBuild task: bounded reads (<see cref="BoundedFile"/>), folders listed in ordinal
/// order without following links to folders. Problems go to <see cref="Report"/>, which a front end overrides to word
/// and route them; by default they are dropped.
/// </summary>
public class DiskLintHost : ILintHost
{
    /// <summary>A disk host that shows full paths and drops problems (tests, tools).</summary>
    public static readonly DiskLintHost Default = new();

    public virtual FileBytes? ReadTranscript(string fullPath, long maxBytes, CancellationToken cancellationToken, out UnreadReason unread)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return BoundedFile.ReadShared(fullPath, maxBytes, out unread);
    }

    public virtual bool HasConfigFile(string fullPath) => File.Exists(fullPath);

    public virtual string ReadSettingsText(string fullPath) => BoundedFile.ReadAllText(fullPath);

    public virtual FolderListing ListFolder(string fullPath)
    {
        var info = new DirectoryInfo(fullPath);
        // Paths, not FileInfo objects: those stat every file, and a file is stat'ed when it is read anyway.
        var filePaths = new List<string>(Directory.GetFiles(fullPath));
        var folders = info.GetDirectories();
        var folderPaths = new List<string>(folders.Length);
        foreach (var folder in folders)
        {
            if (!IsLink(folder)) folderPaths.Add(folder.FullName);
        }

        filePaths.Sort(StringComparer.Ordinal);
        folderPaths.Sort(StringComparer.Ordinal);
        return new FolderListing(filePaths, folderPaths);
    }

    public virtual InputKind Probe(string fullPath, string given, out string? whyNot)
    {
        whyNot = null;
        if (File.Exists(fullPath)) return InputKind.File;
        if (Directory.Exists(fullPath)) return InputKind.Folder;
        whyNot = WhyNotFound(given, fullPath);
        return InputKind.Missing;
    }

    public virtual string GetDisplayPath(string fullPath) => fullPath;

    public virtual void Report(LintProblem problem)
    {
    }

    /// <summary>
    /// Why a path is neither a file nor a folder: it does not exist, or a folder on the way to it cannot be searched
    /// (File.Exists says false for both), or some other I/O error.
    /// </summary>
    private static string WhyNotFound(string given, string fullPath)
    {
        try
        {
            File.GetAttributes(fullPath);
            return $"'{given}' cannot be read.";
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return $"'{given}' does not exist.";
        }
        catch (UnauthorizedAccessException)
        {
            return $"'{given}' cannot be reached: permission denied (a folder on the way to it cannot be searched).";
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or NotSupportedException)
        {
            return $"'{given}' cannot be read: {ex.Message}";
        }
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
