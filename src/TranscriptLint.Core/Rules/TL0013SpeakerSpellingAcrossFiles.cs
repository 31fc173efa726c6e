using System;
using System.Collections.Generic;
using TranscriptLint.Diagnostics;
using TranscriptLint.Engine;
using TranscriptLint.Model;

namespace TranscriptLint.Rules;

/// <summary>
/// TL0013: a speaker spelling used in a few files of the run that is a near-variant of one used in many
/// (<c>Sjors Provost</c> in one file beside <c>Sjors Provoost</c> in 44). It needs the whole run, so it reports nothing
/// per file: the hosts call <see cref="Analyze"/> once every file is linted.
/// </summary>
public sealed class TL0013SpeakerSpellingAcrossFiles : Rule
{
    public static readonly RuleDescriptor Rule = new(
        "TL0013",
        "speaker-spelling-across-files",
        "Speaker spelled differently from the rest of the repo",
        "A speaker spelling used in few files of the run that is a near-variant of a spelling used in many (a letter dropped, doubled or swapped, case, accents, spacing).",
        "Consistency",
        Severity.Warning);

    /// <summary>A spelling in at most this many files can be the rare one.</summary>
    private const int MaxRareFiles = 3;

    /// <summary>The usual spelling must be in at least this many files, and this many times as many as the rare one.</summary>
    private const int MinDominantFiles = 5;

    private const int DominanceRatio = 5;

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>Per file, the run decides: nothing to check here.</summary>
    public override void Check(TranscriptDocument document, RuleContext context)
    {
    }

    /// <summary>The TL0013 findings of a run, per result, on every label line of each rare spelling.</summary>
    public static Dictionary<LintResult, List<Diagnostic>> Analyze(SpeakerCensus census)
    {
        var findings = new Dictionary<LintResult, List<Diagnostic>>();
        foreach (var rare in census.Spellings)
        {
            if (!CanBeRare(rare.Name, rare.FileCount, rare.IsPinned)) continue;
            SpeakerCensus.Spelling? dominant = null;
            foreach (var other in rare.Variants)
            {
                if (!IsComparable(other.Name) || !IsSlipAcrossFiles(rare.Name, other.Name)) continue;
                bool clear = other.IsPinned || (other.FileCount >= MinDominantFiles && other.FileCount >= DominanceRatio * rare.FileCount);
                if (!clear) continue;
                if (dominant is null || Rank(other) > Rank(dominant)) dominant = other;
            }

            if (dominant is null) continue;
            string message = dominant.IsPinned
                ? $"Speaker '{rare.Name}' ({Files(rare.FileCount)}) looks like a misspelling of '{dominant.Name}', the spelling on the roster or in speakers.aliases ({Files(dominant.FileCount)} of this run). Write '{dominant.Name}'."
                : $"Speaker '{rare.Name}' ({Files(rare.FileCount)}) looks like a misspelling of '{dominant.Name}', the spelling in {Files(dominant.FileCount)} of this run. Use one spelling for the same speaker across the repo; if both are right, list one under speakers.aliases in transcriptlint.json.";
            foreach (var (file, speaker) in rare.Files)
            {
                // In a file that also uses the usual spelling, TL0001 reports the slip with the file's own counts.
                if (file.CrossFileSeverity == Severity.Off || UsesSpelling(file, dominant.Name)) continue;

                // Counted per file, so a baseline entry of one file does not move when another file changes.
                var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var use in speaker.Uses)
                {
                    if (use.IsSuppressed) continue;
                    if (!findings.TryGetValue(file, out var list)) findings[file] = list = new List<Diagnostic>();
                    var fix = new Fix($"rename '{rare.Name}' to '{dominant.Name}'", use.Span, dominant.Name);
                    list.Add(new Diagnostic(Rule, file.Path, file.CrossFileSeverity, message, use.Span, use.Start, use.End, Fingerprint(rare.Name, occurrences), fix));
                }
            }
        }

        return findings;
    }

    /// <summary>
    /// Whether a spelling in <paramref name="files"/> files of the run can be reported as the rare one. Once false it
    /// stays false as a run adds files (more files, pinned in one more), so a run that has seen that much of a spelling
    /// may drop its label positions before the end (<see cref="Engine.SpeakerUseTrimmer"/>).
    /// </summary>
    internal static bool CanBeRare(string spelling, int files, bool pinned) => !pinned && files <= MaxRareFiles && IsComparable(spelling);

    private static int Rank(SpeakerCensus.Spelling spelling) => spelling.IsPinned ? int.MaxValue : spelling.FileCount;

    private static string Files(int count) => count == 1 ? "1 file" : $"{count} files";

    /// <summary>Full names only: one-word names and abbreviations are too short to tell a slip from another person across a repo.</summary>
    private static bool IsComparable(string name) => name.IndexOf(' ') > 0 && name.Length >= 6;

    /// <summary>
    /// Across a repo, two people can share a surname and differ by a short first name ("Jon Evans", "Ron Evans"): a
    /// slip there is the same letters in another case or spacing, or a letter off in a word of six letters or more.
    /// </summary>
    private static bool IsSlipAcrossFiles(string rare, string dominant)
    {
        // "JANE DOE" in meeting transcripts and "Jane Doe" in captions: each file type's convention, not a slip.
        if (IsAllCaps(rare) != IsAllCaps(dominant)) return false;
        var a = rare.Split(' ');
        var b = dominant.Split(' ');
        if (a.Length != b.Length) return string.Equals(rare.Replace(" ", string.Empty), dominant.Replace(" ", string.Empty), StringComparison.OrdinalIgnoreCase);
        for (int i = 0; i < a.Length; i++)
        {
            if (string.Equals(a[i], b[i], StringComparison.OrdinalIgnoreCase)) continue;
            if (Math.Max(a[i].Length, b[i].Length) < 6) return false;
        }

        return true;
    }

    private static bool IsAllCaps(string name)
    {
        bool letters = false;
        foreach (char c in name)
        {
            if (char.IsLower(c)) return false;
            letters |= char.IsLetter(c);
        }

        return letters;
    }

    private static bool UsesSpelling(LintResult file, string spelling)
    {
        foreach (var use in file.Speakers)
        {
            if (use.Spelling == spelling) return true;
        }

        return false;
    }

    private static string Fingerprint(string spelling, Dictionary<string, int> occurrences)
    {
        var fingerprint = Engine.Fingerprint.Create();
        fingerprint.Add(Rule.Id);
        fingerprint.Add(spelling);
        occurrences.TryGetValue(spelling, out int seen);
        occurrences[spelling] = seen + 1;
        fingerprint.Add(seen);
        return fingerprint.ToString();
    }
}
