namespace TranscriptLint.Model;

/// <summary>The transcript formats TranscriptLint reads.</summary>
public enum Dialect
{
    /// <summary>Plain-text meeting transcripts: a title header, <c>NAME:</c> labels, <c>---</c> page breaks, an end marker.</summary>
    Text,

    /// <summary>Markdown transcripts: <c>**Name:**</c> labels, headings, front matter, inline timestamps.</summary>
    Markdown,

    /// <summary>WebVTT captions (<c>.vtt</c>).</summary>
    WebVtt,

    /// <summary>SubRip captions (<c>.srt</c>).</summary>
    SubRip,
}

/// <summary>The registry's facts about a <see cref="Dialect"/>, as extension methods.</summary>
public static class DialectNames
{
    public static bool IsCaptions(this Dialect dialect) => Dialects.DialectRegistry.Get(dialect).IsCaptions;

    public static string ToConfigName(this Dialect dialect) => Dialects.DialectRegistry.Get(dialect).Name;

    /// <summary>A dialect by config name or alias (<c>markdown</c>, <c>md</c>), ignoring case.</summary>
    public static bool TryParse(string name, out Dialect dialect)
    {
        var info = Dialects.DialectRegistry.FromName(name);
        dialect = info?.Dialect ?? Dialect.Text;
        return info is not null;
    }
}
