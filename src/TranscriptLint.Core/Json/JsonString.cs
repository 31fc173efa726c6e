namespace TranscriptLint.Json;

public sealed class JsonString : JsonNode
{
    internal JsonString(string value, int line, int column)
        : base(line, column)
    {
        Value = value;
    }

    /// <summary>The decoded value, escapes resolved.</summary>
    public string Value { get; }

    public override JsonValueKind Kind => JsonValueKind.String;
}
