using System;

namespace TranscriptLint.Configuration;

/// <summary>A transcriptlint.json that cannot be used: the file, the 1-based line and column, and what to change.</summary>
public sealed class ConfigException : Exception
{
    public ConfigException(string filePath, int line, int column, string message)
        : base(message)
    {
        FilePath = filePath;
        Line = line;
        Column = column;
    }

    public string FilePath { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>In the MSBuild/compiler shape, so editors and CI annotate the config file itself.</summary>
    public string ToDisplayString() => $"{FilePath}({Line},{Column}): error TL1000: {Message}";
}
