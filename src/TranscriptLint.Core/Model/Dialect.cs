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

public static class DialectNames
{
    public static bool IsCaptions(this Dialect dialect) => dialect is Dialect.WebVtt or Dialect.SubRip;

    public static string ToConfigName(this Dialect dialect) => dialect switch
    {
        Dialect.Text => "text",
        Dialect.Markdown => "markdown",
        Dialect.WebVtt => "webvtt",
        _ => "subrip",
    };

    public static bool TryParse(string name, out Dialect dialect)
    {
        switch (name.ToLowerInvariant())
        {
            case "text":
            case "txt":
                dialect = Dialect.Text;
                return true;
            case "markdown":
            case "md":
                dialect = Dialect.Markdown;
                return true;
            case "webvtt":
            case "vtt":
                dialect = Dialect.WebVtt;
                return true;
            case "subrip":
            case "srt":
                dialect = Dialect.SubRip;
                return true;
            default:
                dialect = Dialect.Text;
                return false;
        }
    }
}
