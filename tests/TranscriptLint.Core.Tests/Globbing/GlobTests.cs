using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using TranscriptLint.Globbing;
using Xunit;

namespace TranscriptLint.Tests.Globbing;

public class GlobTests
{
    // ---- Literals and name-only patterns ----

    [Theory]
    [InlineData("README.md", true)]
    [InlineData("docs/README.md", true)]
    [InlineData("a/b/c/README.md", true)]
    [InlineData("README.mdx", false)]
    [InlineData("xREADME.md", false)]
    [InlineData("readme.md", false)]
    public void Name_without_slash_matches_that_file_name_at_any_depth(string path, bool expected)
    {
        AssertMatch("README.md", path, expected);
    }

    [Theory]
    [InlineData("a.md", true)]
    [InlineData("a/b/c.md", true)]
    [InlineData(".md", true)]
    [InlineData("notes.md.txt", false)]
    [InlineData("a.md/b.txt", true)]
    public void Star_extension_matches_at_any_depth(string path, bool expected)
    {
        AssertMatch("*.md", path, expected);
    }

    [Theory]
    [InlineData("drafts", true)]
    [InlineData("drafts/a.txt", true)]
    [InlineData("talks/drafts/2024/a.txt", true)]
    [InlineData("drafts2/a.txt", false)]
    [InlineData("old-drafts/a.txt", false)]
    public void Bare_name_also_matches_a_folder_of_that_name_and_everything_under_it(string path, bool expected)
    {
        AssertMatch("drafts", path, expected);
    }

    // ---- * and ? ----

    [Theory]
    [InlineData("docs/a.md", true)]
    [InlineData("docs/.md", true)]
    [InlineData("docs/x/a.md", false)]
    [InlineData("a.md", false)]
    [InlineData("other/docs/a.md", false)]
    public void Star_does_not_cross_a_slash(string path, bool expected)
    {
        AssertMatch("docs/*.md", path, expected);
    }

    [Theory]
    [InlineData("*", "anything", true)]
    [InlineData("*", "a/b/c", true)]
    [InlineData("a*", "a", true)]
    [InlineData("a*b*c", "aXbYc", true)]
    [InlineData("a*b*c", "abc", true)]
    [InlineData("a*b*c", "acb", false)]
    [InlineData("*a*", "banana", true)]
    [InlineData("*.tar.gz", "x.tar.gz", true)]
    [InlineData("*.tar.gz", "x.tar.gzz", false)]
    [InlineData("*x", "xxxx", true)]
    [InlineData("a*a", "a", false)]
    public void Star_matches_any_run_of_characters_within_a_segment(string pattern, string path, bool expected)
    {
        AssertMatch(pattern, path, expected);
    }

    [Theory]
    [InlineData("a?c", "abc", true)]
    [InlineData("a?c", "a.c", true)]
    [InlineData("a?c", "ac", false)]
    [InlineData("a?c", "abbc", false)]
    [InlineData("x/a?c", "x/a/c", false)]
    [InlineData("???.txt", "abc.txt", true)]
    [InlineData("???.txt", "ab.txt", false)]
    public void Question_mark_matches_exactly_one_character_except_slash(string pattern, string path, bool expected)
    {
        AssertMatch(pattern, path, expected);
    }

    // ---- ** ----

    [Theory]
    [InlineData("x.md", true)]
    [InlineData("a/x.md", true)]
    [InlineData("a/b/c/x.md", true)]
    [InlineData("a/b/y.md", false)]
    [InlineData("x.md/y", false)]
    public void Leading_globstar_matches_zero_or_more_folders(string path, bool expected)
    {
        AssertMatch("**/x.md", path, expected);
    }

    [Theory]
    [InlineData("a/b", true)]
    [InlineData("a/x/b", true)]
    [InlineData("a/x/y/z/b", true)]
    [InlineData("b", false)]
    [InlineData("a/xb", false)]
    [InlineData("a/b/c", false)]
    [InlineData("z/a/b", false)]
    public void Middle_globstar_matches_zero_or_more_folders(string path, bool expected)
    {
        AssertMatch("a/**/b", path, expected);
    }

    [Theory]
    [InlineData("a/x", true)]
    [InlineData("a/x/y/z", true)]
    [InlineData("a", false)]
    [InlineData("ab/x", false)]
    [InlineData("z/a/x", false)]
    public void Trailing_globstar_matches_everything_inside_but_not_the_name_itself(string path, bool expected)
    {
        AssertMatch("a/**", path, expected);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("a/b/c.txt")]
    [InlineData(".hidden/.file")]
    public void Lone_globstar_matches_every_path(string path)
    {
        AssertMatch("**", path, true);
    }

    [Theory]
    [InlineData("src/a/test/b/x.cs", true)]
    [InlineData("src/test/x.cs", true)]
    [InlineData("src/a/b/x.cs", false)]
    [InlineData("src/test/x.txt", false)]
    public void Several_globstars_combine(string path, bool expected)
    {
        AssertMatch("src/**/test/**/*.cs", path, expected);
    }

    [Theory]
    [InlineData("a**b", "aXYb", true)]
    [InlineData("a**b", "a/b", false)]
    [InlineData("x/**.md", "x/a.md", true)]
    [InlineData("x/**.md", "x/y/a.md", false)]
    public void Double_star_inside_a_segment_is_a_plain_star(string pattern, string path, bool expected)
    {
        AssertMatch(pattern, path, expected);
    }

    // ---- Character classes ----

    [Theory]
    [InlineData("[abc].txt", "a.txt", true)]
    [InlineData("[abc].txt", "c.txt", true)]
    [InlineData("[abc].txt", "d.txt", false)]
    [InlineData("[abc].txt", "ab.txt", false)]
    [InlineData("file[0-9].txt", "file7.txt", true)]
    [InlineData("file[0-9].txt", "filex.txt", false)]
    [InlineData("[a-cx-z]", "y", true)]
    [InlineData("[a-cx-z]", "m", false)]
    [InlineData("[!a]b", "xb", true)]
    [InlineData("[!a]b", "ab", false)]
    [InlineData("[^a]b", "xb", true)]
    [InlineData("[^a]b", "ab", false)]
    [InlineData("[!a-c]", "d", true)]
    [InlineData("[!a-c]", "b", false)]
    [InlineData("[]]", "]", true)]
    [InlineData("[!]]", "]", false)]
    [InlineData("[!]]", "x", true)]
    [InlineData("[a-]", "-", true)]
    [InlineData("[-a]", "-", true)]
    [InlineData(@"[\]x]", "]", true)]
    [InlineData(@"[\!]", "!", true)]
    [InlineData("[*?]", "*", true)]
    [InlineData("[*?]", "a", false)]
    [InlineData("[{,}]", ",", true)]
    public void Character_classes_match_one_listed_character(string pattern, string path, bool expected)
    {
        AssertMatch(pattern, path, expected);
    }

    [Fact]
    public void Negated_class_never_matches_a_slash()
    {
        AssertMatch("a[!x]b", "a/b", false);
    }

    // ---- Braces ----

    [Theory]
    [InlineData("a.md", true)]
    [InlineData("x/a.txt", true)]
    [InlineData("a.json", false)]
    [InlineData("a.", false)]
    public void Braces_match_any_alternative(string path, bool expected)
    {
        AssertMatch("*.{md,txt}", path, expected);
    }

    [Theory]
    [InlineData("src/a.cs", true)]
    [InlineData("tests/x/y.cs", true)]
    [InlineData("docs/a.cs", false)]
    [InlineData("x/src/a.cs", false)]
    public void Braces_can_choose_folders(string path, bool expected)
    {
        AssertMatch("{src,tests}/**", path, expected);
    }

    [Theory]
    [InlineData("{a,b}{c,d}", "bc", true)]
    [InlineData("{a,b}{c,d}", "ad", true)]
    [InlineData("{a,b}{c,d}", "ab", false)]
    [InlineData("x{,y}z", "xz", true)]
    [InlineData("x{,y}z", "xyz", true)]
    [InlineData("{single}", "single", true)]
    [InlineData("{a,b/c}", "x/a", true)]
    [InlineData("{a,b/c}", "b/c", true)]
    [InlineData("{a,b/c}", "x/b/c", false)]
    [InlineData("{*.md,[0-9]*}", "7up", true)]
    public void Brace_alternatives_expand_like_separate_patterns(string pattern, string path, bool expected)
    {
        AssertMatch(pattern, path, expected);
    }

    [Theory]
    [InlineData("a}b", "a}b")]
    [InlineData("a,b", "a,b")]
    [InlineData("a]b", "a]b")]
    public void Unpaired_closing_brace_comma_and_bracket_are_literal(string pattern, string path)
    {
        AssertMatch(pattern, path, true);
    }

    // ---- Escapes ----

    [Theory]
    [InlineData(@"\*.md", "*.md", true)]
    [InlineData(@"\*.md", "a.md", false)]
    [InlineData(@"a\?", "a?", true)]
    [InlineData(@"a\?", "ab", false)]
    [InlineData(@"\{a,b\}", "{a,b}", true)]
    [InlineData(@"\{a,b\}", "a", false)]
    [InlineData(@"\[x]", "[x]", true)]
    [InlineData(@"a\\b", @"a\b", true)]
    [InlineData(@"\a", "a", true)]
    [InlineData(@"docs\/x", "docs/x", true)]
    public void Backslash_makes_the_next_character_literal(string pattern, string path, bool expected)
    {
        AssertMatch(pattern, path, expected);
    }

    [Fact]
    public void Escaped_stars_are_not_a_globstar()
    {
        AssertMatch(@"a/\*\*/b", "a/x/b", false);
        AssertMatch(@"a/\*\*/b", "a/**/b", true);
    }

    // ---- Anchoring ----

    [Theory]
    [InlineData("/README.md")]
    [InlineData("./README.md")]
    [InlineData("././README.md")]
    public void Leading_slash_or_dot_slash_anchors_to_the_config_folder(string pattern)
    {
        AssertMatch(pattern, "README.md", true);
        AssertMatch(pattern, "docs/README.md", false);
    }

    [Theory]
    [InlineData("docs/*.md", "docs/a.md", true)]
    [InlineData("docs/*.md", "x/docs/a.md", false)]
    [InlineData("/docs/*.md", "docs/a.md", true)]
    [InlineData("./*.md", "a.md", true)]
    [InlineData("./*.md", "x/a.md", false)]
    [InlineData("/*", "a", true)]
    [InlineData("/*", "a/b", false)]
    public void Pattern_with_a_slash_inside_is_relative_to_the_config_folder(string pattern, string path, bool expected)
    {
        AssertMatch(pattern, path, expected);
    }

    [Theory]
    [InlineData("./docs/a.md")]
    [InlineData("/docs/a.md")]
    public void Leading_dot_slash_or_slash_in_the_path_is_ignored(string path)
    {
        AssertMatch("docs/*.md", path, true);
        AssertMatch("*.md", path, true);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("./")]
    public void Empty_path_matches_nothing(string path)
    {
        AssertMatch("**", path, false);
        AssertMatch("*", path, false);
    }

    // ---- Folder patterns ----

    [Theory]
    [InlineData("drafts/a.txt", true)]
    [InlineData("drafts/x/y/a.txt", true)]
    [InlineData("talks/drafts/a.txt", true)]
    [InlineData("drafts", false)]
    [InlineData("drafts2/a.txt", false)]
    public void Trailing_slash_matches_everything_under_a_folder_of_that_name_at_any_depth(string path, bool expected)
    {
        AssertMatch("drafts/", path, expected);
    }

    [Theory]
    [InlineData("/drafts/", "drafts/a.txt", true)]
    [InlineData("/drafts/", "talks/drafts/a.txt", false)]
    [InlineData("talks/drafts/", "talks/drafts/x/a.txt", true)]
    [InlineData("talks/drafts/", "talks/drafts", false)]
    [InlineData("talks/drafts/", "x/talks/drafts/a.txt", false)]
    [InlineData("drafts/**", "drafts/a.txt", true)]
    [InlineData("drafts/**", "drafts/x/y.txt", true)]
    [InlineData("drafts/**", "talks/drafts/a.txt", false)]
    [InlineData("**/drafts/**", "talks/drafts/a.txt", true)]
    public void Folder_patterns_with_a_slash_inside_are_anchored(string pattern, string path, bool expected)
    {
        AssertMatch(pattern, path, expected);
    }

    // ---- Case ----

    [Theory]
    [InlineData("*.MD", "a.md")]
    [InlineData("Docs/*.md", "docs/a.md")]
    [InlineData("[A-C].txt", "b.txt")]
    [InlineData("[a-c].txt", "B.TXT")]
    [InlineData("{Src,Tests}/**", "src/x")]
    public void Matching_is_case_sensitive_by_default_and_insensitive_on_request(string pattern, string path)
    {
        AssertMatch(pattern, path, false);
        Assert.True(Glob.TryParse(pattern, ignoreCase: true, out var glob, out _));
        Assert.True(glob.IgnoreCase);
        Assert.True(glob.IsMatch(path));
    }

    [Fact]
    public void Ignore_case_still_honours_negated_classes()
    {
        Assert.True(Glob.TryParse("[!a]", ignoreCase: true, out var glob, out _));

        Assert.False(glob.IsMatch("A"));
        Assert.True(glob.IsMatch("b"));
    }

    // ---- Errors ----

    [Theory]
    [InlineData("", "Empty pattern.")]
    [InlineData("/", "Empty pattern.")]
    [InlineData("./", "Empty pattern.")]
    [InlineData("[abc", "Unclosed '[' at position 1.")]
    [InlineData("notes/[ab", "Unclosed '[' at position 7.")]
    [InlineData("[!", "Unclosed '[' at position 1.")]
    [InlineData("[]", "Unclosed '[' at position 1.")]
    [InlineData(@"[a\", "Unclosed '[' at position 1.")]
    [InlineData("ab{c,d", "Unclosed '{' at position 3.")]
    [InlineData("{", "Unclosed '{' at position 1.")]
    [InlineData("a{b,{c}}", "Nested '{' is not supported at position 5.")]
    [InlineData(@"abc\", @"Nothing to escape after '\' at position 4.")]
    [InlineData("[z-a]", "Invalid range 'z-a' at position 2.")]
    [InlineData("x[a-cz-b]", "Invalid range 'z-b' at position 6.")]
    [InlineData("[a/b]", "'/' cannot be used inside '[...]' at position 3.")]
    [InlineData(@"[a\/b]", "'/' cannot be used inside '[...]' at position 4.")]
    [InlineData("a//b", "Empty path segment ('//') at position 2.")]
    [InlineData("{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}", "Too many alternatives: the '{...}' groups expand to more than 256 patterns.")]
    public void Bad_patterns_are_rejected_with_what_and_where(string pattern, string error)
    {
        Assert.False(Glob.TryParse(pattern, out var glob, out var message));
        Assert.Null(glob);
        Assert.Equal(error, message);
    }

    [Fact]
    public void Valid_pattern_keeps_its_original_text_and_reports_no_error()
    {
        Assert.True(Glob.TryParse("./talks/**/*.{txt,vtt}", out var glob, out var error));

        Assert.Null(error);
        Assert.Equal("./talks/**/*.{txt,vtt}", glob.Pattern);
        Assert.Equal("./talks/**/*.{txt,vtt}", glob.ToString());
        Assert.False(glob.IgnoreCase);
        Assert.True(glob.IsMatch("talks/2024/keynote.vtt"));
    }

    // ---- Performance ----

    [Fact]
    public void Pathological_star_pattern_against_a_long_name_finishes()
    {
        string name = new string('a', 10_000);

        AssertMatch("a*a*a*a*a*a*a*b", name, false);
        AssertMatch("a*a*a*a*a*a*a*b", name + "b", true);
        AssertMatch("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*c", "x/" + name, false);
    }

    [Fact]
    public void Pathological_globstar_pattern_against_a_deep_path_finishes()
    {
        string path = string.Join("/", Enumerable.Repeat("a", 2_000)) + "/z";

        AssertMatch("**/a/**/a/**/a/**/a/**/a/**/b", path, false);
        AssertMatch("**/a/**/a/**/a/**/a/**/a/**/z", path, true);
    }

    // ---- Fuzz ----

    [Fact]
    public void Random_anchored_patterns_agree_with_a_regex_reference()
    {
        // The reference (tests only) spells each segment as "/" + its regex, so ** becomes any number of
        // "/segment" groups; a trailing ** needs at least one, as documented.
        var random = new Random(424242);
        for (int iteration = 0; iteration < 3000; iteration++)
        {
            int segmentCount = random.Next(1, 5);
            var segments = Enumerable.Range(0, segmentCount)
                .Select(_ => random.Next(4) == 0 ? "**" : RandomText(random, "ab*?", random.Next(1, 5)).Replace("**", "*"))
                .ToList();
            string pattern = "/" + string.Join("/", segments);
            var reference = new StringBuilder("^");
            for (int i = 0; i < segments.Count; i++)
            {
                if (segments[i] == "**") reference.Append(i == segments.Count - 1 ? "(?:/[^/]*)+" : "(?:/[^/]*)*");
                else reference.Append('/').Append(segments[i].Replace("*", "[^/]*").Replace("?", "[^/]"));
            }

            reference.Append('$');
            for (int j = 0; j < 5; j++)
            {
                string path = string.Join("/", Enumerable.Range(0, random.Next(1, 6)).Select(_ => RandomText(random, "ab", random.Next(1, 4))));
                bool expected = Regex.IsMatch("/" + path, reference.ToString());
                AssertMatch(pattern, path, expected);
            }
        }
    }

    [Fact]
    public void Random_patterns_never_throw()
    {
        var random = new Random(7);
        for (int iteration = 0; iteration < 5000; iteration++)
        {
            string pattern = RandomText(random, "ab*?[]{},!^-/\\.", random.Next(0, 14));
            if (Glob.TryParse(pattern, iteration % 2 == 0, out var glob, out var error))
            {
                Assert.Null(error);
                glob.IsMatch(RandomText(random, "ab/.", random.Next(0, 10)));
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(error));
            }
        }
    }

    private static string RandomText(Random random, string alphabet, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }

    private static void AssertMatch(string pattern, string path, bool expected)
    {
        Assert.True(Glob.TryParse(pattern, out var glob, out var error), error);
        Assert.True(expected == glob.IsMatch(path), $"'{pattern}' {(expected ? "should" : "should not")} match '{path}'");
    }
}
