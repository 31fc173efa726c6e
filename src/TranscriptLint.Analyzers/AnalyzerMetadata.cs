namespace TranscriptLint.Analyzers;

/// <summary>
/// The AdditionalFiles metadata the package's targets set and expose to the analyzer (through
/// <c>CompilerVisibleItemMetadata</c>); the analyzer reads them as <c>build_metadata.AdditionalFiles.NAME</c>.
/// </summary>
public static class AnalyzerMetadata
{
    /// <summary>What an additional file is to TranscriptLint: <see cref="Transcript"/>, <see cref="Config"/>, <see cref="ProjectConfig"/> or <see cref="Baseline"/>. Files without it are ignored (but can be read as roster files).</summary>
    public const string Kind = "TranscriptLintKind";

    /// <summary>"true" on transcripts from the package's default globs: linted only if the config includes them and they look like a transcript.</summary>
    public const string DefaultItem = "TranscriptLintDefaultItem";

    /// <summary>A transcript to lint.</summary>
    public const string Transcript = "Transcript";

    /// <summary>A transcriptlint.json that applies to the transcripts in its folder and below, unless a nearer one does.</summary>
    public const string Config = "Config";

    /// <summary>The transcriptlint.json named by <c>TranscriptLintConfigFile</c>: it applies to every transcript.</summary>
    public const string ProjectConfig = "ProjectConfig";

    /// <summary>The transcriptlint.baseline.json named by <c>TranscriptLintBaselineFile</c>: only findings beyond it are reported.</summary>
    public const string Baseline = "Baseline";

    public const string KindKey = "build_metadata.AdditionalFiles." + Kind;

    public const string DefaultItemKey = "build_metadata.AdditionalFiles." + DefaultItem;
}
