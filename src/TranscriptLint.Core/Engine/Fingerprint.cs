using System.Globalization;

namespace TranscriptLint.Engine;

/// <summary>FNV-1a 64-bit over strings: stable across runs, processes and platforms (unlike string.GetHashCode).</summary>
internal struct Fingerprint
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private ulong hash;

    public static Fingerprint Create() => new() { hash = OffsetBasis };

    public void Add(string text) => Add(text, 0, text.Length);

    public void Add(string text, int start, int length)
    {
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        // A separator, so ("ab", "c") and ("a", "bc") differ.
        hash = (hash ^ 0xFF) * Prime;
    }

    public void Add(int value) => Add(value.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => hash.ToString("x16", CultureInfo.InvariantCulture);
}
