namespace TranscriptLint.Diagnostics;

/// <summary>
/// What a rule is, apart from any one finding (as Roslyn's DiagnosticDescriptor): the id and name
/// that config accepts, a title, its category, default severity and the page its help link opens.
/// </summary>
public sealed class RuleDescriptor
{
    public const string HelpLinkBase = "https://github.com/transcriptlint/transcriptlint/blob/main/docs/rules/";

    public RuleDescriptor(string id, string name, string title, string description, string category, Severity defaultSeverity, bool appliesToCaptions = true)
    {
        Id = id;
        Name = name;
        Title = title;
        Description = description;
        Category = category;
        DefaultSeverity = defaultSeverity;
        AppliesToCaptionsByDefault = appliesToCaptions;
    }

    /// <summary>The stable id, such as <c>TL0001</c>.</summary>
    public string Id { get; }

    /// <summary>The readable alias, such as <c>speaker-spelling</c>; config accepts it in place of the id.</summary>
    public string Name { get; }

    public string Title { get; }

    /// <summary>One or two sentences on what the rule finds; used for SARIF's shortDescription and the docs.</summary>
    public string Description { get; }

    public string Category { get; }

    public Severity DefaultSeverity { get; }

    /// <summary>False for rules that make no sense for WebVTT/SubRip captions unless config turns them on.</summary>
    public bool AppliesToCaptionsByDefault { get; }

    public string HelpUri => HelpLinkBase + Id + ".md";

    public override string ToString() => $"{Id} ({Name})";
}
