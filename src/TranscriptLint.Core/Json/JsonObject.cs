using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace TranscriptLint.Json;

/// <summary>A JSON object. Properties keep their order in the file; names are unique (the reader rejects duplicates).</summary>
public sealed class JsonObject : JsonNode
{
    private readonly Dictionary<string, JsonNode> byName;

    internal JsonObject(List<JsonProperty> properties, Dictionary<string, JsonNode> byName, int line, int column)
        : base(line, column)
    {
        Properties = properties;
        this.byName = byName;
    }

    public IReadOnlyList<JsonProperty> Properties { get; }

    public override JsonValueKind Kind => JsonValueKind.Object;

    /// <summary>Looks a property up by its exact (ordinal, case-sensitive) name.</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out JsonNode? value) => byName.TryGetValue(name, out value);
}
