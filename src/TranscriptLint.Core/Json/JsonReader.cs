using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TranscriptLint.Json;

/// <summary>
/// Reads JSON with the relaxations people expect of a hand-edited config file: <c>//</c> and <c>/* */</c>
/// comments, trailing commas and a leading byte order mark. Everything else is strict JSON, and duplicate
/// property names are an error because a config where the last duplicate silently wins hides mistakes.
/// </summary>
public static class JsonReader
{
    /// <summary>How many objects and arrays may nest. The reader recurses once per level, so this also bounds the stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>Parses one JSON value. Throws <see cref="JsonParseException"/> (and nothing else) on malformed input.</summary>
    public static JsonNode Parse(string text)
    {
        if (text == null) throw new ArgumentNullException(nameof(text));
        return new Parser(text).ParseDocument();
    }

    private sealed class Parser
    {
        private const int MaxWordInMessage = 24;

        private readonly string text;
        private int pos;
        private int line = 1;
        private int lineStart;

        public Parser(string text)
        {
            this.text = text;
        }

        private int Column => pos - lineStart + 1;

        private bool AtEnd => pos >= text.Length;

        public JsonNode ParseDocument()
        {
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                // Editors do not show the BOM, so the first visible character is column 1.
                pos = 1;
                lineStart = 1;
            }

            SkipTrivia();
            var value = ParseValue(0);
            SkipTrivia();
            if (!AtEnd) throw Expected("end of file after the value");
            return value;
        }

        // depth = number of objects and arrays around the value; expectation names what may come here.
        private JsonNode ParseValue(int depth, string expectation = "a value")
        {
            if (AtEnd) throw Expected(expectation);
            int startLine = line, startColumn = Column;
            char c = text[pos];
            switch (c)
            {
                case '{':
                    return ParseObject(depth + 1);
                case '[':
                    return ParseArray(depth + 1);
                case '"':
                    return new JsonString(ReadString(), startLine, startColumn);
                case '-':
                case >= '0' and <= '9':
                    return ReadNumber();
                case '+':
                    throw Error("Invalid number: a leading '+' is not allowed.");
                case '.':
                    throw Error("Invalid number: expected a digit before '.'.");
            }

            int wordLength = WordLength();
            if (IsWord(wordLength, "true")) return Literal(new JsonBoolean(true, startLine, startColumn), 4);
            if (IsWord(wordLength, "false")) return Literal(new JsonBoolean(false, startLine, startColumn), 5);
            if (IsWord(wordLength, "null")) return Literal(new JsonNull(startLine, startColumn), 4);
            throw Expected(expectation);
        }

        private JsonNode Literal(JsonNode node, int length)
        {
            pos += length;
            return node;
        }

        private JsonObject ParseObject(int depth)
        {
            CheckDepth(depth);
            int startLine = line, startColumn = Column;
            pos++;
            var properties = new List<JsonProperty>();
            var byName = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
            SkipTrivia();
            while (true)
            {
                // Reached at the start and after every comma, which is what makes a trailing comma legal.
                if (Peek('}')) break;
                if (!Peek('"')) throw Expected("a property name or '}'");
                int nameLine = line, nameColumn = Column;
                string name = ReadString();
                if (byName.ContainsKey(name)) throw new JsonParseException($"Duplicate property \"{name}\".", nameLine, nameColumn);
                SkipTrivia();
                if (!Peek(':')) throw Expected("':' after a property name");
                pos++;
                SkipTrivia();
                var value = ParseValue(depth);
                properties.Add(new JsonProperty(name, nameLine, nameColumn, value));
                byName.Add(name, value);
                SkipTrivia();
                if (Peek(','))
                {
                    pos++;
                    SkipTrivia();
                }
                else if (!Peek('}'))
                {
                    throw Expected("',' or '}' after a property value");
                }
            }

            pos++;
            return new JsonObject(properties, byName, startLine, startColumn);
        }

        private JsonArray ParseArray(int depth)
        {
            CheckDepth(depth);
            int startLine = line, startColumn = Column;
            pos++;
            var items = new List<JsonNode>();
            SkipTrivia();
            while (true)
            {
                if (Peek(']')) break;
                items.Add(ParseValue(depth, "a value or ']'"));
                SkipTrivia();
                if (Peek(','))
                {
                    pos++;
                    SkipTrivia();
                }
                else if (!Peek(']'))
                {
                    throw Expected("',' or ']' after an array item");
                }
            }

            pos++;
            return new JsonArray(items, startLine, startColumn);
        }

        private void CheckDepth(int depth)
        {
            if (depth > MaxDepth) throw Error($"Nesting is too deep: at most {MaxDepth} levels of objects and arrays are allowed.");
        }

        // At the opening quote; leaves pos after the closing one.
        private string ReadString()
        {
            int startLine = line, startColumn = Column;
            pos++;

            // Most config strings have no escapes: copy them with one Substring and only build when needed.
            StringBuilder? builder = null;
            int runStart = pos;
            while (true)
            {
                if (AtEnd) throw new JsonParseException("Unterminated string.", startLine, startColumn);
                char c = text[pos];
                if (c == '"') break;
                if (c == '\\')
                {
                    builder ??= new StringBuilder();
                    builder.Append(text, runStart, pos - runStart);
                    ReadEscape(builder, startLine, startColumn);
                    runStart = pos;
                    continue;
                }

                if (c < ' ')
                {
                    // A raw line break almost always means a missing closing quote, so point at the string's start.
                    if (c == '\n' || c == '\r') throw new JsonParseException("Unterminated string.", startLine, startColumn);
                    throw Error($"Control character U+{(int)c:X4} must be escaped in a string.");
                }

                pos++;
            }

            string value = builder == null
                ? text.Substring(runStart, pos - runStart)
                : builder.Append(text, runStart, pos - runStart).ToString();
            pos++;
            return value;
        }

        // At a backslash inside a string; leaves pos after the escape.
        private void ReadEscape(StringBuilder builder, int stringLine, int stringColumn)
        {
            if (pos + 1 >= text.Length) throw new JsonParseException("Unterminated string.", stringLine, stringColumn);
            char e = text[pos + 1];
            char decoded;
            switch (e)
            {
                case '"': decoded = '"'; break;
                case '\\': decoded = '\\'; break;
                case '/': decoded = '/'; break;
                case 'b': decoded = '\b'; break;
                case 'f': decoded = '\f'; break;
                case 'n': decoded = '\n'; break;
                case 'r': decoded = '\r'; break;
                case 't': decoded = '\t'; break;
                case 'u':
                    ReadUnicodeEscape(builder);
                    return;
                case '\n':
                case '\r':
                    throw new JsonParseException("Unterminated string.", stringLine, stringColumn);
                default:
                    throw Error(e < ' ' || char.IsWhiteSpace(e) || char.IsSurrogate(e)
                        ? $"Invalid escape sequence: '\\' followed by U+{(int)e:X4}."
                        : $"Invalid escape sequence '\\{e}'.");
            }

            builder.Append(decoded);
            pos += 2;
        }

        private void ReadUnicodeEscape(StringBuilder builder)
        {
            int unit = Hex4(pos + 2);
            if (unit < 0) throw Error("Invalid escape sequence: '\\u' must be followed by 4 hex digits.");
            if (unit >= 0xDC00 && unit <= 0xDFFF)
            {
                throw Error($"Invalid escape sequence '{text.Substring(pos, 6)}': a low surrogate must follow a high surrogate escape.");
            }

            if (unit >= 0xD800 && unit <= 0xDBFF)
            {
                // A lone surrogate is not a character: reject it rather than hand a broken string to the rules.
                int low = pos + 7 < text.Length && text[pos + 6] == '\\' && text[pos + 7] == 'u' ? Hex4(pos + 8) : -1;
                if (low < 0xDC00 || low > 0xDFFF)
                {
                    throw Error($"Invalid escape sequence '{text.Substring(pos, 6)}': a high surrogate must be followed by a low surrogate escape.");
                }

                builder.Append((char)unit).Append((char)low);
                pos += 12;
                return;
            }

            builder.Append((char)unit);
            pos += 6;
        }

        private int Hex4(int start)
        {
            if (start + 4 > text.Length) return -1;
            int value = 0;
            for (int i = start; i < start + 4; i++)
            {
                char c = text[i];
                int digit = c >= '0' && c <= '9' ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                    : -1;
                if (digit < 0) return -1;
                value = (value * 16) + digit;
            }

            return value;
        }

        private JsonNumber ReadNumber()
        {
            int startLine = line, startColumn = Column, start = pos;
            if (text[pos] == '-') pos++;
            if (!PeekDigit()) throw Expected("a digit after '-'", "Invalid number");
            if (text[pos] == '0')
            {
                pos++;
                if (PeekDigit()) throw new JsonParseException("Invalid number: leading zeros are not allowed.", startLine, startColumn);
            }
            else
            {
                SkipDigits();
            }

            if (Peek('.'))
            {
                pos++;
                if (!PeekDigit()) throw Expected("a digit after '.'", "Invalid number");
                SkipDigits();
            }

            if (Peek('e') || Peek('E'))
            {
                pos++;
                if (Peek('+') || Peek('-')) pos++;
                if (!PeekDigit()) throw Expected("a digit in the exponent", "Invalid number");
                SkipDigits();
            }

            string raw = text.Substring(start, pos - start);

            // The grammar is already checked, so parsing can only fail on overflow, which .NET Framework
            // reports as failure where .NET Core returns infinity. Return infinity on both.
            if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                value = raw[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            }

            return new JsonNumber(value, raw, startLine, startColumn);
        }

        private void SkipDigits()
        {
            while (PeekDigit()) pos++;
        }

        private bool PeekDigit() => pos < text.Length && text[pos] >= '0' && text[pos] <= '9';

        private bool Peek(char c) => pos < text.Length && text[pos] == c;

        // Whitespace and comments: everything the grammar lets appear between tokens.
        private void SkipTrivia()
        {
            while (pos < text.Length)
            {
                switch (text[pos])
                {
                    case ' ':
                    case '\t':
                        pos++;
                        break;
                    case '\n':
                    case '\r':
                        SkipLineBreak();
                        break;
                    case '/':
                        SkipComment();
                        break;
                    default:
                        return;
                }
            }
        }

        // \r\n, \n and a lone \r each end one line.
        private void SkipLineBreak()
        {
            if (text[pos] == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n') pos++;
            pos++;
            line++;
            lineStart = pos;
        }

        private void SkipComment()
        {
            int startLine = line, startColumn = Column;
            pos++;
            if (Peek('/'))
            {
                // The line break is left for SkipTrivia to count.
                while (pos < text.Length && text[pos] != '\n' && text[pos] != '\r') pos++;
                return;
            }

            if (!Peek('*')) throw Expected("'/' or '*' after '/' to start a comment");
            pos++;
            while (true)
            {
                if (AtEnd) throw new JsonParseException("Unterminated block comment.", startLine, startColumn);
                char c = text[pos];
                if (c == '*' && pos + 1 < text.Length && text[pos + 1] == '/')
                {
                    pos += 2;
                    return;
                }

                if (c == '\n' || c == '\r')
                {
                    SkipLineBreak();
                }
                else
                {
                    pos++;
                }
            }
        }

        private JsonParseException Error(string message) => new(message, line, Column);

        // "Expected X, found Y." at the current position, or "Unexpected end of file: expected X." at the end.
        private JsonParseException Expected(string what, string? prefix = null)
        {
            if (AtEnd) return Error($"Unexpected end of file: expected {what}.");
            string found = DescribeFound();
            return Error(prefix == null ? $"Expected {what}, found {found}." : $"{prefix}: expected {what}, found {found}.");
        }

        // A bare word such as undefined or NaN is shown whole: "found 'NaN'" reads better than "found 'N'".
        private string DescribeFound()
        {
            int wordLength = WordLength();
            if (wordLength > 0)
            {
                return wordLength <= MaxWordInMessage
                    ? $"'{text.Substring(pos, wordLength)}'"
                    : $"'{text.Substring(pos, MaxWordInMessage)}...'";
            }

            char c = text[pos];
            if (char.IsHighSurrogate(c) && pos + 1 < text.Length && char.IsLowSurrogate(text[pos + 1]))
            {
                return $"'{text.Substring(pos, 2)}'";
            }

            if (c == '\'') return "\"'\"";
            bool invisible = char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c)
                || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
            return invisible ? $"U+{(int)c:X4}" : $"'{c}'";
        }

        // Length of the run of ASCII letters, digits and '_' at pos that starts with a letter; 0 if none.
        private int WordLength()
        {
            int end = pos;
            while (end < text.Length && (IsAsciiLetter(text[end]) || (end > pos && (text[end] == '_' || (text[end] >= '0' && text[end] <= '9')))))
            {
                end++;
            }

            return end - pos;
        }

        private bool IsWord(int wordLength, string word) => wordLength == word.Length && string.CompareOrdinal(text, pos, word, 0, word.Length) == 0;

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
