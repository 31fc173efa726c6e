namespace TranscriptLint.Json;

/// <summary>
/// A parsed JSON value and where it starts (1-based line and UTF-16 column), so configuration errors can point
/// at the value that caused them.
/// </summary>
public abstract class JsonNode
{
    // Only the reader makes nodes; a private protected constructor keeps the set of subclasses closed.
    private protected JsonNode(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }

    public abstract JsonValueKind Kind { get; }

    /// <summary>The kind as a noun phrase for messages such as "expected a string, found a number".</summary>
    public string DescribeKind() => Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };
}
