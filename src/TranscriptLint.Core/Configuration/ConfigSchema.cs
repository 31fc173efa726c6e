using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using TranscriptLint.Diagnostics;
using TranscriptLint.Output;
using TranscriptLint.Rules;

namespace TranscriptLint.Configuration;

/// <summary>
/// The JSON Schema (draft 2020-12) of transcriptlint.json, generated from what reads the file: the keys
/// <see cref="ConfigLoader"/> accepts, the rules of <see cref="RuleCatalog"/> with their options, the severity
/// spellings. The committed <c>transcriptlint.schema.json</c> is this text (a test fails when it is stale), so the
/// schema an editor uses cannot drift from the loader. Spellings the loader reads ignoring case (rule ids and names,
/// severities, dialects) are listed as written in the docs, for completion, and accepted in any case by a pattern.
/// </summary>
public static class ConfigSchema
{
    /// <summary>The file name the schema is shipped and committed under.</summary>
    public const string FileName = "transcriptlint.schema.json";

    /// <summary>Where the schema is published; the <c>$schema</c> line of a config names it.</summary>
    public const string Uri = "https://raw.githubusercontent.com/transcriptlint/transcriptlint/main/" + FileName;

    /// <summary>The dialect names <c>"dialect"</c> accepts (from <see cref="Dialects.DialectRegistry"/>).</summary>
    public static IReadOnlyList<string> DialectSpellings => Dialects.DialectRegistry.Spellings;

    private static readonly Dictionary<string, Action<JsonText>> TopLevel = new(StringComparer.Ordinal)
    {
        ["$schema"] = json => Object(json, "The schema this file follows, for editors; TranscriptLint ignores it.", "string"),
        ["rules"] = json => Ref(json, "rules", "Severity, or severity and options, by rule id or name."),
        ["endMarkers"] = json => EndMarkers(json, "Replaces the built-in end markers: the lines that end a transcript (TL0002)."),
        ["speakers"] = Speakers,
        ["include"] = json => Ref(json, "globs", "Files a folder walk considers, relative to this file's folder. Default: *.txt, *.md, *.markdown, *.vtt, *.srt at any depth."),
        ["exclude"] = json => Ref(json, "globs", "Files a folder walk skips, even when included."),
        ["overrides"] = Overrides,
        ["dialect"] = json => Ref(json, "dialect", "Forces a dialect for every file instead of detecting it."),
    };

    private static readonly Dictionary<string, Action<JsonText>> OverrideKeys = new(StringComparer.Ordinal)
    {
        ["files"] = json => Ref(json, "globs", "The files this entry applies to (globs relative to this file's folder)."),
        ["rules"] = json => Ref(json, "rules", "Severities and options for these files, merged option by option over the top level."),
        ["endMarkers"] = json => EndMarkers(json, "The end markers for these files."),
        ["dialect"] = json => Ref(json, "dialect", "Forces a dialect for these files."),
    };

    private static readonly Dictionary<string, Action<JsonText>> SpeakerKeys = new(StringComparer.Ordinal)
    {
        ["aliases"] = json =>
        {
            json.StartObject();
            Description(json, "Canonical spelling -> accepted variants; near-variants of a canonical spelling are reported against it (TL0001).");
            json.Property("type").String("object");
            json.Property("propertyNames").StartObject().Property("pattern").String("\\S").EndObject();
            json.Property("additionalProperties").StartObject().Property("type").String("array").Property("items").StartObject().Property("type").String("string").EndObject().EndObject();
            json.EndObject();
        },
        ["roster"] = json =>
        {
            json.StartObject();
            Description(json, "A roster file, or an array of them, relative to this file's folder: one person a line, 'Full Name' or 'Full Name (ABBR)' (TL0007, TL0001).");
            StringOrStrings(json);
            json.EndObject();
        },
        ["markers"] = json =>
        {
            json.StartObject();
            Description(json, "Extra marker labels (Promo, Station ID): labels that mark a moment, not a speaker.");
            json.Property("type").String("array");
            json.Property("items").StartObject().Property("type").String("string").EndObject();
            json.EndObject();
        },
        ["frontMatterRoster"] = json => Object(json, "Whether a Markdown front matter 'speakers:' list joins the roster for that file.", "boolean"),
    };

    /// <summary>The schema as JSON text, indented, ending with a newline.</summary>
    public static string Generate()
    {
        var json = new JsonText();
        json.StartObject();
        json.Property("$schema").String("https://json-schema.org/draft/2020-12/schema");
        json.Property("$id").String(Uri);
        json.Property("title").String("transcriptlint.json");
        Description(json, "TranscriptLint configuration: rule severities and options, end markers, speakers, which files a folder walk lints, and overrides for groups of files. Comments and trailing commas are allowed in the file.");
        json.Property("type").String("object");
        Properties(json, ConfigLoader.TopLevelKeys, TopLevel, "the config file");
        json.Property("additionalProperties").Boolean(false);
        json.Property("$defs").StartObject();
        Definitions(json);
        json.EndObject();
        json.EndObject();
        return json.ToString() + "\n";
    }

    private static void Definitions(JsonText json)
    {
        json.Property("severity").StartObject();
        Description(json, "off (also none, silent: the rule does not run), suggestion (also info), warning (also warn), error. Case is ignored.");
        json.Property("anyOf").StartArray();
        json.StartObject().Property("enum").StartArray();
        foreach (var spelling in SeverityNames.Spellings) json.String(spelling);
        json.EndArray().EndObject();
        json.StartObject().Property("type").String("string").Property("pattern").String("^\\s*(" + string.Join("|", SeverityNames.Spellings.Select(AnyCase)) + ")\\s*$").EndObject();
        json.EndArray();
        json.EndObject();

        json.Property("dialect").StartObject();
        json.Property("anyOf").StartArray();
        json.StartObject().Property("enum").StartArray();
        foreach (var spelling in DialectSpellings) json.String(spelling);
        json.EndArray().EndObject();
        json.StartObject().Property("type").String("string").Property("pattern").String("^(" + string.Join("|", DialectSpellings.Select(AnyCase)) + ")$").EndObject();
        json.EndArray();
        json.EndObject();

        json.Property("globs").StartObject();
        Description(json, "A glob or an array of globs: * ? ** [abc] {a,b}, relative to this file's folder, '/' separators.");
        StringOrStrings(json);
        json.EndObject();

        json.Property("rules").StartObject();
        json.Property("type").String("object");
        json.Property("properties").StartObject();
        foreach (var rule in RuleCatalog.All)
        {
            foreach (var key in new[] { rule.Descriptor.Id, rule.Descriptor.Name })
            {
                json.Property(key).StartObject();
                json.Property("$ref").String("#/$defs/rule-" + rule.Descriptor.Id);
                json.EndObject();
            }
        }

        json.EndObject();
        json.Property("patternProperties").StartObject();
        foreach (var rule in RuleCatalog.All)
        {
            json.Property("^(" + AnyCase(rule.Descriptor.Id) + "|" + AnyCase(rule.Descriptor.Name) + ")$").StartObject();
            json.Property("$ref").String("#/$defs/rule-" + rule.Descriptor.Id);
            json.EndObject();
        }

        json.EndObject();
        json.Property("additionalProperties").Boolean(false);
        json.EndObject();

        foreach (var rule in RuleCatalog.All) RuleSetting(json, rule);
    }

    private static void RuleSetting(JsonText json, Rule rule)
    {
        var d = rule.Descriptor;
        json.Property("rule-" + d.Id).StartObject();
        json.Property("title").String($"{d.Id} {d.Name}");
        Description(json, $"{d.Title}. Default: {d.DefaultSeverity.ToDisplayString()}{(d.AppliesToCaptionsByDefault ? string.Empty : " (off for captions unless named)")}. {d.HelpUri}");
        json.Property("anyOf").StartArray();
        json.StartObject().Property("$ref").String("#/$defs/severity").EndObject();
        json.StartObject();
        json.Property("type").String("object");
        json.Property("properties").StartObject();
        json.Property("severity").StartObject().Property("$ref").String("#/$defs/severity").EndObject();
        foreach (var option in rule.Options)
        {
            json.Property(option.Name).StartObject();
            Description(json, option.Description);
            switch (option.Kind)
            {
                case RuleOptionKind.PositiveNumber:
                    json.Property("type").String("number");
                    json.Property("exclusiveMinimum").Number(0L);
                    json.Property("default").Number(Convert.ToDouble(option.DefaultValue, CultureInfo.InvariantCulture));
                    break;
                case RuleOptionKind.Boolean:
                    json.Property("type").String("boolean");
                    json.Property("default").Boolean((bool)option.DefaultValue);
                    break;
                default:
                    json.Property("type").String("string");
                    json.Property("default").String(Convert.ToString(option.DefaultValue, CultureInfo.InvariantCulture) ?? string.Empty);
                    break;
            }

            json.EndObject();
        }

        json.EndObject();
        json.Property("additionalProperties").Boolean(false);
        json.EndObject();
        json.EndArray();
        json.EndObject();
    }

    private static void Speakers(JsonText json)
    {
        json.StartObject();
        Description(json, "Accepted speaker spellings, the speaker roster and marker labels (top level only).");
        json.Property("type").String("object");
        Properties(json, ConfigLoader.SpeakerKeys, SpeakerKeys, "\"speakers\"");
        json.Property("additionalProperties").Boolean(false);
        json.EndObject();
    }

    private static void Overrides(JsonText json)
    {
        json.StartObject();
        Description(json, "Settings for the files matched by each entry's \"files\"; every matching entry applies, in order, later ones win.");
        json.Property("type").String("array");
        json.Property("items").StartObject();
        json.Property("type").String("object");
        Properties(json, ConfigLoader.OverrideKeys, OverrideKeys, "an entry of \"overrides\"");
        json.Property("required").StartArray().String("files").EndArray();
        json.Property("additionalProperties").Boolean(false);
        json.EndObject();
        json.EndObject();
    }

    /// <summary>The "properties" of an object, in the loader's key order; a key the loader reads but this class does not describe is a bug.</summary>
    private static void Properties(JsonText json, string[] keys, Dictionary<string, Action<JsonText>> schemas, string where)
    {
        json.Property("properties").StartObject();
        foreach (var key in keys)
        {
            if (!schemas.TryGetValue(key, out var write)) throw new InvalidOperationException($"ConfigLoader reads \"{key}\" in {where}, but ConfigSchema does not describe it.");
            json.Property(key);
            write(json);
        }

        json.EndObject();
    }

    /// <summary>A character that is not white space as <see cref="char.IsWhiteSpace(char)"/> defines it.</summary>
    internal const string NotBlankPattern = @"[^\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]";

    private static void EndMarkers(JsonText json, string description)
    {
        json.StartObject();
        Description(json, description);
        json.Property("type").String("array");
        // Not blank, as the loader requires (string.IsNullOrWhiteSpace): a blank marker would match every blank line. The
        // white space is spelled out, as regex engines disagree on what \s covers.
        json.Property("items").StartObject().Property("type").String("string").Property("minLength").Number(1L).Property("pattern").String(NotBlankPattern).EndObject();
        json.Property("minItems").Number(1L);
        json.EndObject();
    }

    private static void StringOrStrings(JsonText json)
    {
        json.Property("anyOf").StartArray();
        json.StartObject().Property("type").String("string").EndObject();
        json.StartObject().Property("type").String("array").Property("items").StartObject().Property("type").String("string").EndObject().EndObject();
        json.EndArray();
    }

    private static void Ref(JsonText json, string definition, string description)
    {
        json.StartObject();
        Description(json, description);
        json.Property("$ref").String("#/$defs/" + definition);
        json.EndObject();
    }

    private static void Object(JsonText json, string description, string type)
    {
        json.StartObject();
        Description(json, description);
        json.Property("type").String(type);
        json.EndObject();
    }

    private static void Description(JsonText json, string text) => json.Property("description").String(text);

    /// <summary>A regex for <paramref name="word"/> in any case: <c>TL0001</c> becomes <c>[Tt][Ll]0001</c>.</summary>
    private static string AnyCase(string word)
    {
        var pattern = new StringBuilder();
        foreach (char c in word)
        {
            if (char.IsLetter(c)) pattern.Append('[').Append(char.ToUpperInvariant(c)).Append(char.ToLowerInvariant(c)).Append(']');
            else if (char.IsLetterOrDigit(c) || c == '-' || c == '_') pattern.Append(c);
            else pattern.Append('\\').Append(c);
        }

        return pattern.ToString();
    }
}
