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

    /// <summary>The file's person labels, in document order, for the passes over a whole run.</summary>
    public IReadOnlyList<FileSpeaker> Speakers { get; init; } = System.Array.Empty<FileSpeaker>();

    /// <summary>The severity the file's settings give TL0013 (off when the rule is off there).</summary>
    public Severity CrossFileSeverity { get; init; } = Severity.Off;

    /// <summary>This result with other findings (those left after a baseline, say), everything else the same.</summary>
    public LintResult WithDiagnostics(IReadOnlyList<Diagnostic> diagnostics)
        => new(Path, Dialect, LooksLikeTranscript, diagnostics, SkippedReason) { Speakers = Speakers, CrossFileSeverity = CrossFileSeverity };

    /// <summary>This result with another speaker summary (one that a run trimmed), everything else the same.</summary>
    public LintResult WithSpeakers(IReadOnlyList<FileSpeaker> speakers)
        => new(Path, Dialect, LooksLikeTranscript, Diagnostics, SkippedReason) { Speakers = speakers, CrossFileSeverity = CrossFileSeverity };

    /// <summary>This result with findings of a run-level pass added, in the same order as the others.</summary>
    public LintResult WithAdditional(IReadOnlyList<Diagnostic> more)
    {
        if (more.Count == 0) return this;
        var all = new List<Diagnostic>(Diagnostics);
        all.AddRange(more);
        all.Sort((a, b) =>
        {
            int c = a.Span.Start.CompareTo(b.Span.Start);
            if (c == 0) c = string.CompareOrdinal(a.RuleId, b.RuleId);
            if (c == 0) c = a.Span.Length.CompareTo(b.Span.Length);
            return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
        });
        return new LintResult(Path, Dialect, LooksLikeTranscript, all, SkippedReason) { Speakers = Speakers, CrossFileSeverity = CrossFileSeverity };
    }
}
