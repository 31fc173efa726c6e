using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using TranscriptLint.Diagnostics;
using TranscriptLint.Text;

namespace TranscriptLint.Engine;

/// <summary>
/// One file's findings packed into bytes, for a run that holds every file's findings until it ends (the CLI prints
/// them in path order, after TL0013 has seen every file). As objects a finding took about 620 bytes on a generated
/// corpus (the object, its message and fingerprint as UTF-16 strings, its fix with a list and an array); packed, about
/// 200: texts as UTF-8, numbers as deltas in variable-length bytes, a fingerprint of 16 hex digits as 8 bytes. Each
/// enumeration reads them back as new <see cref="Diagnostic"/> objects, equal in every field.
/// </summary>
internal sealed class PackedDiagnostics : IReadOnlyList<Diagnostic>
{
    private static readonly UTF8Encoding Utf8 = new(false, throwOnInvalidBytes: true);

    private readonly byte[] data;
    private readonly int[] offsets;
    private readonly RuleDescriptor[] rules;
    private readonly string[] paths;

    private PackedDiagnostics(byte[] data, int[] offsets, RuleDescriptor[] rules, string[] paths)
    {
        this.data = data;
        this.offsets = offsets;
        this.rules = rules;
        this.paths = paths;
    }

    public int Count => offsets.Length;

    public Diagnostic this[int index]
    {
        get
        {
            if ((uint)index >= (uint)offsets.Length) throw new ArgumentOutOfRangeException(nameof(index));
            int at = offsets[index];
            return Read(ref at);
        }
    }

    /// <summary>The findings packed, or an empty array when there are none.</summary>
    public static IReadOnlyList<Diagnostic> Pack(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0) return Array.Empty<Diagnostic>();
        if (diagnostics is PackedDiagnostics) return diagnostics;
        var writer = new Writer(diagnostics.Count * 200);
        var offsets = new int[diagnostics.Count];
        var rules = new List<RuleDescriptor>(2);
        var paths = new List<string>(1);
        for (int i = 0; i < diagnostics.Count; i++)
        {
            var d = diagnostics[i];
            offsets[i] = writer.Length;
            writer.Number(IndexOf(rules, d.Rule));
            writer.Number(IndexOf(paths, d.Path));
            writer.Number((int)d.Severity);
            writer.Text(d.Message);
            writer.Number(d.Span.Start);
            writer.Number(d.Span.Length);
            writer.Number(d.Start.Line);
            writer.Number(d.Start.Column);
            writer.Signed(d.End.Line - d.Start.Line);
            writer.Number(d.End.Column);
            writer.Fingerprint(d.Fingerprint);
            if (d.Fix is not { } fix)
            {
                writer.Number(0);
                continue;
            }

            writer.Number(fix.Edits.Count);
            writer.Text(fix.Description);
            foreach (var edit in fix.Edits)
            {
                writer.Signed(edit.Span.Start - d.Span.Start);
                writer.Number(edit.Span.Length);
                writer.Text(edit.NewText);
            }
        }

        return new PackedDiagnostics(writer.ToArray(), offsets, rules.ToArray(), paths.ToArray());
    }

    public IEnumerator<Diagnostic> GetEnumerator()
    {
        int at = 0;
        for (int i = 0; i < offsets.Length; i++) yield return Read(ref at);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int IndexOf<T>(List<T> table, T item)
        where T : class
    {
        int index = table.IndexOf(item);
        if (index >= 0) return index;
        table.Add(item);
        return table.Count - 1;
    }

    private Diagnostic Read(ref int at)
    {
        var rule = rules[ReadNumber(ref at)];
        string path = paths[ReadNumber(ref at)];
        var severity = (Severity)ReadNumber(ref at);
        string message = ReadText(ref at);
        var span = new TextSpan(ReadNumber(ref at), ReadNumber(ref at));
        var start = new LinePosition(ReadNumber(ref at), ReadNumber(ref at));
        var end = new LinePosition(start.Line + ReadSigned(ref at), ReadNumber(ref at));
        string fingerprint = ReadFingerprint(ref at);
        int edits = ReadNumber(ref at);
        Fix? fix = null;
        if (edits > 0)
        {
            string description = ReadText(ref at);
            var list = new TextEdit[edits];
            for (int i = 0; i < edits; i++)
            {
                int editStart = span.Start + ReadSigned(ref at);
                list[i] = new TextEdit(new TextSpan(editStart, ReadNumber(ref at)), ReadText(ref at));
            }

            fix = new Fix(description, list);
        }

        return new Diagnostic(rule, path, severity, message, span, start, end, fingerprint, fix);
    }

    private int ReadNumber(ref int at)
    {
        uint value = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = data[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return (int)value;
        }
    }

    private int ReadSigned(ref int at)
    {
        int zigzag = ReadNumber(ref at);
        return (int)((uint)zigzag >> 1) ^ -(zigzag & 1);
    }

    private string ReadText(ref int at)
    {
        int header = ReadNumber(ref at);
        int length = header >> 1;
        string text;
        if ((header & 1) == 0)
        {
            text = Utf8.GetString(data, at, length);
        }
        else
        {
            // Code units as they were: a decoder would replace a lone surrogate.
            var chars = new char[length / 2];
            for (int i = 0; i < chars.Length; i++) chars[i] = (char)(data[at + (2 * i)] | (data[at + (2 * i) + 1] << 8));
            text = new string(chars);
        }

        at += length;
        return text;
    }

    private string ReadFingerprint(ref int at)
    {
        if (data[at++] == 0) return ReadText(ref at);
        var chars = new char[16];
        for (int i = 0; i < 8; i++)
        {
            byte b = data[at++];
            chars[2 * i] = HexDigit(b >> 4);
            chars[(2 * i) + 1] = HexDigit(b & 0xF);
        }

        return new string(chars);
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);

    private static int HexValue(char c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;

    /// <summary>Appends to a growing byte array.</summary>
    private sealed class Writer
    {
        private byte[] buffer;

        public Writer(int capacity)
        {
            buffer = new byte[Math.Max(16, capacity)];
        }

        public int Length { get; private set; }

        public void Number(int value)
        {
            uint rest = (uint)value;
            while (rest >= 0x80)
            {
                Byte((byte)(rest | 0x80));
                rest >>= 7;
            }

            Byte((byte)rest);
        }

        public void Signed(int value) => Number((value << 1) ^ (value >> 31));

        /// <summary>UTF-8, or the UTF-16 code units for text UTF-8 cannot hold as it is (a lone surrogate from a file's bytes).</summary>
        public void Text(string text)
        {
            if (!WellFormed(text))
            {
                Number((text.Length << 2) | 1);
                Ensure(text.Length * 2);
                foreach (char c in text)
                {
                    buffer[Length++] = (byte)c;
                    buffer[Length++] = (byte)(c >> 8);
                }

                return;
            }

            int count = Utf8.GetByteCount(text);
            Number(count << 1);
            Ensure(count);
            Length += Utf8.GetBytes(text, 0, text.Length, buffer, Length);
        }

        /// <summary>The engine's fingerprints are 16 lowercase hex digits: 8 bytes; anything else as text.</summary>
        public void Fingerprint(string fingerprint)
        {
            if (fingerprint.Length != 16 || !IsLowerHex(fingerprint))
            {
                Byte(0);
                Text(fingerprint);
                return;
            }

            Byte(1);
            for (int i = 0; i < 16; i += 2) Byte((byte)((HexValue(fingerprint[i]) << 4) | HexValue(fingerprint[i + 1])));
        }

        public byte[] ToArray()
        {
            var result = new byte[Length];
            Buffer.BlockCopy(buffer, 0, result, 0, Length);
            return result;
        }

        private static bool IsLowerHex(string text)
        {
            foreach (char c in text)
            {
                if (HexValue(c) < 0) return false;
            }

            return true;
        }

        private static bool WellFormed(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (!char.IsSurrogate(c)) continue;
                if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
                i++;
            }

            return true;
        }

        private void Byte(byte value)
        {
            Ensure(1);
            buffer[Length++] = value;
        }

        private void Ensure(int more)
        {
            if (Length + more <= buffer.Length) return;
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, Length + more));
        }
    }
}
