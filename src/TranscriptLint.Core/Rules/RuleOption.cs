namespace TranscriptLint.Rules;

public enum RuleOptionKind
{
    PositiveNumber,
    Boolean,
    String,
}

/// <summary>
/// A per-rule setting in transcriptlint.json, with its default (shown in the docs and used when unset). Rules declare
/// the typed <see cref="RuleOption{T}"/> and read it with <see cref="RuleContext.Get{T}"/>; config, schema and docs
/// read this untyped view.
/// </summary>
public class RuleOption
{
    public RuleOption(string name, RuleOptionKind kind, object defaultValue, string description)
    {
        Name = name;
        Kind = kind;
        DefaultValue = defaultValue;
        Description = description;
    }

    public string Name { get; }

    public RuleOptionKind Kind { get; }

    public object DefaultValue { get; }

    public string Description { get; }
}

/// <summary>A typed rule option: its default is a <typeparamref name="T"/>, and a rule reads it as one, never by name.</summary>
public sealed class RuleOption<T> : RuleOption
{
    public RuleOption(string name, T defaultValue, string description)
        : base(name, KindOf(typeof(T)), defaultValue!, description)
    {
        Default = defaultValue;
    }

    public T Default { get; }

    private static RuleOptionKind KindOf(System.Type type)
        => type == typeof(double) ? RuleOptionKind.PositiveNumber
           : type == typeof(bool) ? RuleOptionKind.Boolean
           : type == typeof(string) ? RuleOptionKind.String
           : throw new System.ArgumentException($"A rule option cannot be a {type.Name}: use double, bool or string.");
}
