namespace TranscriptLint.Json;

public sealed class JsonNull : JsonNode
{
    internal JsonNull(int line, int column)
        : base(line, column)
    {
    }

    public override JsonValueKind Kind => JsonValueKind.Null;
}
