using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TranscriptLint.Dialects;
using TranscriptLint.Model;
using TranscriptLint.Rules;
using TranscriptLint.Tests.Support;
using Xunit;

namespace TranscriptLint.Tests.Dialects;

/// <summary>The dialect registry is the one table of formats: detection, names, extensions, captions, globs.</summary>
public sealed class DialectRegistryTests
{
    [Fact]
    public void Every_dialect_is_registered_once_with_a_reader_of_that_dialect()
    {
        var dialects = Enum.GetValues<Dialect>();
        Assert.Equal(dialects.OrderBy(d => d), DialectRegistry.All.Select(d => d.Dialect).OrderBy(d => d));
        Assert.All(DialectRegistry.All, d => Assert.Equal(d.Dialect, d.Reader.Dialect));
        Assert.Equal(DialectRegistry.Extensions.Count, DialectRegistry.Extensions.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void The_package_default_globs_are_the_registry_extensions()
    {
        string props = File.ReadAllText(Path.Combine(RepoPaths.Root, "build", "TranscriptLint.props"));
        var globs = Regex.Match(props, "<_TranscriptLintDefaultGlobs>(?<globs>[^<]*)</_TranscriptLintDefaultGlobs>").Groups["globs"].Value.Split(';');
        Assert.Equal(DialectRegistry.DefaultGlobs, globs);
        Assert.Contains("Include=\"$(_TranscriptLintDefaultGlobs)\"", props);
    }

    [Theory]
    [InlineData("a.TXT", Dialect.Text)]
    [InlineData("a.markdown", Dialect.Markdown)]
    [InlineData("a.md", Dialect.Markdown)]
    [InlineData("a.vtt", Dialect.WebVtt)]
    [InlineData("a.srt", Dialect.SubRip)]
    public void Extensions_name_their_dialect_and_count_for_a_folder_walk(string path, Dialect dialect)
    {
        Assert.Equal(dialect, DialectRegistry.FromExtension(path)?.Dialect);
        Assert.True(DialectDetector.IsTranscriptExtension(path));
        Assert.False(DialectDetector.IsTranscriptExtension("a.log"));
    }

    [Theory]
    [InlineData("md", Dialect.Markdown)]
    [InlineData("WebVTT", Dialect.WebVtt)]
    [InlineData("srt", Dialect.SubRip)]
    public void Config_names_and_aliases_parse_ignoring_case(string name, Dialect dialect)
    {
        Assert.True(DialectNames.TryParse(name, out var parsed));
        Assert.Equal(dialect, parsed);
        Assert.False(DialectNames.TryParse("html", out _));
    }

    [Fact]
    public void Rules_that_read_running_prose_declare_the_dialects_that_are_not_captions()
    {
        var prose = DialectRegistry.All.Where(d => !d.IsCaptions).Select(d => d.Dialect).ToList();
        foreach (var id in new[] { "TL0002", "TL0011" })
        {
            var descriptor = RuleCatalog.Find(id)!.Descriptor;
            Assert.Equal(prose, descriptor.DefaultDialects);
            Assert.False(descriptor.AppliesToCaptionsByDefault);
        }

        Assert.True(RuleCatalog.Find("TL0001")!.Descriptor.AppliesByDefaultTo(Dialect.WebVtt));
    }
}
