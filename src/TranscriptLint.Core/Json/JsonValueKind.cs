namespace TranscriptLint.Json;

/// <summary>The kind of a <see cref="JsonNode"/>. True and false are separate kinds, as in System.Text.Json.</summary>
public enum JsonValueKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}
