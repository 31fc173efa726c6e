using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TranscriptLint.Output;

/// <summary>A minimal indented JSON writer: objects, arrays, strings, numbers and booleans, escaped per RFC 8259.</summary>
internal sealed class JsonText
{
    private readonly StringBuilder sb = new();
    private readonly Stack<bool> hasItems = new();
    private bool afterProperty;

    public JsonText StartObject() => Open('{');

    public JsonText EndObject() => Close('}');

    public JsonText StartArray() => Open('[');

    public JsonText EndArray() => Close(']');

    public JsonText Property(string name)
    {
        BeginValue();
        WriteString(name);
        sb.Append(": ");
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
        sb.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public JsonText Boolean(bool value)
    {
        BeginValue();
        sb.Append(value ? "true" : "false");
        return this;
    }

    /// <summary>A number such as a rule option's default, in the shortest form that reads back the same.</summary>
    public JsonText Number(double value)
    {
        BeginValue();
        sb.Append(value.ToString("R", CultureInfo.InvariantCulture));
        return this;
    }

    public override string ToString() => sb.ToString();

    private JsonText Open(char bracket)
    {
        BeginValue();
        sb.Append(bracket);
        hasItems.Push(false);
        return this;
    }

    private JsonText Close(char bracket)
    {
        bool any = hasItems.Pop();
        if (any) NewLine();
        sb.Append(bracket);
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
        if (hasItems.Peek()) sb.Append(',');
        hasItems.Pop();
        hasItems.Push(true);
        NewLine();
    }

    private void NewLine()
    {
        sb.Append('\n');
        sb.Append(' ', hasItems.Count * 2);
    }

    private void WriteString(string value)
    {
        sb.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
