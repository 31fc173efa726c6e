namespace TranscriptLint.Json;

public sealed class JsonBoolean : JsonNode
{
    internal JsonBoolean(bool value, int line, int column)
        : base(line, column)
    {
        Value = value;
    }

    public bool Value { get; }

    public override JsonValueKind Kind => Value ? JsonValueKind.True : JsonValueKind.False;
}
