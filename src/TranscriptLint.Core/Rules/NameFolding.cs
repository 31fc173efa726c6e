using System.Text;

namespace TranscriptLint.Rules;

/// <summary>Comparison keys for speaker names: case, accents and spacing folded away.</summary>
internal static class NameFolding
{
    // Base letters of U+00C0..U+024F (Latin-1 Supplement, Latin Extended-A and -B), '\0' where there is none.
    // A table, not string.Normalize: normalization needs ICU, which invariant-globalization hosts lack, and
    // every front end must fold names the same way.
    private const string LatinBaseLetters =
        "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYTsaaaaaaaceeeeiiii" +
        "dnooooo\0ouuuuytyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGg" +
        "GgGgHhHhIiIiIiIiIi\0\0JjKk\0LlLlLl\0\0LlNnNnNn\0\0\0OoOo" +
        "OoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz\0" +
        "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Oo\0\0\0\0\0\0\0\0\0\0\0\0\0U" +
        "u\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0AaIiOoUuUuUuUuUu\0Aa" +
        "Aa\0\0\0\0GgKkOoOo\0\0j\0\0\0Gg\0\0NnAa\0\0\0\0AaAaEeEeIiIiOoOo" +
        "RrRrUuUuSsTt\0\0Hh\0\0\0\0\0\0AaEeOoOoOoOoYy\0\0\0\0\0\0\0\0\0\0\0\0" +
        "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

    /// <summary>Lower case, no diacritics, typographic apostrophes made plain, runs of white space made one space.</summary>
    public static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        bool pendingSpace = false;
        foreach (char raw in name)
        {
            if (raw >= '\u0300' && raw <= '\u036F') continue; // combining marks of decomposed text
            char c = raw;
            if (c >= '\u00C0' && c <= '\u024F' && LatinBaseLetters[c - 0xC0] != '\0') c = LatinBaseLetters[c - 0xC0];
            c = c == '’' ? '\'' : char.ToLowerInvariant(c);
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The folded name without spaces or hyphens, so "Ben Jemaa", "BENJEMAA" and "Ben-Jemaa" meet.</summary>
    public static string Squash(string folded)
    {
        var builder = new StringBuilder(folded.Length);
        foreach (char c in folded)
        {
            if (c != ' ' && c != '-') builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Optimal string alignment distance (insert, delete, substitute, swap neighbours), capped at <paramref name="max"/>+1.</summary>
    public static int Distance(string a, string b, int max)
    {
        if (System.Math.Abs(a.Length - b.Length) > max) return max + 1;
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = System.Math.Min(System.Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = System.Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                if (value < rowMin) rowMin = value;
            }

            if (rowMin > max) return max + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }

        return System.Math.Min(previous[b.Length], max + 1);
    }

    /// <summary>The characters in sorted order: two spellings with the same key have the same letters in another order.</summary>
    public static string SortedLetters(string text)
    {
        var letters = text.ToCharArray();
        System.Array.Sort(letters);
        return new string(letters);
    }

    /// <summary>The same characters, perhaps in another order (<c>JDH</c> and <c>JHD</c>).</summary>
    public static bool SameLetters(string a, string b) => a.Length == b.Length && SortedLetters(a) == SortedLetters(b);
}
