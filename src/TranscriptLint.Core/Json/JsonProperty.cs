namespace TranscriptLint.Json;

/// <summary>One name/value pair of a <see cref="JsonObject"/>; the position is that of the name's opening quote.</summary>
public sealed class JsonProperty
{
    internal JsonProperty(string name, int line, int column, JsonNode value)
    {
        Name = name;
        Line = line;
        Column = column;
        Value = value;
    }

    public string Name { get; }

    public int Line { get; }

    public int Column { get; }

    public JsonNode Value { get; }
}
