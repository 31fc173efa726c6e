namespace TranscriptLint.Json;

public sealed class JsonNumber : JsonNode
{
    internal JsonNumber(double value, string rawText, int line, int column)
        : base(line, column)
    {
        Value = value;
        RawText = rawText;
    }

    /// <summary>The nearest double; ±infinity when the number is too large for one.</summary>
    public double Value { get; }

    /// <summary>The number exactly as written, so callers can tell 1 from 1.0 or check that a count is an integer.</summary>
    public string RawText { get; }

    public override JsonValueKind Kind => JsonValueKind.Number;
}
