using System;
using System.IO;
using TranscriptLint.Cli;

namespace TranscriptLint.Tests.Support;

/// <summary>Runs the transcriptlint command in-process and captures what it prints.</summary>
public static class CliRunner
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string currentDirectory, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = Program.Run(args, stdout, stderr, currentDirectory);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static string InputsDirectory => Path.Combine(Snapshot.SourceDirectory(), "..", "Inputs");
}

/// <summary>A throw-away copy of an input folder, so tests can add files (bin/, broken configs) freely.</summary>
public sealed class TempCopy : IDisposable
{
    public TempCopy(string inputName)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tl-cli-" + Guid.NewGuid().ToString("N"));
        Copy(System.IO.Path.Combine(CliRunner.InputsDirectory, inputName), Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string text)
    {
        string full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) Copy(dir, System.IO.Path.Combine(to, System.IO.Path.GetFileName(dir)));
    }
}
