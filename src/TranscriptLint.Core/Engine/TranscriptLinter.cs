using System;
using System.Collections.Generic;
using TranscriptLint.Configuration;
using TranscriptLint.Diagnostics;
using TranscriptLint.Dialects;
using TranscriptLint.Model;
using TranscriptLint.Rules;
using TranscriptLint.Text;

namespace TranscriptLint.Engine;

/// <summary>
/// The one engine every front end calls: read the file in its dialect, run the enabled rules over the model,
/// then apply severity, inline suppression, positions, fingerprints and a stable order.
/// </summary>
public static class TranscriptLinter
{
    /// <summary>
    /// Reported when reading a file or a rule throws: an error on that file, naming it and the exception's message
    /// (no stack trace), while every other file, and the other rules on this one, are still checked.
    /// </summary>
    public static readonly RuleDescriptor RuleFailure = new(
        "TL0000",
        "rule-failure",
        "TranscriptLint failed on this file",
        "TranscriptLint itself failed while reading or checking this file. Other files, and the other rules, still ran.",
        "Engine",
        Severity.Error);

    // Stands in for TL0000 among the rules' raw findings, so a failure goes through the same ordering and output.
    private static readonly Rule FailureRule = new EngineFailure();

    /// <summary>An exception message is quoted up to this many characters.</summary>
    private const int MaxQuotedMessage = 300;

    public static LintResult Lint(string path, SourceText text, FileSettings settings) => Lint(path, text, settings, RuleCatalog.All);

    /// <summary>The document model the rules would see: the file read in its dialect with the same settings (for <c>explain</c>).</summary>
    public static TranscriptDocument Read(string path, SourceText text, FileSettings settings)
    {
        var dialect = settings.ForcedDialect ?? DialectDetector.Detect(path, text);
        return DialectDetector.GetReader(dialect).Read(path, text, settings.ReaderOptions);
    }

    /// <summary>Never throws for a file's content: a reader or rule failure becomes a <see cref="RuleFailure"/> finding.</summary>
    public static LintResult Lint(string path, SourceText text, FileSettings settings, IReadOnlyList<Rule> rules)
    {
        try
        {
            return LintCore(path, text, settings, rules);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Failure(path, ex, settings.ForcedDialect ?? Dialect.Text);
        }
    }

    /// <summary>
    /// The result for a file that could not be read or checked at all: one TL0000 error at its first line, naming the
    /// file and what went wrong. Front ends report it as they report findings, so one odd file never stops a run.
    /// </summary>
    public static LintResult Failure(string path, Exception exception, Dialect dialect = Dialect.Text)
    {
        string message = Output.Printable.Message($"TranscriptLint failed on '{path}' ({exception.GetType().Name}: {Quote(exception.Message)}); the file's findings are missing. Please report this with the file.");
        var fingerprint = Fingerprint.Create();
        fingerprint.Add(RuleFailure.Id);
        fingerprint.Add(exception.GetType().Name);
        var start = new LinePosition(1, 1);
        var diagnostic = new Diagnostic(RuleFailure, path, Severity.Error, message, new TextSpan(0, 0), start, start, fingerprint.ToString());
        return new LintResult(path, dialect, looksLikeTranscript: true, new[] { diagnostic });
    }

    /// <summary>One line, at most <see cref="MaxQuotedMessage"/> characters: a message may quote a whole malformed line.</summary>
    internal static string Quote(string message)
    {
        var builder = new System.Text.StringBuilder(Math.Min(message.Length, MaxQuotedMessage + 1));
        foreach (char c in message)
        {
            if (builder.Length == MaxQuotedMessage)
            {
                builder.Append('…');
                break;
            }

            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString().Trim();
    }

    private static LintResult LintCore(string path, SourceText text, FileSettings settings, IReadOnlyList<Rule> rules)
    {
        var dialect = settings.ForcedDialect ?? DialectDetector.Detect(path, text);
        if (text.LooksBinary)
        {
            return new LintResult(path, dialect, looksLikeTranscript: false, Array.Empty<Diagnostic>(), "binary file (it holds NUL bytes)");
        }

        var document = DialectDetector.GetReader(dialect).Read(path, text, settings.ReaderOptions);
        var raw = new List<RawFinding>();
        var severities = new Dictionary<Rule, Severity>();
        foreach (var rule in rules)
        {
            var severity = settings.GetSeverity(rule.Descriptor, dialect);
            if (severity == Severity.Off) continue;
            severities[rule] = severity;
            int before = raw.Count;
            try
            {
                rule.Check(document, new RuleContext(rule, settings, raw));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                raw.RemoveRange(before, raw.Count - before);
                severities[FailureRule] = Severity.Error;
                raw.Add(new RawFinding(FailureRule, new TextSpan(0, 0), $"{rule.Descriptor.Id} failed on '{path}' ({ex.GetType().Name}: {Quote(ex.Message)}); its findings are missing. Please report this with the file.", null));
            }
        }

        var suppressions = new SuppressionMap(document.Suppressions);
        var diagnostics = Finish(path, text, raw, severities, suppressions);
        var crossFile = settings.GetSeverity(TL0013SpeakerSpellingAcrossFiles.Rule, dialect);
        return new LintResult(path, dialect, document.LooksLikeTranscript, diagnostics)
        {
            Speakers = CollectSpeakers(text, document, settings, crossFile, suppressions),
            CrossFileSeverity = crossFile,
        };
    }

    /// <summary>The person labels of the document, one entry per spelling (for TL0013 and <c>transcriptlint speakers</c>).</summary>
    private static IReadOnlyList<FileSpeaker> CollectSpeakers(SourceText text, TranscriptDocument document, FileSettings settings, Severity crossFile, SuppressionMap suppressions)
    {
        if (document.LabelList.Count == 0) return Array.Empty<FileSpeaker>();
        var roster = settings.Speakers.RosterFor(document);
        var aliases = settings.Aliases;
        var spellings = document.Spellings;
        var bySpelling = new int[spellings.Names.Count]; // 1 + the speaker's index, 0 while none
        var speakers = new List<FileSpeaker>();
        var counts = new List<int>();
        var speakerOf = new int[document.LabelList.Count]; // by label; -1 for labels that are not one person

        // First each spelling and how often it is used, so each keeps its uses in a list of the right size.
        for (int i = 0; i < document.LabelList.Count; i++)
        {
            var label = document.LabelList[i];
            if (!label.IsPerson)
            {
                speakerOf[i] = -1;
                continue;
            }

            int spelling = spellings.Of(i);
            int index = bySpelling[spelling] - 1;
            if (index < 0)
            {
                bool pinned = (!roster.IsEmpty && (roster.TryFindName(label.Name, out _) || roster.TryFindAbbreviation(label.Name, out _)))
                              || (!aliases.IsEmpty && aliases.TryGetCanonical(label.Name, out _));
                index = speakers.Count;
                bySpelling[spelling] = index + 1;
                speakers.Add(new FileSpeaker(label.Name, pinned));
                counts.Add(0);
            }

            speakerOf[i] = index;
            counts[index]++;
        }

        for (int i = 0; i < speakers.Count; i++) speakers[i].ReserveUses(counts[i]);
        for (int i = 0; i < document.LabelList.Count; i++)
        {
            if (speakerOf[i] < 0) continue;
            var label = document.LabelList[i];
            bool suppressed = crossFile != Severity.Off && !suppressions.IsEmpty && suppressions.IsSuppressed(TL0013SpeakerSpellingAcrossFiles.Rule, label.Line);
            speakers[speakerOf[i]].AddUse(new SpeakerUse(label.NameSpan, text.GetPosition(label.NameSpan.Start, label.Line), text.GetPosition(label.NameSpan.End, label.Line), suppressed));
        }

        return speakers;
    }

    private static List<Diagnostic> Finish(string path, SourceText text, List<RawFinding> raw, Dictionary<Rule, Severity> severities, SuppressionMap suppressions)
    {
        raw.Sort((a, b) =>
        {
            int c = a.Span.Start.CompareTo(b.Span.Start);
            if (c == 0) c = string.CompareOrdinal(a.Rule.Descriptor.Id, b.Rule.Descriptor.Id);
            if (c == 0) c = a.Span.Length.CompareTo(b.Span.Length);
            return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
        });

        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>(raw.Count);
        foreach (var finding in raw)
        {
            var descriptor = finding.Rule.Descriptor;
            var start = text.GetPosition(finding.Span.Start);
            if (!suppressions.IsEmpty && suppressions.IsSuppressed(descriptor, start.Line)) continue;
            var end = text.GetPosition(finding.Span.End);
            string message = Output.Printable.Message(finding.Message);
            diagnostics.Add(new Diagnostic(descriptor, path, severities[finding.Rule], message, finding.Span, start, end, MakeFingerprint(text, descriptor, finding, start.Line, occurrences), finding.Fix));
        }

        return diagnostics;
    }

    /// <summary>
    /// Rule id, the flagged text and its line's text (trimmed), and how many identical findings came before:
    /// no line numbers, so the fingerprint survives lines moving above it.
    /// </summary>
    private static string MakeFingerprint(SourceText text, RuleDescriptor rule, RawFinding finding, int line, Dictionary<string, int> occurrences)
    {
        var lineSpan = Dialects.Scan.Trim(text.Text, text.GetLineSpan(line));
        var fingerprint = Fingerprint.Create();
        fingerprint.Add(rule.Id);
        fingerprint.Add(text.Text, finding.Span.Start, Math.Min(finding.Span.Length, 256));
        fingerprint.Add(text.Text, lineSpan.Start, Math.Min(lineSpan.Length, 256));
        string key = fingerprint.ToString();
        occurrences.TryGetValue(key, out int seen);
        occurrences[key] = seen + 1;
        fingerprint.Add(seen);
        return fingerprint.ToString();
    }

    private sealed class EngineFailure : Rule
    {
        public override RuleDescriptor Descriptor => RuleFailure;

        public override void Check(TranscriptDocument document, RuleContext context)
        {
        }
    }
}
