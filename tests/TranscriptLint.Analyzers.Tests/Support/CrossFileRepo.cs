using System;
using System.Collections.Generic;
using System.IO;

namespace TranscriptLint.Analyzers.Tests.Support;

/// <summary>
/// A hand-written podcast repo for the run-level rules: six episodes spell the host 'Ann Lee-Carter', one spells her
/// 'Ann Lee-Cartre' (TL0013 on each of its two labels) and loses a colon in '**Bo Diaz**' (TL0014). Every file ends with
/// an end marker, so nothing else is reported.
/// </summary>
public static class CrossFileRepo
{
    public const string Usual = "Ann Lee-Carter";

    public const string Variant = "Ann Lee-Cartre";

    /// <summary>The variant file, relative to the repo.</summary>
    public const string VariantFile = "ep7.md";

    public static string Episode(int number, string host = Usual) =>
        $"# Episode {number}\n\n**{host}:** Welcome to episode {number} of the show.\n\n**Bo Diaz:** Thanks for having me here.\n\n**{host}:** Let us begin with the news.\n\n**Bo Diaz:** Sure thing.\n\n[END OF TRANSCRIPTION]\n";

    public const string VariantEpisode =
        "# Episode 7\n\n**Ann Lee-Cartre:** Welcome back to the show.\n\n**Bo Diaz:** Good to be back.\n\n**Ann Lee-Cartre:** First topic today.\n\n**Bo Diaz** Sure thing, the colon is lost here.\n\n**Bo Diaz:** And more.\n\n[END OF TRANSCRIPTION]\n";

    /// <summary>The files by relative path: ep1.md to ep6.md, then ep7.md.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files()
    {
        var files = new List<(string, string)>();
        for (int i = 1; i <= 6; i++) files.Add(($"ep{i}.md", Episode(i)));
        files.Add((VariantFile, VariantEpisode));
        return files;
    }

    /// <summary>Writes the repo into a new temp folder and returns it.</summary>
    public static string WriteTo(string prefix)
    {
        string root = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N").Substring(0, 8));
        Directory.CreateDirectory(root);
        foreach (var (path, text) in Files()) File.WriteAllText(Path.Combine(root, path), text);
        return root;
    }
}
