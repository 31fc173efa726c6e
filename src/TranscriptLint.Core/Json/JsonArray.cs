using System.Collections.Generic;

namespace TranscriptLint.Json;

public sealed class JsonArray : JsonNode
{
    internal JsonArray(List<JsonNode> items, int line, int column)
        : base(line, column)
    {
        Items = items;
    }

    public IReadOnlyList<JsonNode> Items { get; }

    public override JsonValueKind Kind => JsonValueKind.Array;
}
