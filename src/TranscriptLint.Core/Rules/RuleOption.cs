namespace TranscriptLint.Rules;

public enum RuleOptionKind
{
    PositiveNumber,
    Boolean,
    String,
}

/// <summary>A per-rule setting in transcriptlint.json, with its default (shown in the docs and used when unset).</summary>
public sealed class RuleOption
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
