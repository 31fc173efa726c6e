using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TranscriptLint.Json;
using Xunit;

namespace TranscriptLint.Tests.Json;

public class JsonReaderTests
{
    // ---- Values and positions ----

    [Theory]
    [InlineData("true", JsonValueKind.True)]
    [InlineData("false", JsonValueKind.False)]
    [InlineData("null", JsonValueKind.Null)]
    [InlineData("\"s\"", JsonValueKind.String)]
    [InlineData("1", JsonValueKind.Number)]
    [InlineData("{}", JsonValueKind.Object)]
    [InlineData("[]", JsonValueKind.Array)]
    public void Each_kind_of_value_parses_at_top_level(string text, JsonValueKind kind)
    {
        var node = JsonReader.Parse(text);

        Assert.Equal(kind, node.Kind);
        Assert.Equal(1, node.Line);
        Assert.Equal(1, node.Column);
    }

    [Fact]
    public void Booleans_carry_their_value()
    {
        Assert.True(Assert.IsType<JsonBoolean>(JsonReader.Parse("true")).Value);
        Assert.False(Assert.IsType<JsonBoolean>(JsonReader.Parse("false")).Value);
        Assert.IsType<JsonNull>(JsonReader.Parse("null"));
    }

    [Theory]
    [InlineData("{}", "an object")]
    [InlineData("[]", "an array")]
    [InlineData("\"x\"", "a string")]
    [InlineData("-2.5", "a number")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("null", "null")]
    public void DescribeKind_names_the_kind_for_messages(string text, string expected)
    {
        Assert.Equal(expected, JsonReader.Parse(text).DescribeKind());
    }

    [Fact]
    public void Object_keeps_properties_in_file_order_with_positions()
    {
        var root = Assert.IsType<JsonObject>(JsonReader.Parse("{\n  \"zeta\": 1,\n  \"alpha\": [true, null],\n  \"mid\": {}\n}"));

        Assert.Equal(new[] { "zeta", "alpha", "mid" }, root.Properties.Select(p => p.Name));
        var alpha = root.Properties[1];
        Assert.Equal((3, 3), (alpha.Line, alpha.Column));
        var array = Assert.IsType<JsonArray>(alpha.Value);
        Assert.Equal((3, 12), (array.Line, array.Column));
        Assert.Equal((3, 13), (array.Items[0].Line, array.Items[0].Column));
        Assert.Equal((3, 19), (array.Items[1].Line, array.Items[1].Column));
        Assert.Equal((4, 10), (root.Properties[2].Value.Line, root.Properties[2].Value.Column));
    }

    [Fact]
    public void TryGet_finds_a_property_by_exact_name()
    {
        var root = Assert.IsType<JsonObject>(JsonReader.Parse("{\"rules\": {\"TL001\": \"off\"}}"));

        Assert.True(root.TryGet("rules", out var rules));
        var rule = Assert.IsType<JsonObject>(rules);
        Assert.True(rule.TryGet("TL001", out var value));
        Assert.Equal("off", Assert.IsType<JsonString>(value).Value);
        Assert.False(root.TryGet("Rules", out _));
        Assert.False(root.TryGet("missing", out var missing));
        Assert.Null(missing);
    }

    [Fact]
    public void Empty_object_and_array_have_no_members()
    {
        var root = Assert.IsType<JsonArray>(JsonReader.Parse("[ {}, [ ] ]"));

        Assert.Empty(Assert.IsType<JsonObject>(root.Items[0]).Properties);
        Assert.Empty(Assert.IsType<JsonArray>(root.Items[1]).Items);
    }

    [Fact]
    public void Whitespace_around_the_document_is_ignored()
    {
        var node = JsonReader.Parse(" \t\r\n  42 \n\t ");

        Assert.Equal((2, 3), (node.Line, node.Column));
    }

    [Fact]
    public void Leading_byte_order_mark_is_skipped_and_not_counted_as_a_column()
    {
        Assert.IsType<JsonObject>(JsonReader.Parse("\uFEFF{}"));
        Assert.Equal(1, JsonReader.Parse("\uFEFF[]").Column);
        var error = Assert.Throws<JsonParseException>(() => JsonReader.Parse("\uFEFF[x]"));
        Assert.Equal(2, error.Column);
    }

    [Fact]
    public void Byte_order_mark_anywhere_else_is_an_error()
    {
        AssertError(" \uFEFF{}", "Expected a value, found U+FEFF.", 1, 2);
    }

    // ---- Comments ----

    [Theory]
    [InlineData("/*0*/{/*1*/\"a\"/*2*/:/*3*/[/*4*/1/*5*/,/*6*/2/*7*/]/*8*/,/*9*/}/*10*/")]
    [InlineData("//0\n{//1\n\"a\"//2\n://3\n[//4\n1//5\n,//6\n2//7\n]//8\n,//9\n}//10")]
    [InlineData("// only a comment line\r\n{ \"a\" : [ 1 , 2 ] } // trailing")]
    [InlineData("/* multi\n   line\r\n   block */ { \"a\": /* ** / * */ [1, 2] }")]
    public void Comments_are_allowed_wherever_whitespace_is(string text)
    {
        var root = Assert.IsType<JsonObject>(JsonReader.Parse(text));

        Assert.True(root.TryGet("a", out var a));
        Assert.Equal(new[] { "1", "2" }, Assert.IsType<JsonArray>(a).Items.Select(i => ((JsonNumber)i).RawText));
    }

    [Fact]
    public void Line_comment_at_end_of_file_without_line_break_is_allowed()
    {
        Assert.IsType<JsonArray>(JsonReader.Parse("[] // done"));
    }

    [Fact]
    public void Comment_markers_inside_strings_are_text()
    {
        var node = JsonReader.Parse("\"http://example.com/* not a comment */\"");

        Assert.Equal("http://example.com/* not a comment */", Assert.IsType<JsonString>(node).Value);
    }

    [Fact]
    public void Multi_line_block_comment_advances_the_line_count()
    {
        var root = Assert.IsType<JsonArray>(JsonReader.Parse("[ /* one\n two\r\n three\r */ true ]"));

        Assert.Equal((4, 5), (root.Items[0].Line, root.Items[0].Column));
    }

    [Fact]
    public void Empty_block_comment_and_stars_inside_a_block_comment_are_fine()
    {
        Assert.IsType<JsonNull>(JsonReader.Parse("/**/ /***/ /* * / ** */ null /*/ */"));
    }

    [Fact]
    public void Block_comments_do_not_nest()
    {
        AssertError("/* outer /* inner */ */ 1", "Expected a value, found '*'.", 1, 22);
    }

    [Theory]
    [InlineData("{ /* never closed", 1, 3)]
    [InlineData("{\n  \"a\": 1 /* never closed\n}", 2, 10)]
    [InlineData("{\r\n  \"a\": 1,\r\n  /* never\r\n closed", 3, 3)]
    [InlineData("[1,\r2,\r/*", 3, 1)]
    [InlineData("/*/", 1, 1)]
    public void Unterminated_block_comment_is_reported_at_its_start(string text, int line, int column)
    {
        AssertError(text, "Unterminated block comment.", line, column);
    }

    [Theory]
    [InlineData("[1 / 2]", "Expected '/' or '*' after '/' to start a comment, found U+0020.", 1, 5)]
    [InlineData("# comment\n{}", "Expected a value, found '#'.", 1, 1)]
    [InlineData("{} /", "Unexpected end of file: expected '/' or '*' after '/' to start a comment.", 1, 5)]
    public void Only_slash_slash_and_slash_star_comments_are_allowed(string text, string message, int line, int column)
    {
        AssertError(text, message, line, column);
    }

    [Fact]
    public void Document_with_only_comments_is_missing_its_value()
    {
        AssertError("// nothing here\n/* still nothing */ ", "Unexpected end of file: expected a value.", 2, 21);
    }

    [Fact]
    public void Error_after_comments_points_at_the_offending_token()
    {
        AssertError("{\n  // the rules\n  \"rules\": { /* none */ } /* see docs */ \"extends\": 1\n}", "Expected ',' or '}' after a property value, found '\"'.", 3, 42);
    }

    // ---- Trailing commas ----

    [Fact]
    public void Trailing_comma_in_object_is_allowed()
    {
        var root = Assert.IsType<JsonObject>(JsonReader.Parse("{\"a\": 1, \"b\": 2,}"));

        Assert.Equal(2, root.Properties.Count);
    }

    [Fact]
    public void Trailing_comma_in_array_is_allowed()
    {
        Assert.Equal(3, Assert.IsType<JsonArray>(JsonReader.Parse("[1, 2, 3,]")).Items.Count);
    }

    [Fact]
    public void Trailing_comma_followed_by_comments_and_line_breaks_is_allowed()
    {
        var root = Assert.IsType<JsonObject>(JsonReader.Parse("{\n  \"include\": [\n    \"*.txt\", // text\n  ],\n  /* end */\n}"));

        Assert.True(root.TryGet("include", out var include));
        Assert.Single(Assert.IsType<JsonArray>(include).Items);
    }

    [Theory]
    [InlineData("[1,,2]", "Expected a value or ']', found ','.", 1, 4)]
    [InlineData("[,]", "Expected a value or ']', found ','.", 1, 2)]
    [InlineData("[1,2,,]", "Expected a value or ']', found ','.", 1, 6)]
    [InlineData("{,}", "Expected a property name or '}', found ','.", 1, 2)]
    [InlineData("{\"a\":1,,}", "Expected a property name or '}', found ','.", 1, 8)]
    [InlineData("[1] ,", "Expected end of file after the value, found ','.", 1, 5)]
    public void Only_a_single_trailing_comma_is_allowed(string text, string message, int line, int column)
    {
        AssertError(text, message, line, column);
    }

    // ---- Strings ----

    [Theory]
    [InlineData(@"""\""""", "\"")]
    [InlineData(@"""\\""", "\\")]
    [InlineData(@"""\/""", "/")]
    [InlineData(@"""\b""", "\b")]
    [InlineData(@"""\f""", "\f")]
    [InlineData(@"""\n""", "\n")]
    [InlineData(@"""\r""", "\r")]
    [InlineData(@"""\t""", "\t")]
    [InlineData(@"""\u0041""", "A")]
    [InlineData(@"""\u00e9\u00E9""", "éé")]
    [InlineData(@"""\u0000""", "\0")]
    [InlineData(@"""\uFFFF""", "\uFFFF")]
    [InlineData(@"""a\tb\u0043d\\e""", "a\tbCd\\e")]
    [InlineData(@"""plain""", "plain")]
    [InlineData(@"""""", "")]
    public void String_escapes_are_decoded(string text, string expected)
    {
        Assert.Equal(expected, Assert.IsType<JsonString>(JsonReader.Parse(text)).Value);
    }

    [Theory]
    [InlineData(@"""\ud83d\ude00""")]
    [InlineData(@"""\uD83D\uDE00""")]
    [InlineData("\"\U0001F600\"")]
    public void Surrogate_pairs_decode_to_one_code_point(string text)
    {
        Assert.Equal("\U0001F600", Assert.IsType<JsonString>(JsonReader.Parse(text)).Value);
    }

    [Fact]
    public void Non_ascii_and_non_bmp_text_passes_through()
    {
        Assert.Equal("Grüße — 日本 \U0001F600", Assert.IsType<JsonString>(JsonReader.Parse("\"Grüße — 日本 \U0001F600\"")).Value);
    }

    [Theory]
    [InlineData("\"abc", 1, 1)]
    [InlineData("[\"a\", \"b", 1, 7)]
    [InlineData("{\"a\": \"no end\n}", 1, 7)]
    [InlineData("{\"a\": \"no end\r\n}", 1, 7)]
    [InlineData("[\n  \"no end\r]", 2, 3)]
    [InlineData("\"ends with backslash\\", 1, 1)]
    [InlineData("\"escaped line break\\\n\"", 1, 1)]
    [InlineData("{\"unterminated name: 1}", 1, 2)]
    public void Unterminated_string_is_reported_at_its_opening_quote(string text, int line, int column)
    {
        AssertError(text, "Unterminated string.", line, column);
    }

    [Theory]
    [InlineData(@"""a\x""", @"Invalid escape sequence '\x'.", 1, 3)]
    [InlineData(@"""\'""", @"Invalid escape sequence '\''.", 1, 2)]
    [InlineData(@"""\U0041""", @"Invalid escape sequence '\U'.", 1, 2)]
    [InlineData("\"\\\t\"", @"Invalid escape sequence: '\' followed by U+0009.", 1, 2)]
    [InlineData(@"""\u12""", @"Invalid escape sequence: '\u' must be followed by 4 hex digits.", 1, 2)]
    [InlineData(@"""\u12G4""", @"Invalid escape sequence: '\u' must be followed by 4 hex digits.", 1, 2)]
    [InlineData(@"""\u""", @"Invalid escape sequence: '\u' must be followed by 4 hex digits.", 1, 2)]
    [InlineData(@"""ok\uD83D""", @"Invalid escape sequence '\uD83D': a high surrogate must be followed by a low surrogate escape.", 1, 4)]
    [InlineData(@"""\ud83dx""", @"Invalid escape sequence '\ud83d': a high surrogate must be followed by a low surrogate escape.", 1, 2)]
    [InlineData(@"""\uD83D\u0041""", @"Invalid escape sequence '\uD83D': a high surrogate must be followed by a low surrogate escape.", 1, 2)]
    [InlineData(@"""\uD83D\uD83D""", @"Invalid escape sequence '\uD83D': a high surrogate must be followed by a low surrogate escape.", 1, 2)]
    [InlineData(@"""\uDE00""", @"Invalid escape sequence '\uDE00': a low surrogate must follow a high surrogate escape.", 1, 2)]
    [InlineData(@"""\uD83D\uDE00\uDE00""", @"Invalid escape sequence '\uDE00': a low surrogate must follow a high surrogate escape.", 1, 14)]
    public void Bad_escapes_are_reported_at_their_backslash(string text, string message, int line, int column)
    {
        AssertError(text, message, line, column);
    }

    [Theory]
    [InlineData("\"a\tb\"", "Control character U+0009 must be escaped in a string.", 1, 3)]
    [InlineData("\"\u0000\"", "Control character U+0000 must be escaped in a string.", 1, 2)]
    [InlineData("[\n\"\u001f\"]", "Control character U+001F must be escaped in a string.", 2, 2)]
    public void Raw_control_characters_in_strings_are_rejected(string text, string message, int line, int column)
    {
        AssertError(text, message, line, column);
    }

    [Fact]
    public void Delete_character_is_allowed_raw_in_strings()
    {
        Assert.Equal("\u007f", Assert.IsType<JsonString>(JsonReader.Parse("\"\u007f\"")).Value);
    }

    // ---- Numbers ----

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("7")]
    [InlineData("-1")]
    [InlineData("10")]
    [InlineData("1234567890")]
    [InlineData("1.5")]
    [InlineData("-0.5")]
    [InlineData("0.000")]
    [InlineData("1e10")]
    [InlineData("1E+2")]
    [InlineData("1e-2")]
    [InlineData("0e0")]
    [InlineData("-123.456e-7")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("5e-324")]
    [InlineData("12345678901234567890123456789")]
    public void Valid_numbers_keep_raw_text_and_value(string text)
    {
        var number = Assert.IsType<JsonNumber>(JsonReader.Parse(text));

        Assert.Equal(text, number.RawText);
        Assert.Equal(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture), number.Value);
    }

    [Fact]
    public void Raw_text_distinguishes_integers_from_decimals()
    {
        var items = Assert.IsType<JsonArray>(JsonReader.Parse("[1, 1.0, 1e0]")).Items.Cast<JsonNumber>().ToList();

        Assert.All(items, n => Assert.Equal(1.0, n.Value));
        Assert.Equal(new[] { "1", "1.0", "1e0" }, items.Select(n => n.RawText));
    }

    [Theory]
    [InlineData("1e400", double.PositiveInfinity)]
    [InlineData("-1e400", double.NegativeInfinity)]
    [InlineData("1e-400", 0.0)]
    public void Numbers_beyond_double_range_become_infinity_or_zero(string text, double expected)
    {
        Assert.Equal(expected, Assert.IsType<JsonNumber>(JsonReader.Parse(text)).Value);
    }

    [Theory]
    [InlineData("01", "Invalid number: leading zeros are not allowed.", 1, 1)]
    [InlineData("[-007]", "Invalid number: leading zeros are not allowed.", 1, 2)]
    [InlineData("00.5", "Invalid number: leading zeros are not allowed.", 1, 1)]
    [InlineData("+1", "Invalid number: a leading '+' is not allowed.", 1, 1)]
    [InlineData("{\"n\": +1}", "Invalid number: a leading '+' is not allowed.", 1, 7)]
    [InlineData(".5", "Invalid number: expected a digit before '.'.", 1, 1)]
    [InlineData("[1.]", "Invalid number: expected a digit after '.', found ']'.", 1, 4)]
    [InlineData("1.", "Unexpected end of file: expected a digit after '.'.", 1, 3)]
    [InlineData("1.e5", "Invalid number: expected a digit after '.', found 'e5'.", 1, 3)]
    [InlineData("[1e]", "Invalid number: expected a digit in the exponent, found ']'.", 1, 4)]
    [InlineData("1e+", "Unexpected end of file: expected a digit in the exponent.", 1, 4)]
    [InlineData("1E-x", "Invalid number: expected a digit in the exponent, found 'x'.", 1, 4)]
    [InlineData("-", "Unexpected end of file: expected a digit after '-'.", 1, 2)]
    [InlineData("- 1", "Invalid number: expected a digit after '-', found U+0020.", 1, 2)]
    [InlineData("-Infinity", "Invalid number: expected a digit after '-', found 'Infinity'.", 1, 2)]
    [InlineData("NaN", "Expected a value, found 'NaN'.", 1, 1)]
    [InlineData("Infinity", "Expected a value, found 'Infinity'.", 1, 1)]
    [InlineData("0x1F", "Expected end of file after the value, found 'x1F'.", 1, 2)]
    [InlineData("1.5.3", "Expected end of file after the value, found '.'.", 1, 4)]
    [InlineData("[1 2]", "Expected ',' or ']' after an array item, found '2'.", 1, 4)]
    public void Invalid_numbers_are_rejected(string text, string message, int line, int column)
    {
        AssertError(text, message, line, column);
    }

    // ---- Literals and unexpected words ----

    [Theory]
    [InlineData("tru", "Expected a value, found 'tru'.")]
    [InlineData("True", "Expected a value, found 'True'.")]
    [InlineData("truex", "Expected a value, found 'truex'.")]
    [InlineData("nul", "Expected a value, found 'nul'.")]
    [InlineData("NULL", "Expected a value, found 'NULL'.")]
    [InlineData("undefined", "Expected a value, found 'undefined'.")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123", "Expected a value, found 'abcdefghijklmnopqrstuvwx...'.")]
    public void Words_other_than_true_false_null_are_rejected_and_shown_whole(string text, string message)
    {
        AssertError(text, message, 1, 1);
    }

    [Fact]
    public void Literal_directly_followed_by_a_delimiter_is_accepted()
    {
        var items = Assert.IsType<JsonArray>(JsonReader.Parse("[true,false,null]")).Items;

        Assert.Equal(new[] { JsonValueKind.True, JsonValueKind.False, JsonValueKind.Null }, items.Select(i => i.Kind));
    }

    // ---- Structural errors ----

    [Theory]
    [InlineData("{\"a\": 1 \"b\": 2}", "Expected ',' or '}' after a property value, found '\"'.", 1, 9)]
    [InlineData("{\"a\": 1]", "Expected ',' or '}' after a property value, found ']'.", 1, 8)]
    [InlineData("{\"a\" 1}", "Expected ':' after a property name, found '1'.", 1, 6)]
    [InlineData("{\"a\" = 1}", "Expected ':' after a property name, found '='.", 1, 6)]
    [InlineData("{a: 1}", "Expected a property name or '}', found 'a'.", 1, 2)]
    [InlineData("{'a': 1}", "Expected a property name or '}', found \"'\".", 1, 2)]
    [InlineData("{1: 1}", "Expected a property name or '}', found '1'.", 1, 2)]
    [InlineData("{\"a\":}", "Expected a value, found '}'.", 1, 6)]
    [InlineData("[}", "Expected a value or ']', found '}'.", 1, 2)]
    [InlineData("[1}", "Expected ',' or ']' after an array item, found '}'.", 1, 3)]
    [InlineData("['x']", "Expected a value or ']', found \"'\".", 1, 2)]
    [InlineData("}", "Expected a value, found '}'.", 1, 1)]
    [InlineData("{} {}", "Expected end of file after the value, found '{'.", 1, 4)]
    [InlineData("1 2", "Expected end of file after the value, found '2'.", 1, 3)]
    [InlineData("\u0001", "Expected a value, found U+0001.", 1, 1)]
    [InlineData("\u00a01", "Expected a value, found U+00A0.", 1, 1)]
    [InlineData("\u000c1", "Expected a value, found U+000C.", 1, 1)]
    [InlineData("é", "Expected a value, found 'é'.", 1, 1)]
    [InlineData("[\U0001F600]", "Expected a value or ']', found '\U0001F600'.", 1, 2)]
    public void Unexpected_tokens_say_what_was_expected_and_found(string text, string message, int line, int column)
    {
        AssertError(text, message, line, column);
    }

    [Theory]
    [InlineData("", "Unexpected end of file: expected a value.", 1, 1)]
    [InlineData("   \n  ", "Unexpected end of file: expected a value.", 2, 3)]
    [InlineData("\uFEFF", "Unexpected end of file: expected a value.", 1, 1)]
    [InlineData("{", "Unexpected end of file: expected a property name or '}'.", 1, 2)]
    [InlineData("{\"a\"", "Unexpected end of file: expected ':' after a property name.", 1, 5)]
    [InlineData("{\"a\":", "Unexpected end of file: expected a value.", 1, 6)]
    [InlineData("{\"a\":1", "Unexpected end of file: expected ',' or '}' after a property value.", 1, 7)]
    [InlineData("{\"a\":1,", "Unexpected end of file: expected a property name or '}'.", 1, 8)]
    [InlineData("[", "Unexpected end of file: expected a value or ']'.", 1, 2)]
    [InlineData("[1", "Unexpected end of file: expected ',' or ']' after an array item.", 1, 3)]
    [InlineData("[1,\n", "Unexpected end of file: expected a value or ']'.", 2, 1)]
    public void Premature_end_of_file_says_what_was_expected(string text, string message, int line, int column)
    {
        AssertError(text, message, line, column);
    }

    // ---- Line endings and columns ----

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Every_line_ending_style_counts_one_line(string newline)
    {
        string text = string.Join(newline, "{", "  \"a\": 1,", "  \"b\": tru", "}");

        AssertError(text, "Expected a value, found 'tru'.", 3, 8);
        var root = Assert.IsType<JsonObject>(JsonReader.Parse(text.Replace("tru", "true")));
        Assert.Equal((3, 3), (root.Properties[1].Line, root.Properties[1].Column));
        Assert.Equal((3, 8), (root.Properties[1].Value.Line, root.Properties[1].Value.Column));
    }

    [Fact]
    public void Mixed_line_endings_each_count_once()
    {
        // \r\n, then a lone \r, then \n\r (two breaks), then \n.
        var root = Assert.IsType<JsonArray>(JsonReader.Parse("[\r\n1,\r2,\n\r3,\n 4]"));

        Assert.Equal(new[] { (2, 1), (3, 1), (5, 1), (6, 2) }, root.Items.Select(i => (i.Line, i.Column)));
    }

    [Fact]
    public void Columns_count_utf16_code_units_and_tabs_as_one()
    {
        AssertError("[\"\U0001F600\", x]", "Expected a value or ']', found 'x'.", 1, 8);
        AssertError("\t\t[x]", "Expected a value or ']', found 'x'.", 1, 4);
    }

    [Fact]
    public void Error_on_crlf_text_after_a_line_comment_has_exact_position()
    {
        AssertError("{\r\n  // comment with \"quotes\" and /* */\r\n  \"a\": [1, 2,, 3]\r\n}", "Expected a value or ']', found ','.", 3, 14);
    }

    [Fact]
    public void Error_on_cr_only_text_after_a_block_comment_has_exact_position()
    {
        AssertError("{\r  /* multi\r     line */ \"a\" 1\r}", "Expected ':' after a property name, found '1'.", 3, 18);
    }

    // ---- Duplicate properties ----

    [Fact]
    public void Duplicate_property_is_reported_at_the_second_key()
    {
        AssertError("{\"rules\": {}, \"rules\": {}}", "Duplicate property \"rules\".", 1, 15);
    }

    [Fact]
    public void Duplicate_property_spelled_with_an_escape_is_still_a_duplicate()
    {
        AssertError("{\n  \"ab\": 1,\n  \"\\u0061b\": 2\n}", "Duplicate property \"ab\".", 3, 3);
    }

    [Fact]
    public void Duplicate_property_is_reported_even_if_text_after_it_is_broken()
    {
        AssertError("{\"a\": 1, \"a\"", "Duplicate property \"a\".", 1, 10);
    }

    [Fact]
    public void Same_name_in_different_objects_or_different_case_is_not_a_duplicate()
    {
        var root = Assert.IsType<JsonObject>(JsonReader.Parse("{\"a\": {\"a\": 1}, \"A\": [{\"a\": 1}, {\"a\": 2}]}"));

        Assert.Equal(2, root.Properties.Count);
    }

    // ---- Depth ----

    [Fact]
    public void Nesting_up_to_the_depth_limit_is_allowed()
    {
        string text = new string('[', JsonReader.MaxDepth) + new string(']', JsonReader.MaxDepth);

        var node = JsonReader.Parse(text);
        for (int i = 1; i < JsonReader.MaxDepth; i++) node = Assert.Single(Assert.IsType<JsonArray>(node).Items);
        Assert.Empty(Assert.IsType<JsonArray>(node).Items);
    }

    [Fact]
    public void Nesting_beyond_the_depth_limit_is_an_error_at_the_first_bracket_too_deep()
    {
        string text = new string('[', JsonReader.MaxDepth + 1) + new string(']', JsonReader.MaxDepth + 1);

        AssertError(text, "Nesting is too deep: at most 64 levels of objects and arrays are allowed.", 1, 65);
    }

    [Fact]
    public void Objects_and_arrays_count_together_toward_the_depth_limit()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 40; i++) text.Append("{\"k\":[");
        AssertError(text.ToString(), "Nesting is too deep: at most 64 levels of objects and arrays are allowed.", 1, (32 * 6) + 1);
    }

    [Fact]
    public void Very_deep_input_fails_cleanly_without_stack_overflow()
    {
        string text = new string('[', 1_000_000);

        AssertError(text, "Nesting is too deep: at most 64 levels of objects and arrays are allowed.", 1, 65);
    }

    // ---- Fuzz ----

    [Fact]
    public void Random_inputs_only_ever_throw_JsonParseException_with_a_position_inside_the_text()
    {
        var random = new Random(20240601);
        const string alphabet = "{}[]:,\"\\/*+-.0123456789eEtrufalsn \t\r\n\uFEFF\u0000xu\uD83D\uDE00abcdefABCDEF'#";
        string[] seeds =
        {
            "{\n  // comment\n  \"rules\": { \"TL001\": \"off\", \"TL002\": [1, 2.5e-3, -0, true, false, null], },\r\n  /* block */ \"s\": \"a\\u00e9\\ud83d\\ude00\\n\",\r}",
            "[{\"a\": [{}, []]}, \"x\\\"y\", 123, -4.5E+6]",
            "\uFEFF{\"include\": [\"**/*.txt\",], \"exclude\": [\"drafts/\"]}",
        };

        int parsed = 0, rejected = 0;
        for (int iteration = 0; iteration < 4000; iteration++)
        {
            string text = iteration % 2 == 0
                ? RandomText(random, alphabet, random.Next(0, 40))
                : Mutate(random, seeds[random.Next(seeds.Length)], alphabet);
            try
            {
                JsonReader.Parse(text);
                parsed++;
            }
            catch (JsonParseException e)
            {
                rejected++;
                AssertPositionInsideText(text, e);
            }
        }

        // Make sure both outcomes were exercised, so the fuzz is not just rejecting everything.
        Assert.True(parsed > 50, $"only {parsed} inputs parsed");
        Assert.True(rejected > 50, $"only {rejected} inputs rejected");
    }

    private static string RandomText(Random random, string alphabet, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }

    private static string Mutate(Random random, string seed, string alphabet)
    {
        var text = new StringBuilder(seed);
        int edits = random.Next(0, 4);
        for (int i = 0; i < edits && text.Length > 0; i++)
        {
            int at = random.Next(text.Length);
            switch (random.Next(4))
            {
                case 0:
                    text.Remove(at, 1);
                    break;
                case 1:
                    text.Insert(at, alphabet[random.Next(alphabet.Length)]);
                    break;
                case 2:
                    text[at] = alphabet[random.Next(alphabet.Length)];
                    break;
                default:
                    text.Length = at;
                    break;
            }
        }

        return text.ToString();
    }

    // The reported line exists and the column is at most one past its last character.
    private static void AssertPositionInsideText(string text, JsonParseException e)
    {
        var lineLengths = new List<int>();
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (int i = start; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n' || text[i] == '\r')
            {
                lineLengths.Add(i - start);
                if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
        }

        Assert.InRange(e.Line, 1, lineLengths.Count);
        Assert.InRange(e.Column, 1, lineLengths[e.Line - 1] + 1);
        Assert.False(string.IsNullOrEmpty(e.Message));
    }

    private static void AssertError(string text, string message, int line, int column)
    {
        var error = Assert.Throws<JsonParseException>(() => JsonReader.Parse(text));
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }
}
