using System.Collections.Generic;

namespace TranscriptLint.Model;

public enum SuppressionKind
{
    Disable,
    Enable,
    DisableNextLine,
}

/// <summary>An inline <c>transcriptlint-disable</c> comment. An empty rule list means every rule.</summary>
public sealed class SuppressionDirective
{
    public SuppressionDirective(SuppressionKind kind, int line, IReadOnlyList<string> rules)
    {
        Kind = kind;
        Line = line;
        Rules = rules;
        TargetStartLine = line + 1;
        TargetEndLine = line + 1;
    }

    public SuppressionKind Kind { get; }

    /// <summary>The line of the comment (for disable-next-line, the finding must be on the next line that holds text).</summary>
    public int Line { get; }

    /// <summary>For <see cref="SuppressionKind.DisableNextLine"/>: the first line it covers (the next line holding text).</summary>
    public int TargetStartLine { get; set; }

    /// <summary>For <see cref="SuppressionKind.DisableNextLine"/>: the last line it covers (a whole cue in captions).</summary>
    public int TargetEndLine { get; set; }

    /// <summary>Rule ids or names as written.</summary>
    public IReadOnlyList<string> Rules { get; }
}
