using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TranscriptLint.Diagnostics;
using TranscriptLint.Dialects;
using TranscriptLint.Globbing;
using TranscriptLint.Json;
using TranscriptLint.Model;
using TranscriptLint.Rules;

namespace TranscriptLint.Configuration;

/// <summary>
/// Reads transcriptlint.json (JSON with comments and trailing commas). Every mistake — bad JSON, a wrong type,
/// an unknown key, rule, severity or option, a bad glob — becomes one <see cref="ConfigException"/> with the
/// file, line and column.
/// </summary>
public static class ConfigLoader
{
    public const string FileName = "transcriptlint.json";

    // The keys each object accepts; ConfigSchema describes the same lists (it fails to generate on a key it does not know).
    internal static readonly string[] TopLevelKeys = { "$schema", "rules", "endMarkers", "speakers", "include", "exclude", "overrides", "dialect" };
    internal static readonly string[] OverrideKeys = { "files", "rules", "endMarkers", "dialect" };
    internal static readonly string[] SpeakerKeys = { "aliases", "roster", "markers", "frontMatterRoster" };

    /// <summary>Reads and parses a config file. I/O failures are reported as <see cref="ConfigException"/> too.</summary>
    public static TranscriptLintConfig Load(string path)
    {
        string text;
        try
        {
            text = Text.BoundedFile.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ConfigException(path, 1, 1, $"Cannot read the config file: {ex.Message}");
        }

        return Parse(text, path);
    }

    /// <summary>
    /// Parses config text; <paramref name="path"/> names the file in errors and anchors the globs and roster files.
    /// <paramref name="readFile"/> reads roster files (by default from disk; the analyzer passes its AdditionalFiles).
    /// </summary>
    public static TranscriptLintConfig Parse(string text, string path, Func<string, string>? readFile = null)
    {
        JsonNode root;
        try
        {
            root = JsonReader.Parse(text);
        }
        catch (JsonParseException ex)
        {
            throw new ConfigException(path, ex.Line, ex.Column, ex.Message);
        }

        var reader = new Reader(path, readFile ?? (file => Text.BoundedFile.ReadAllText(file)));
        var obj = reader.Expect<JsonObject>(root, "the config file", "an object");
        reader.CheckKeys(obj, TopLevelKeys, "the config file");
        var rules = obj.TryGet("rules", out var rulesNode) ? reader.ReadRules(rulesNode) : RuleBlock.Empty;
        var endMarkers = obj.TryGet("endMarkers", out var markersNode) ? reader.ReadEndMarkers(markersNode) : null;
        var speakers = obj.TryGet("speakers", out var speakersNode) ? reader.ReadSpeakers(speakersNode) : SpeakerSettings.Empty;
        var include = obj.TryGet("include", out var includeNode) ? reader.ReadGlobs(includeNode, "include") : null;
        var exclude = obj.TryGet("exclude", out var excludeNode) ? reader.ReadGlobs(excludeNode, "exclude") : Array.Empty<Glob>();
        var overrides = obj.TryGet("overrides", out var overridesNode) ? reader.ReadOverrides(overridesNode) : Array.Empty<ConfigOverride>();
        var dialect = obj.TryGet("dialect", out var dialectNode) ? reader.ReadDialect(dialectNode) : (Dialect?)null;
        string directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var config = new TranscriptLintConfig(path, directory, rules, endMarkers, speakers, include, exclude, overrides, dialect)
        {
            IncludedFiles = reader.Included.Select(f => f.Path).ToList(),
        };
        var included = reader.Included;
        config.HashOnDemand(() => HashSources(text, included));
        return config;
    }

    private static string HashSources(string configText, IReadOnlyList<(string Path, string Text)> included)
    {
        using var sha = System.Security.Cryptography.SHA256.Create();
        var utf8 = new System.Text.UTF8Encoding(false);
        void Add(string value)
        {
            var bytes = utf8.GetBytes(value);
            var length = BitConverter.GetBytes(bytes.Length);
            sha.TransformBlock(length, 0, length.Length, null, 0);
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
        }

        Add(configText);
        foreach (var (file, text) in included)
        {
            Add(file);
            Add(text);
        }

        sha.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
        return Text.ContentHash.Hex(sha.Hash!);
    }

    private sealed class Reader
    {
        private readonly string path;
        private readonly Func<string, string> readFile;
        private readonly List<(string Path, string Text)> included = new();

        public Reader(string path, Func<string, string> readFile)
        {
            this.path = path;
            this.readFile = readFile;
        }

        /// <summary>Every file read for this config (roster files), with the text that was read.</summary>
        public IReadOnlyList<(string Path, string Text)> Included => included;

        public T Expect<T>(JsonNode node, string what, string expected)
            where T : JsonNode
        {
            if (node is T typed) return typed;
            throw Error(node, $"{Capitalize(what)} must be {expected}, found {node.DescribeKind()}.");
        }

        public void CheckKeys(JsonObject obj, string[] known, string where)
        {
            foreach (var property in obj.Properties)
            {
                if (Array.IndexOf(known, property.Name) >= 0) continue;
                throw new ConfigException(path, property.Line, property.Column, $"Unknown key \"{property.Name}\" in {where}. Known keys: {string.Join(", ", known.Where(k => k != "$schema"))}.");
            }
        }

        public RuleBlock ReadRules(JsonNode node)
        {
            var obj = Expect<JsonObject>(node, "\"rules\"", "an object of rule ids or names to severities");
            var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
            var options = new Dictionary<string, Dictionary<string, object>>(StringComparer.Ordinal);
            foreach (var property in obj.Properties)
            {
                var rule = RuleCatalog.Find(property.Name)
                    ?? throw new ConfigException(path, property.Line, property.Column, $"Unknown rule \"{property.Name}\". Known rules: {string.Join(", ", RuleCatalog.All.Select(r => $"{r.Descriptor.Id} ({r.Descriptor.Name})"))}.");
                string id = rule.Descriptor.Id;
                if (severities.ContainsKey(id) || options.ContainsKey(id))
                {
                    throw new ConfigException(path, property.Line, property.Column, $"Rule {id} is set twice in \"rules\" (by id and by name). Keep one.");
                }

                if (property.Value is JsonString severityText)
                {
                    severities[id] = ReadSeverity(severityText);
                    continue;
                }

                var settings = Expect<JsonObject>(property.Value, $"the setting for {id}", "a severity string (\"off\", \"suggestion\", \"warning\", \"error\") or an object");
                var ruleOptions = new Dictionary<string, object>(StringComparer.Ordinal);
                foreach (var setting in settings.Properties)
                {
                    if (setting.Name == "severity")
                    {
                        severities[id] = ReadSeverity(Expect<JsonString>(setting.Value, $"\"severity\" of {id}", "a string"));
                        continue;
                    }

                    var option = rule.Options.FirstOrDefault(o => o.Name == setting.Name);
                    if (option is null)
                    {
                        var known = new[] { "severity" }.Concat(rule.Options.Select(o => o.Name));
                        throw new ConfigException(path, setting.Line, setting.Column, $"Unknown setting \"{setting.Name}\" for {id}. Known settings: {string.Join(", ", known)}.");
                    }

                    ruleOptions[option.Name] = ReadOption(option, setting.Value, id);
                }

                if (ruleOptions.Count > 0) options[id] = ruleOptions;
            }

            return new RuleBlock(severities, options);
        }

        public EndMarkers ReadEndMarkers(JsonNode node)
        {
            var markers = ReadStrings(node, "\"endMarkers\"");
            if (markers.Count == 0) throw Error(node, "\"endMarkers\" is empty. Name at least one marker, or remove the key to use the built-in ones (or turn TL0002 off).");
            var items = ((JsonArray)node).Items;
            for (int i = 0; i < markers.Count; i++)
            {
                // A blank marker would match every blank line, so every transcript would "end" at its first one.
                if (string.IsNullOrWhiteSpace(markers[i])) throw Error(items[i], "An entry of \"endMarkers\" is blank. Write the marker's text, such as \"[END OF TRANSCRIPTION]\", or remove the entry.");
            }

            return new EndMarkers(markers);
        }

        public SpeakerSettings ReadSpeakers(JsonNode node)
        {
            var obj = Expect<JsonObject>(node, "\"speakers\"", "an object");
            CheckKeys(obj, SpeakerKeys, "\"speakers\"");
            var aliases = obj.TryGet("aliases", out var aliasesNode) ? ReadAliases(aliasesNode) : SpeakerAliases.Empty;
            var roster = obj.TryGet("roster", out var rosterNode) ? ReadRoster(rosterNode) : SpeakerRoster.Empty;
            var markers = obj.TryGet("markers", out var markersNode) ? ReadStrings(markersNode, "\"speakers.markers\"") : new List<string>();
            bool frontMatter = false;
            if (obj.TryGet("frontMatterRoster", out var frontMatterNode))
            {
                frontMatter = frontMatterNode is JsonBoolean flag ? flag.Value : throw Error(frontMatterNode, $"\"speakers.frontMatterRoster\" must be true or false, found {frontMatterNode.DescribeKind()}.");
            }

            return new SpeakerSettings(aliases, roster, markers, frontMatter);
        }

        private SpeakerRoster ReadRoster(JsonNode node)
        {
            var items = node is JsonString single ? new List<JsonNode> { single } : (IReadOnlyList<JsonNode>)Expect<JsonArray>(node, "\"speakers.roster\"", "a roster file name or an array of them").Items;
            var entries = new List<RosterEntry>();
            var files = new List<string>();
            string directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            foreach (var item in items)
            {
                var name = Expect<JsonString>(item, "an entry of \"speakers.roster\"", "a file name");
                string full = Path.Combine(directory, name.Value);
                string text;
                try
                {
                    text = readFile(full);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Collections.Generic.KeyNotFoundException)
                {
                    throw Error(item, $"Cannot read the roster file \"{name.Value}\" ({full}): {ex.Message}");
                }

                if (text.IndexOf('\0') >= 0)
                {
                    throw Error(item, $"The roster file \"{name.Value}\" ({full}) is binary (it holds NUL bytes), not a list of names: one person a line, as UTF-8 text.");
                }

                included.Add((full, text));
                files.Add(name.Value);
                entries.AddRange(SpeakerRoster.Parse(text, name.Value));
            }

            return new SpeakerRoster(entries, files);
        }

        private SpeakerAliases ReadAliases(JsonNode aliasesNode)
        {
            var aliases = Expect<JsonObject>(aliasesNode, "\"speakers.aliases\"", "an object of canonical names to lists of accepted variants");
            var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            var owner = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in aliases.Properties)
            {
                if (string.IsNullOrWhiteSpace(property.Name)) throw new ConfigException(path, property.Line, property.Column, "A speaker alias needs a name.");
                var variants = ReadStrings(property.Value, $"the variants of \"{property.Name}\"");
                foreach (var variant in variants)
                {
                    if (owner.TryGetValue(variant, out var other) && other != property.Name)
                    {
                        throw Error(property.Value, $"\"{variant}\" is listed as a variant of both \"{other}\" and \"{property.Name}\". A spelling can belong to one speaker only.");
                    }

                    owner[variant] = property.Name;
                }

                map[property.Name.Trim()] = variants;
            }

            return new SpeakerAliases(map);
        }

        public IReadOnlyList<Glob> ReadGlobs(JsonNode node, string key)
        {
            var array = node is JsonString single ? new List<JsonNode> { single } : (IReadOnlyList<JsonNode>)Expect<JsonArray>(node, $"\"{key}\"", "an array of glob patterns").Items;
            var globs = new List<Glob>();
            foreach (var item in array)
            {
                var text = Expect<JsonString>(item, $"an entry of \"{key}\"", "a string");
                if (!Glob.TryParse(text.Value, out var glob, out var error)) throw Error(item, $"Bad glob \"{text.Value}\" in \"{key}\": {error}");
                globs.Add(glob);
            }

            return globs;
        }

        public IReadOnlyList<ConfigOverride> ReadOverrides(JsonNode node)
        {
            var array = Expect<JsonArray>(node, "\"overrides\"", "an array of objects");
            var list = new List<ConfigOverride>();
            foreach (var item in array.Items)
            {
                var obj = Expect<JsonObject>(item, "an entry of \"overrides\"", "an object with \"files\" and \"rules\"");
                CheckKeys(obj, OverrideKeys, "an entry of \"overrides\"");
                if (!obj.TryGet("files", out var filesNode)) throw Error(obj, "An entry of \"overrides\" needs \"files\": the globs it applies to.");
                var files = ReadGlobs(filesNode, "files");
                var rules = obj.TryGet("rules", out var rulesNode) ? ReadRules(rulesNode) : RuleBlock.Empty;
                var markers = obj.TryGet("endMarkers", out var markersNode) ? ReadEndMarkers(markersNode) : null;
                var dialect = obj.TryGet("dialect", out var dialectNode) ? ReadDialect(dialectNode) : (Dialect?)null;
                list.Add(new ConfigOverride(files, rules, markers, dialect));
            }

            return list;
        }

        public Dialect ReadDialect(JsonNode node)
        {
            var text = Expect<JsonString>(node, "\"dialect\"", "a string");
            if (DialectNames.TryParse(text.Value, out var dialect)) return dialect;
            throw Error(node, $"Unknown dialect \"{text.Value}\". Use \"text\", \"markdown\", \"webvtt\" or \"subrip\".");
        }

        private Severity ReadSeverity(JsonString text)
        {
            if (SeverityNames.TryParse(text.Value, out var severity)) return severity;
            throw Error(text, $"Unknown severity \"{text.Value}\". Use \"off\" (or \"none\"), \"suggestion\", \"warning\" or \"error\".");
        }

        private object ReadOption(RuleOption option, JsonNode value, string ruleId)
        {
            switch (option.Kind)
            {
                case RuleOptionKind.PositiveNumber:
                    var number = Expect<JsonNumber>(value, $"\"{option.Name}\" of {ruleId}", "a number");
                    if (!(number.Value > 0) || double.IsInfinity(number.Value)) throw Error(value, $"\"{option.Name}\" of {ruleId} must be greater than 0, found {number.RawText}.");
                    return number.Value;
                case RuleOptionKind.Boolean:
                    if (value is JsonBoolean flag) return flag.Value;
                    throw Error(value, $"\"{option.Name}\" of {ruleId} must be true or false, found {value.DescribeKind()}.");
                default:
                    return Expect<JsonString>(value, $"\"{option.Name}\" of {ruleId}", "a string").Value;
            }
        }

        private List<string> ReadStrings(JsonNode node, string what)
        {
            var array = Expect<JsonArray>(node, what, "an array of strings");
            var list = new List<string>();
            foreach (var item in array.Items) list.Add(Expect<JsonString>(item, $"an entry of {what}", "a string").Value);
            return list;
        }

        private ConfigException Error(JsonNode node, string message) => new(path, node.Line, node.Column, message);

        private static string Capitalize(string text) => text.Length == 0 || !char.IsLower(text[0]) ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
