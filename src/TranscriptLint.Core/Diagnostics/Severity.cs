namespace TranscriptLint.Diagnostics;

/// <summary>How loudly a finding is reported. <see cref="Off"/> means the rule does not run.</summary>
public enum Severity
{
    Off = 0,
    Suggestion = 1,
    Warning = 2,
    Error = 3,
}

public static class SeverityNames
{
    /// <summary>Every spelling <see cref="TryParse"/> accepts (ignoring case and surrounding spaces), as the docs and the config schema list them.</summary>
    public static readonly System.Collections.Generic.IReadOnlyList<string> Spellings = new[] { "off", "none", "silent", "suggestion", "info", "warning", "warn", "error" };

    /// <summary>Parses the spellings transcriptlint.json accepts: off/none, suggestion (info), warning, error.</summary>
    public static bool TryParse(string text, out Severity severity)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "off":
            case "none":
            case "silent":
                severity = Severity.Off;
                return true;
            case "suggestion":
            case "info":
                severity = Severity.Suggestion;
                return true;
            case "warning":
            case "warn":
                severity = Severity.Warning;
                return true;
            case "error":
                severity = Severity.Error;
                return true;
            default:
                severity = Severity.Off;
                return false;
        }
    }

    public static string ToDisplayString(this Severity severity) => severity switch
    {
        Severity.Off => "off",
        Severity.Suggestion => "suggestion",
        Severity.Warning => "warning",
        _ => "error",
    };
}
