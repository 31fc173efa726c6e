namespace TranscriptLint.Globbing;

internal enum GlobTokenKind
{
    Literal,
    AnyChar,
    Star,
    Class,
    Separator,
}

/// <summary>One element of a pattern. Everything but <see cref="GlobTokenKind.Star"/> matches exactly one character.</summary>
internal readonly struct GlobToken
{
    private GlobToken(GlobTokenKind kind, char literal, CharClass? charClass)
    {
        Kind = kind;
        Char = literal;
        Class = charClass;
    }

    public static GlobToken Star => new(GlobTokenKind.Star, '\0', null);

    public static GlobToken AnyChar => new(GlobTokenKind.AnyChar, '\0', null);

    public static GlobToken Separator => new(GlobTokenKind.Separator, '/', null);

    public GlobTokenKind Kind { get; }

    public char Char { get; }

    public CharClass? Class { get; }

    public static GlobToken Literal(char c) => new(GlobTokenKind.Literal, c, null);

    public static GlobToken FromClass(CharClass charClass) => new(GlobTokenKind.Class, '\0', charClass);

    public bool Matches(char c, bool ignoreCase) => Kind switch
    {
        GlobTokenKind.Literal => c == Char || (ignoreCase && CharClass.EqualsIgnoreCase(c, Char)),
        GlobTokenKind.AnyChar => true,
        GlobTokenKind.Class => Class!.Matches(c, ignoreCase),
        _ => false,
    };
}
