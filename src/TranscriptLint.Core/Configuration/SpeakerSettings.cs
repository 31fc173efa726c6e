using System;
using System.Collections.Generic;

namespace TranscriptLint.Configuration;

/// <summary>The <c>speakers</c> block: aliases, rosters and marker labels.</summary>
public sealed class SpeakerSettings
{
    /// <summary>
    /// Labels that mark a moment rather than a speaker and are normally empty (<c>Break:</c>, <c>Music:</c>):
    /// never orphans, never spelling variants of each other. <c>speakers.markers</c> adds to them.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultMarkers = Vocabulary.Languages.List(l => l.Markers);

    /// <summary>Labels for a group rather than a person (<c>All:</c>, <c>Room:</c>): not on any roster, not misspellings.</summary>
    public static readonly IReadOnlyList<string> CollectiveSpeakers = Vocabulary.Languages.List(l => l.Collectives);

    public static readonly SpeakerSettings Empty = new(SpeakerAliases.Empty, SpeakerRoster.Empty, Array.Empty<string>());

    private readonly HashSet<string> markers = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Collectives = new(CollectiveSpeakers, StringComparer.OrdinalIgnoreCase);

    public SpeakerSettings(SpeakerAliases aliases, SpeakerRoster roster, IReadOnlyList<string> extraMarkers, bool frontMatterRoster = false)
    {
        Aliases = aliases;
        Roster = roster;
        FrontMatterRoster = frontMatterRoster;
        foreach (var marker in DefaultMarkers) markers.Add(marker);
        foreach (var marker in extraMarkers) markers.Add(marker.Trim());
        Markers = new List<string>(markers);
    }

    public SpeakerAliases Aliases { get; }

    public SpeakerRoster Roster { get; }

    /// <summary><c>speakers.frontMatterRoster</c>: a Markdown file's front matter <c>speakers:</c> list joins the roster for that file.</summary>
    public bool FrontMatterRoster { get; }

    /// <summary>The roster for one document: the configured one, plus its front matter speakers when config asks for that.</summary>
    public SpeakerRoster RosterFor(Model.TranscriptDocument document)
    {
        if (!FrontMatterRoster || document.FrontMatterSpeakers.Count == 0) return Roster;
        var entries = new List<RosterEntry>(Roster.Entries);
        foreach (var name in document.FrontMatterSpeakers) entries.Add(new RosterEntry(name, null, "front matter", 0));
        var files = new List<string>(Roster.Files) { "the front matter's speakers" };
        return new SpeakerRoster(entries, files);
    }

    public IReadOnlyCollection<string> Markers { get; }

    public bool IsMarker(string label) => markers.Contains(label);

    public static bool IsCollective(string label) => Collectives.Contains(label);
}
