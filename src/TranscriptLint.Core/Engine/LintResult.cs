using System.Collections.Generic;
using TranscriptLint.Diagnostics;
using TranscriptLint.Model;

namespace TranscriptLint.Engine;

/// <summary>The findings for one file, and what the engine made of it.</summary>
public sealed class LintResult
{
    public LintResult(string path, Dialect dialect, bool looksLikeTranscript, IReadOnlyList<Diagnostic> diagnostics, string? skippedReason = null)
    {
        Path = path;
        Dialect = dialect;
        LooksLikeTranscript = looksLikeTranscript;
        Diagnostics = diagnostics;
        SkippedReason = skippedReason;
    }

    public string Path { get; }

    public Dialect Dialect { get; }

    /// <summary>See <see cref="TranscriptDocument.LooksLikeTranscript"/>; a folder walk drops files where this is false.</summary>
    public bool LooksLikeTranscript { get; }

    /// <summary>Sorted by line, column and rule id.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Why the file was not linted (a binary file), or null.</summary>
    public string? SkippedReason { get; }
}
