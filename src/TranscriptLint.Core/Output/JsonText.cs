using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace TranscriptLint.Output;

/// <summary>
/// A minimal indented JSON writer: objects, arrays, strings, numbers and booleans, escaped per RFC 8259. It writes
/// straight to a <see cref="TextWriter"/> as it goes, so a report of a million findings is never held as one string.
/// </summary>
internal sealed class JsonText
{
    private readonly TextWriter output;
    private readonly StringWriter? owned;
    private readonly Stack<bool> hasItems = new();
    private bool afterProperty;

    /// <summary>Writes into a string, read back with <see cref="ToString"/>.</summary>
    public JsonText()
    {
        owned = new StringWriter(CultureInfo.InvariantCulture);
        output = owned;
    }

    /// <summary>Writes to <paramref name="writer"/> as each token is added.</summary>
    public JsonText(TextWriter writer)
    {
        output = writer;
    }

    public JsonText StartObject() => Open('{');

    public JsonText EndObject() => Close('}');

    public JsonText StartArray() => Open('[');

    public JsonText EndArray() => Close(']');

    public JsonText Property(string name)
    {
        BeginValue();
        WriteString(name);
        output.Write(": ");
        afterProperty = true;
        return this;
    }

    public JsonText String(string value)
    {
        BeginValue();
        WriteString(value);
        return this;
    }

    public JsonText Number(long value)
    {
        BeginValue();
        output.Write(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public JsonText Boolean(bool value)
    {
        BeginValue();
        output.Write(value ? "true" : "false");
        return this;
    }

    /// <summary>A number such as a rule option's default, in the shortest form that reads back the same.</summary>
    public JsonText Number(double value)
    {
        BeginValue();
        output.Write(value.ToString("R", CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>The text written so far when this writes into a string; otherwise the type name.</summary>
    public override string ToString() => owned?.ToString() ?? base.ToString()!;

    private JsonText Open(char bracket)
    {
        BeginValue();
        output.Write(bracket);
        hasItems.Push(false);
        return this;
    }

    private JsonText Close(char bracket)
    {
        bool any = hasItems.Pop();
        if (any) NewLine();
        output.Write(bracket);
        return this;
    }

    private void BeginValue()
    {
        if (afterProperty)
        {
            afterProperty = false;
            return;
        }

        if (hasItems.Count == 0) return;
        if (hasItems.Peek()) output.Write(',');
        hasItems.Pop();
        hasItems.Push(true);
        NewLine();
    }

    private void NewLine()
    {
        output.Write('\n');
        for (int i = hasItems.Count * 2; i > 0; i--) output.Write(' ');
    }

    private void WriteString(string value)
    {
        output.Write('"');
        if (!NeedsEscape(value))
        {
            output.Write(value);
            output.Write('"');
            return;
        }

        foreach (char c in value)
        {
            switch (c)
            {
                case '"': output.Write("\\\""); break;
                case '\\': output.Write("\\\\"); break;
                case '\n': output.Write("\\n"); break;
                case '\r': output.Write("\\r"); break;
                case '\t': output.Write("\\t"); break;
                case '\b': output.Write("\\b"); break;
                case '\f': output.Write("\\f"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029')
                    {
                        output.Write("\\u");
                        output.Write(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        output.Write(c);
                    }

                    break;
            }
        }

        output.Write('"');
    }

    private static bool NeedsEscape(string value)
    {
        foreach (char c in value)
        {
            if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029') return true;
        }

        return false;
    }
}
