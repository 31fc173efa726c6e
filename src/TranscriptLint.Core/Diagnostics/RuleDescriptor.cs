using System.Collections.Generic;
using System.Linq;
using TranscriptLint.Dialects;
using TranscriptLint.Model;

namespace TranscriptLint.Diagnostics;

/// <summary>
/// What a rule is, apart from any one finding (as Roslyn's DiagnosticDescriptor): the id and name
/// that config accepts, a title, its category, default severity and the page its help link opens.
/// </summary>
public sealed class RuleDescriptor
{
    public const string HelpLinkBase = "https://github.com/transcriptlint/transcriptlint/blob/main/docs/rules/";

    /// <summary>A rule that runs on every dialect, or (appliesToCaptions false, a rule that reads running prose) on every dialect that is not captions.</summary>
    public RuleDescriptor(string id, string name, string title, string description, string category, Severity defaultSeverity, bool appliesToCaptions = true)
        : this(id, name, title, description, category, defaultSeverity, appliesToCaptions ? null : DialectRegistry.All.Where(d => !d.IsCaptions).Select(d => d.Dialect).ToList())
    {
    }

    /// <summary>A rule that runs on the dialects in defaultDialects unless config names it (null: every dialect).</summary>
    public RuleDescriptor(string id, string name, string title, string description, string category, Severity defaultSeverity, IReadOnlyList<Dialect>? defaultDialects)
    {
        Id = id;
        Name = name;
        Title = title;
        Description = description;
        Category = category;
        DefaultSeverity = defaultSeverity;
        this.defaultDialects = defaultDialects;
    }

    private readonly IReadOnlyList<Dialect>? defaultDialects;

    /// <summary>The stable id, such as <c>TL0001</c>.</summary>
    public string Id { get; }

    /// <summary>The readable alias, such as <c>speaker-spelling</c>; config accepts it in place of the id.</summary>
    public string Name { get; }

    public string Title { get; }

    /// <summary>One or two sentences on what the rule finds; used for SARIF's shortDescription and the docs.</summary>
    public string Description { get; }

    public string Category { get; }

    public Severity DefaultSeverity { get; }

    /// <summary>The dialects the rule runs on unless config names it (every registered dialect by default).</summary>
    public IReadOnlyList<Dialect> DefaultDialects => defaultDialects ?? DialectRegistry.All.Select(d => d.Dialect).ToList();

    /// <summary>False for rules that make no sense for WebVTT/SubRip captions unless config turns them on.</summary>
    public bool AppliesToCaptionsByDefault => DialectRegistry.All.Where(d => d.IsCaptions).All(d => AppliesByDefaultTo(d.Dialect));

    /// <summary>Whether the rule runs on a file of this dialect when config does not name it.</summary>
    public bool AppliesByDefaultTo(Dialect dialect) => defaultDialects is null || defaultDialects.Contains(dialect);

    public string HelpUri => HelpLinkBase + Id + ".md";

    public override string ToString() => $"{Id} ({Name})";
}
