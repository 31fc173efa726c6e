using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using TranscriptLint.Diagnostics;

namespace TranscriptLint.Output;

/// <summary>
/// A rule's help for reports that carry it (SARIF's <c>help</c>, which GitHub code scanning requires): the rule's
/// description, then the "How to fix violations" section of its docs page, then the link to the page. The docs pages
/// (<c>docs/rules/ID.md</c>) are embedded in this assembly at build time, so the page stays the one place the advice
/// is written and a report never drifts from it.
/// </summary>
public static class RuleHelp
{
    /// <summary>The heading of the docs section the help quotes.</summary>
    public const string FixHeading = "## How to fix violations";

    private static readonly Dictionary<string, string[]> FixParagraphs = new(StringComparer.Ordinal);
    private static readonly object Gate = new();
    private static readonly Regex Link = new(@"\[(?<text>[^\]]*)\]\((?<target>[^)\s]+)\)", RegexOptions.CultureInvariant);

    /// <summary>Plain text: the description, how to fix (code spans in quotes, links as their text), and the docs link.</summary>
    public static string Text(RuleDescriptor rule)
    {
        var text = new StringBuilder(rule.Description);
        var fix = HowToFix(rule);
        if (fix.Count > 0)
        {
            text.Append("\n\nHow to fix: ");
            for (int i = 0; i < fix.Count; i++)
            {
                if (i > 0) text.Append("\n\n");
                text.Append(Link.Replace(fix[i], m => m.Groups["text"].Value).Replace('`', '\''));
            }
        }

        return text.Append("\n\nDocs: ").Append(rule.HelpUri).ToString();
    }

    /// <summary>Markdown: the title, the description, how to fix (relative links made absolute), and the docs link.</summary>
    public static string Markdown(RuleDescriptor rule)
    {
        var text = new StringBuilder();
        text.Append("**").Append(rule.Id).Append(": ").Append(rule.Title).Append("**\n\n").Append(rule.Description);
        var fix = HowToFix(rule);
        if (fix.Count > 0)
        {
            text.Append("\n\n**How to fix**");
            foreach (var paragraph in fix) text.Append("\n\n").Append(Link.Replace(paragraph, m => $"[{m.Groups["text"].Value}]({Absolute(rule, m.Groups["target"].Value)})"));
        }

        return text.Append("\n\n[").Append(rule.Id).Append(' ').Append(rule.Name).Append(" (docs)](").Append(rule.HelpUri).Append(')').ToString();
    }

    /// <summary>The paragraphs of the "How to fix violations" section of the rule's docs page, each on one line; empty without a page.</summary>
    public static IReadOnlyList<string> HowToFix(RuleDescriptor rule)
    {
        lock (Gate)
        {
            if (!FixParagraphs.TryGetValue(rule.Id, out var paragraphs))
            {
                paragraphs = ReadFixSection(rule.Id);
                FixParagraphs[rule.Id] = paragraphs;
            }

            return paragraphs;
        }
    }

    private static string[] ReadFixSection(string id)
    {
        using var stream = typeof(RuleHelp).Assembly.GetManifestResourceStream("TranscriptLint.Docs.Rules." + id + ".md");
        if (stream is null) return Array.Empty<string>();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        bool inSection = false;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (inSection) break;
                inSection = line.TrimEnd() == FixHeading;
                continue;
            }

            if (!inSection) continue;
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            if (current.Length > 0) current.Append(' ');
            current.Append(line.Trim());
        }

        Flush();
        return paragraphs.ToArray();

        void Flush()
        {
            if (current.Length > 0) paragraphs.Add(current.ToString());
            current.Clear();
        }
    }

    private static string Absolute(RuleDescriptor rule, string target)
    {
        if (Uri.TryCreate(target, UriKind.Absolute, out _)) return target;
        return new Uri(new Uri(rule.HelpUri), target).AbsoluteUri;
    }
}
