using System;

namespace TranscriptLint.Json;

/// <summary>
/// Malformed JSON. <see cref="Exception.Message"/> says what was expected and what was found, without the
/// position; <see cref="Line"/> and <see cref="Column"/> (1-based, UTF-16 code units) say where.
/// </summary>
public sealed class JsonParseException : Exception
{
    public JsonParseException(string message, int line, int column)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }
}
