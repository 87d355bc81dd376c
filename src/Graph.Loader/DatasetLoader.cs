using System.Collections.Immutable;
using System.Globalization;
using Depgraph.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Depgraph.Loader;

/// <summary>
/// Loads and validates a curated dataset folder (e.g. <c>data/ceptoar-fy2024</c>): YAML node and edge files
/// with provenance, channel defaults, the dependency matrix and the source text the evidence quotes come from.
/// </summary>
/// <remarks>
/// <para>Folder layout:</para>
/// <list type="bullet">
/// <item><c>defaults.yaml</c>: <c>channels: { id: { name_ja, name_en, delay_hours, probability, assumption } }</c> and
/// <c>dependency_defaults: { probability, time_to_impact_hours, assumption }</c>;</item>
/// <item>every other <c>*.yaml</c>, in ordinal file-name order: top-level <c>nodes:</c> and/or <c>edges:</c> lists;</item>
/// <item><c>dependencies.csv</c> (optional), header <c>dependant,supplier,strength,probability,time_to_impact_hours,basis,reason</c>:
/// a row with strength &gt; 0 or a written probability &gt; 0 becomes a <c>depends_on</c> edge dependant → supplier.
/// An empty strength is 0; an empty probability or time uses <c>dependency_defaults</c>. <c>basis: assumption</c>
/// gives the provenance <c>assumption: reason</c>; <c>basis: survey</c> gives no evidence and no assumption
/// (the survey is the source) and keeps <c>basis=survey</c> and <c>reason</c> as attributes;</item>
/// <item><c>source/*.txt</c>: the source documents; every evidence quote must occur in one verbatim
/// (CRLF read as LF); <see cref="Evidence.Line"/> is the 1-based line where it starts.</item>
/// </list>
/// <para>A <c>shares_with</c> edge (flow <c>provide</c> unless it says <c>report</c>) sends over its channels
/// (none ⇒ <c>unspecified</c>) in parallel: delay = the smallest channel delay, probability = 1 − Π(1 − pᵢ),
/// unless the edge gives <c>delay_hours</c> / <c>probability</c> itself. A <c>depends_on</c> edge without values
/// takes <c>dependency_defaults</c>; other edges default to delay 0 and probability 1.</para>
/// <para>Every problem is collected (never only the first) with the file (folder + relative name) and 1-based
/// line; unknown fields are warnings (<c>bad-value</c>). <see cref="Node.File"/> and <see cref="Edge.File"/> hold
/// the file name relative to the folder. Malformed input never throws.</para>
/// </remarks>
public static class DatasetLoader
{
    /// <summary>The channel and dependency defaults file.</summary>
    public const string DefaultsFile = "defaults.yaml";
    /// <summary>The manifest: <c>files:</c>, the list of the dataset's node/edge files and <c>dependencies.csv</c>.</summary>
    public const string ManifestFile = "manifest.yaml";
    /// <summary>The dependency matrix file.</summary>
    public const string DependenciesFile = "dependencies.csv";
    /// <summary>The folder of source texts.</summary>
    public const string SourceFolder = "source";
    /// <summary>The channel a shares_with edge uses when it names none.</summary>
    public const string UnspecifiedChannel = "unspecified";
    /// <summary>The exact header of dependencies.csv.</summary>
    public const string DependenciesHeader = "dependant,supplier,strength,probability,time_to_impact_hours,basis,reason";

    /// <summary>Loads and validates a dataset folder.</summary>
    /// <param name="folder">The dataset folder; its name is the dataset name.</param>
    /// <param name="options">Limits and encoding; null for strict UTF-8 and <see cref="ReaderLimits.Default"/>.</param>
    /// <returns>The curated dataset, or every issue found (file:line, code, message).</returns>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is null or empty.</exception>
    /// <example><code>var ds = DatasetLoader.Load("data/ceptoar-fy2024").GetValueOrThrow();</code></example>
    public static LoadResult<GraphDataset> Load(string folder, ReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var run = new Run(folder, options ?? ReaderOptions.Default);
        try
        {
            run.Execute();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            run.Issues.Error(folder, 0, IssueCodes.Syntax, $"unexpected failure while loading ({ex.GetType().Name}: {ex.Message}); please report this.");
        }
        return new LoadResult<GraphDataset>(run.Issues.HasErrors ? null : run.Result(), run.Issues.ToList());
    }

    private sealed record Channel(double DelayHours, double Probability);

    private sealed class Run(string folder, ReaderOptions options)
    {
        private static readonly string[] NodeFields =
            ["id", "kind", "name_ja", "name_en", "department_ja", "scope", "members_as_written", "members", "evidence", "assumption", "attributes"];
        private static readonly string[] EdgeFields =
            ["from", "to", "type", "flow", "channels", "delay_hours", "probability", "evidence", "assumption", "attributes"];
        private static readonly string[] ChannelFields = ["name_ja", "name_en", "delay_hours", "probability", "assumption"];
        private static readonly string[] DependencyDefaultFields = ["probability", "time_to_impact_hours", "assumption"];

        private readonly SourceTexts _sources = new();
        private readonly Dictionary<string, Channel> _channels = new(StringComparer.Ordinal);
        private Channel _dependencyDefaults = new(24, 0.3);
        private readonly List<Node> _nodes = [];
        private readonly List<Edge> _edges = [];
        private readonly Dictionary<string, Node> _byId = new(StringComparer.Ordinal);
        private bool _defaultsRead;
        private int _unreadGraphFiles;

        public IssueCollector Issues { get; } = new();

        private string PathOf(string rel) => Path.Combine(folder, rel);

        private int _lastLine = int.MaxValue;

        /// <summary>A node's line, clamped to the file being read (YamlDotNet can place a node at the end of input one line past the last).</summary>
        private int LineOf(YamlNode n) => (int)Math.Clamp(n.Start.Line, 1, _lastLine);

        public GraphDataset Result()
        {
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
            var sources = _sources.Names.Select(f => new SourceDocument(f, Path.GetFileNameWithoutExtension(f), "NISC"));
            return new GraphDataset(name, [.. _nodes], [.. _edges], [.. sources], isCurated: true);
        }

        public void Execute()
        {
            if (!Directory.Exists(folder))
            {
                Issues.Error(folder, 0, IssueCodes.FileNotFound, $"dataset folder '{folder}' does not exist.");
                return;
            }
            ReadSources();
            ReadDefaults();
            var (graphFiles, readDependencies) = ReadManifest();
            foreach (var file in graphFiles) ReadGraphFile(file);
            if (readDependencies) ReadDependencies();
            if (_nodes.Count > options.Limits.MaxNodes)
                Issues.Error(folder, 0, IssueCodes.Limit, options.Limits.Exceeded("max-nodes", $"the dataset defines {_nodes.Count:N0} nodes"));
            if (_edges.Count > options.Limits.MaxEdges)
                Issues.Error(folder, 0, IssueCodes.Limit, options.Limits.Exceeded("max-edges", $"the dataset defines {_edges.Count:N0} edges"));
            if (_unreadGraphFiles > 0) return; // the ids an unreadable file defines are unknown: no dangling-reference flood
            foreach (var e in _edges)
            {
                foreach (var (role, id) in new[] { ("from", e.Source), ("to", e.Target) })
                    if (!_byId.ContainsKey(id))
                        Issues.Error(PathOf(e.File!), e.Line, IssueCodes.DanglingReference,
                            $"{e.Kind.Token()} edge {e.Source} -> {e.Target}: '{role}' names '{id}', which no node defines; add the node or fix the id.");
            }
        }

        // ---------------------------------------------------------------- manifest

        /// <summary>
        /// Reads manifest.yaml and checks the folder against it: every listed file exists under that exact name and is
        /// not empty; every *.yaml / *.yml / dependencies.csv in the folder is listed (or is defaults.yaml / manifest.yaml).
        /// Returns the graph files to read (ordinal order) and whether to read dependencies.csv. Without a manifest (an
        /// error) every *.yaml is read so that all other problems are still reported.
        /// </summary>
        private (List<string> GraphFiles, bool Dependencies) ReadManifest()
        {
            var present = Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
            static bool Reserved(string f) => f.Equals(DefaultsFile, StringComparison.Ordinal) || f.Equals(ManifestFile, StringComparison.Ordinal);
            foreach (var f in present.Where(f => f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
                Issues.Error(PathOf(f), 0, IssueCodes.Manifest, $"'{f}' has the extension .yml, which the loader does not read; rename it to '{Path.ChangeExtension(f, ".yaml")}' (and list it in {ManifestFile}).");
            var manifestPath = PathOf(ManifestFile);
            if (!present.Contains(ManifestFile))
            {
                Issues.Error(manifestPath, 0, IssueCodes.Manifest,
                    $"{ManifestFile} is missing; it lists the dataset's files ('files: [government.yaml, …, {DependenciesFile}]') so that a missing or empty file is an error rather than a smaller graph.");
                return ([.. present.Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) && !Reserved(f)).Order(StringComparer.Ordinal)],
                    present.Contains(DependenciesFile));
            }
            int before = Issues.Count;
            var root = LoadYaml(ManifestFile);
            var listed = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            bool sawFiles = false;
            if (root is null && Issues.Count == before)
                Issues.Error(manifestPath, 1, IssueCodes.Manifest, $"{ManifestFile} is empty; give 'files:', the list of the dataset's files.");
            foreach (var (k, v) in root?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
            {
                if (Key(k) != "files") { UnknownField(k, manifestPath, "manifest", ["files"]); continue; }
                sawFiles = true;
                foreach (var item in TextList(v, manifestPath, "files"))
                {
                    var f = item.Value!.Trim();
                    int line = LineOf(item);
                    if (f != Path.GetFileName(f) || Reserved(f) || !(f.EndsWith(".yaml", StringComparison.Ordinal) || f == DependenciesFile))
                    {
                        Issues.Error(manifestPath, line, IssueCodes.Manifest, $"'{f}' cannot be listed: list the node/edge files (*.yaml, in this folder) and {DependenciesFile}; {DefaultsFile} and {ManifestFile} are always read.");
                        continue;
                    }
                    if (!seen.Add(f)) { Issues.Error(manifestPath, line, IssueCodes.Manifest, $"'{f}' is listed twice."); continue; }
                    if (!present.Contains(f))
                    {
                        var near = present.FirstOrDefault(p => p.Equals(f, StringComparison.OrdinalIgnoreCase)
                            || p.Equals(Path.ChangeExtension(f, ".yml"), StringComparison.OrdinalIgnoreCase));
                        Issues.Error(PathOf(f), 0, IssueCodes.Manifest, near is null
                            ? $"'{f}' is listed in {ManifestFile} (line {line}) but does not exist; restore it, or remove it from the manifest if the dataset really has no such file."
                            : $"'{f}' is listed in {ManifestFile} (line {line}) but does not exist; the folder has '{near}' — rename it to '{f}'.");
                        continue;
                    }
                    long length = 0;
                    try { length = new FileInfo(PathOf(f)).Length; }
                    catch (IOException) { }
                    if (length == 0)
                    {
                        Issues.Error(PathOf(f), 0, IssueCodes.Manifest, $"'{f}' is empty; it is listed in {ManifestFile} (line {line}), so it must hold its {(f == DependenciesFile ? "rows" : "nodes: or edges:")}.");
                        continue;
                    }
                    listed.Add(f);
                }
            }
            if (root is not null && !sawFiles)
                Issues.Error(manifestPath, 1, IssueCodes.Manifest, "'files:' is missing; list the dataset's node/edge files and dependencies.csv.");
            foreach (var f in present.Where(f => (f.EndsWith(".yaml", StringComparison.Ordinal) || f == DependenciesFile) && !Reserved(f) && !seen.Contains(f)).Order(StringComparer.Ordinal))
                Issues.Error(PathOf(f), 0, IssueCodes.Manifest, $"'{f}' is not listed in {ManifestFile}, so it would not be read; add it to 'files:' or remove it.");
            return ([.. listed.Where(f => f != DependenciesFile).Order(StringComparer.Ordinal)], listed.Contains(DependenciesFile));
        }

        // ---------------------------------------------------------------- sources

        private void ReadSources()
        {
            var dir = PathOf(SourceFolder);
            string[] files = Directory.Exists(dir) ? Directory.GetFiles(dir, "*.txt") : [];
            if (files.Length == 0)
            {
                Issues.Error(dir, 0, IssueCodes.FileNotFound, $"no source text: a curated dataset needs its source document(s) as {SourceFolder}/*.txt to check evidence quotes against.");
                return;
            }
            foreach (var f in files.Order(StringComparer.Ordinal))
            {
                if (TextInput.ReadAll(f, options, out var issue) is { } text) _sources.Add(Path.GetFileName(f), text);
                else Issues.Add(issue!);
            }
        }

        // ---------------------------------------------------------------- YAML plumbing

        private YamlMappingNode? LoadYaml(string rel)
        {
            var path = PathOf(rel);
            if (TextInput.ReadAll(path, options, out var readIssue) is not { } text)
            {
                Issues.Add(readIssue!);
                return null;
            }
            _lastLine = InFile(long.MaxValue, text);
            try
            {
                var stream = new YamlStream();
                stream.Load(new LimitedYamlParser(new Parser(new StringReader(text)), options.Limits));
                if (stream.Documents.Count == 0) return null;
                if (stream.Documents.Count > 1)
                    Issues.Warning(path, LineOf(stream.Documents[1].RootNode), IssueCodes.BadValue, "only the first YAML document is read; remove the '---' separator or move the rest to another file.");
                var root = stream.Documents[0].RootNode;
                if (root is YamlMappingNode map) return map;
                if (root is YamlScalarNode { Value: null or "" }) return null;
                Issues.Error(path, LineOf(root), IssueCodes.Syntax, "the file must be a YAML mapping (top-level keys such as nodes: and edges:).");
                return null;
            }
            catch (YamlException ex) when ((ex as YamlLimitException ?? ex.InnerException as YamlLimitException) is { } limit)
            {
                Issues.Error(path, InFile(limit.Start.Line, text), IssueCodes.Limit, YamlMessage(limit));
            }
            catch (YamlException ex)
            {
                Issues.Error(path, InFile(ex.Start.Line, text), IssueCodes.Syntax, $"YAML syntax error: {YamlMessage(ex)}");
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // YamlDotNet sometimes fails with a non-YAML exception (e.g. an unclosed '[' at the end of a file):
                // find the line by replaying the low-level parser, which knows where it stopped.
                var (line, message) = LocateFailure(text, ex);
                Issues.Error(path, InFile(line, text), IssueCodes.Syntax, $"YAML syntax error: {message}");
            }
            return null;
        }

        /// <summary>A parser's line clamped to the file (YamlDotNet reports an error at the end of input one line past the last).</summary>
        private static int InFile(long line, string text)
        {
            int last = 1 + text.AsSpan().Count('\n');
            if (text.EndsWith('\n') && last > 1) last--;
            return (int)Math.Clamp(line, 1, last);
        }

        private static (int Line, string Message) LocateFailure(string text, Exception original)
        {
            long last = 1;
            try
            {
                var parser = new LimitedYamlParser(new Parser(new StringReader(text)), ReaderLimits.Default with { MaxYamlAliasNodes = long.MaxValue });
                while (parser.MoveNext()) last = parser.Current!.Start.Line;
            }
            catch (YamlException ex)
            {
                return (Math.Max(1, (int)ex.Start.Line), YamlMessage(ex));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return (Math.Max(1, (int)last), $"the YAML structure breaks after this line (an unclosed '[', '{{' or quote?); the parser said: {ex.Message}");
            }
            return (Math.Max(1, (int)last), $"the YAML structure breaks after this line; the parser said: {original.Message}");
        }

        private static string YamlMessage(YamlException ex)
        {
            var msg = (ex.InnerException as YamlException)?.Message ?? ex.Message;
            // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the line is already in the issue.
            int cut = msg.IndexOf("): ", StringComparison.Ordinal);
            return msg.StartsWith("(Line", StringComparison.Ordinal) && cut > 0 ? msg[(cut + 3)..] : msg;
        }

        private static bool IsNull(YamlNode v) =>
            v is YamlScalarNode s && s.Style is ScalarStyle.Plain or ScalarStyle.Any && s.Value is null or "" or "~" or "null" or "Null" or "NULL";

        /// <summary>A scalar's text, or null (with a bad-value issue when the node is not a scalar).</summary>
        private string? Text(YamlNode v, string path, string field)
        {
            if (v is YamlScalarNode s)
                return IsNull(v) ? null : s.Value;
            Issues.Error(path, LineOf(v), IssueCodes.BadValue, $"'{field}' must be a single text value, not a list or mapping.");
            return null;
        }

        private IEnumerable<YamlScalarNode> TextList(YamlNode v, string path, string field)
        {
            if (v is YamlScalarNode s) { if (!IsNull(s)) yield return s; yield break; }
            if (v is not YamlSequenceNode seq)
            {
                Issues.Error(path, LineOf(v), IssueCodes.BadValue, $"'{field}' must be a text or a list of texts.");
                yield break;
            }
            foreach (var item in seq)
            {
                if (item is YamlScalarNode si && !IsNull(si)) yield return si;
                else Issues.Error(path, LineOf(item), IssueCodes.BadValue, $"each item of '{field}' must be a non-empty text.");
            }
        }

        /// <summary>A number field; null when absent or bad (the issue is reported).</summary>
        private double? Number(YamlNode v, string path, string field, bool probability)
        {
            var text = Text(v, path, field);
            bool ok = Tokens.TryNumber(text, out double x) && (probability ? Tokens.IsProbability(x) : Tokens.IsWeight(x));
            if (text is not null && ok) return x;
            Issues.Error(path, LineOf(v), probability ? IssueCodes.BadProbability : IssueCodes.BadWeight,
                probability
                    ? $"'{field}' is '{Tokens.Show(text)}'; it must be a number in [0, 1]."
                    : $"'{field}' is '{Tokens.Show(text)}'; it must be a non-negative number of hours, at most {ReaderLimits.MaxHours:0e0}.");
            return null;
        }

        private void UnknownField(YamlNode key, string path, string what, string[] known) =>
            Issues.Warning(path, LineOf(key), IssueCodes.BadValue,
                $"unknown {what} field '{(key as YamlScalarNode)?.Value ?? key.ToString()}' is ignored; known fields: {string.Join(", ", known)}.");

        private static string? Key(YamlNode k) => (k as YamlScalarNode)?.Value;

        private ImmutableArray<Evidence> ReadEvidence(YamlNode v, string path, out int written)
        {
            written = 0;
            var found = ImmutableArray.CreateBuilder<Evidence>();
            foreach (var q in TextList(v, path, "evidence"))
            {
                written++;
                var quote = q.Value!.Trim();
                if (quote.Length == 0) { Issues.Error(path, LineOf(q), IssueCodes.BadValue, "empty evidence quote."); continue; }
                if (_sources.Count == 0) continue; // the missing source is reported once
                if (_sources.Find(quote) is { } ev) found.Add(ev);
                else
                    Issues.Error(path, LineOf(q), IssueCodes.QuoteNotFound,
                        $"evidence quote \"{quote}\" does not occur verbatim in {string.Join(", ", _sources.Names.Select(n => SourceFolder + "/" + n))}; copy it exactly (spaces and punctuation included).");
            }
            return found.ToImmutable();
        }

        private ImmutableSortedDictionary<string, string> ReadAttributes(YamlNode v, string path)
        {
            var b = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            if (v is not YamlMappingNode map)
            {
                if (!IsNull(v)) Issues.Error(path, LineOf(v), IssueCodes.BadValue, "'attributes' must be a mapping of names to single values.");
                return b.ToImmutable();
            }
            foreach (var (k, val) in map.Children)
            {
                var key = Key(k);
                if (string.IsNullOrEmpty(key)) { Issues.Error(path, LineOf(k), IssueCodes.BadValue, "an attribute name must be a text."); continue; }
                if (val is not YamlScalarNode s) { Issues.Error(path, LineOf(val), IssueCodes.BadValue, $"attribute '{key}' must be a single value, not a list or mapping."); continue; }
                b[key] = s.Value ?? "";
            }
            return b.ToImmutable();
        }

        // ---------------------------------------------------------------- defaults.yaml

        private void ReadDefaults()
        {
            var path = PathOf(DefaultsFile);
            if (!File.Exists(path))
            {
                Issues.Error(path, 0, IssueCodes.FileNotFound, $"{DefaultsFile} is missing; it defines the channels (channels:) and dependency_defaults:.");
                return;
            }
            int before = Issues.Count;
            var root = LoadYaml(DefaultsFile);
            if (root is null)
            {
                if (Issues.Count == before) Issues.Error(path, 1, IssueCodes.MissingField, $"{DefaultsFile} is empty; it must define channels: and dependency_defaults:.");
                return;
            }
            _defaultsRead = true;
            bool sawChannels = false, sawDeps = false;
            foreach (var (k, v) in root.Children)
            {
                switch (Key(k))
                {
                    case "channels":
                        sawChannels = true;
                        if (v is YamlMappingNode chans)
                            foreach (var (ck, cv) in chans.Children) ReadChannel(ck, cv, path);
                        else Issues.Error(path, LineOf(v), IssueCodes.BadValue, "'channels' must be a mapping of channel id to its settings.");
                        break;
                    case "dependency_defaults":
                        sawDeps = true;
                        ReadDependencyDefaults(v, path);
                        break;
                    default:
                        UnknownField(k, path, "defaults", ["channels", "dependency_defaults"]);
                        break;
                }
            }
            if (!sawChannels) Issues.Error(path, 1, IssueCodes.MissingField, "'channels:' is missing; define at least the 'unspecified' channel.");
            if (!sawDeps) Issues.Error(path, 1, IssueCodes.MissingField, "'dependency_defaults:' is missing; give probability, time_to_impact_hours and assumption.");
        }

        private void ReadChannel(YamlNode key, YamlNode value, string path)
        {
            var id = Key(key);
            if (string.IsNullOrEmpty(id)) { Issues.Error(path, LineOf(key), IssueCodes.BadValue, "a channel id must be a text."); return; }
            if (value is not YamlMappingNode map) { Issues.Error(path, LineOf(value), IssueCodes.BadValue, $"channel '{id}' must be a mapping ({string.Join(", ", ChannelFields)})."); return; }
            double? delay = null, p = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (k, v) in map.Children)
            {
                var f = Key(k) ?? "";
                switch (f)
                {
                    case "delay_hours": delay = Number(v, path, $"channels.{id}.delay_hours", probability: false); break;
                    case "probability": p = Number(v, path, $"channels.{id}.probability", probability: true); break;
                    case "name_ja" or "name_en" or "assumption":
                        if (Text(v, path, f) is null) continue;
                        break;
                    default: UnknownField(k, path, "channel", ChannelFields); continue;
                }
                seen.Add(f);
            }
            foreach (var f in ChannelFields)
                if (!seen.Contains(f))
                    Issues.Error(path, LineOf(key), IssueCodes.MissingField, $"channel '{id}' has no '{f}'.");
            if (!_channels.TryAdd(id, new Channel(delay ?? 0, p ?? 1)))
                Issues.Error(path, LineOf(key), IssueCodes.DuplicateId, $"channel '{id}' is defined twice.");
        }

        private void ReadDependencyDefaults(YamlNode value, string path)
        {
            if (value is not YamlMappingNode map) { Issues.Error(path, LineOf(value), IssueCodes.BadValue, "'dependency_defaults' must be a mapping (probability, time_to_impact_hours, assumption)."); return; }
            double? hours = null, p = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (k, v) in map.Children)
            {
                var f = Key(k) ?? "";
                switch (f)
                {
                    case "time_to_impact_hours": hours = Number(v, path, "dependency_defaults.time_to_impact_hours", probability: false); break;
                    case "probability": p = Number(v, path, "dependency_defaults.probability", probability: true); break;
                    case "assumption": if (Text(v, path, f) is null) continue; break;
                    default: UnknownField(k, path, "dependency_defaults", DependencyDefaultFields); continue;
                }
                seen.Add(f);
            }
            foreach (var f in DependencyDefaultFields)
                if (!seen.Contains(f))
                    Issues.Error(path, LineOf(map), IssueCodes.MissingField, $"dependency_defaults has no '{f}'.");
            _dependencyDefaults = new Channel(hours ?? _dependencyDefaults.DelayHours, p ?? _dependencyDefaults.Probability);
        }

        // ---------------------------------------------------------------- node and edge files

        private void ReadGraphFile(string rel)
        {
            int before = Issues.Count;
            var root = LoadYaml(rel);
            var path = PathOf(rel);
            if (root is null)
            {
                if (Issues.Count == before)
                    Issues.Error(path, 1, IssueCodes.Manifest, $"'{rel}' holds no YAML content; give its nodes: or edges:, or remove it from {ManifestFile}.");
                _unreadGraphFiles++;
                return;
            }
            foreach (var (k, v) in root.Children)
            {
                var key = Key(k);
                if (key is not ("nodes" or "edges")) { UnknownField(k, path, "top-level", ["nodes", "edges"]); continue; }
                if (IsNull(v)) continue;
                if (v is not YamlSequenceNode seq) { Issues.Error(path, LineOf(v), IssueCodes.BadValue, $"'{key}' must be a list ('- id: …' items)."); continue; }
                foreach (var item in seq)
                {
                    if (item is not YamlMappingNode map) { Issues.Error(path, LineOf(item), IssueCodes.BadValue, $"each item of '{key}' must be a mapping of fields."); continue; }
                    if (key == "nodes") ReadNode(map, rel);
                    else ReadEdge(map, rel);
                }
            }
        }

        private void ReadNode(YamlMappingNode m, string rel)
        {
            var path = PathOf(rel);
            int line = LineOf(m);
            string? id = null, kindText = null, nameJa = null, nameEn = null, dept = null, asWritten = null, assumption = null;
            YamlNode? kindNode = null;
            var scope = ImmutableArray.CreateBuilder<string>();
            var members = ImmutableArray.CreateBuilder<MemberCount>();
            var evidence = ImmutableArray<Evidence>.Empty;
            int quotes = 0;
            ImmutableSortedDictionary<string, string>? attributes = null;
            foreach (var (k, v) in m.Children)
            {
                switch (Key(k))
                {
                    case "id": id = Text(v, path, "id")?.Trim(); break;
                    case "kind": kindText = Text(v, path, "kind"); kindNode = v; break;
                    case "name_ja": nameJa = Text(v, path, "name_ja"); break;
                    case "name_en": nameEn = Text(v, path, "name_en"); break;
                    case "department_ja": dept = Text(v, path, "department_ja"); break;
                    case "members_as_written": asWritten = Text(v, path, "members_as_written"); break;
                    case "assumption": assumption = Text(v, path, "assumption"); break;
                    case "scope": foreach (var s in TextList(v, path, "scope")) scope.Add(s.Value!); break;
                    case "evidence": evidence = ReadEvidence(v, path, out quotes); break;
                    case "attributes": attributes = ReadAttributes(v, path); break;
                    case "members": ReadMembers(v, path, members); break;
                    default: UnknownField(k, path, "node", NodeFields); break;
                }
            }
            string who = id is null ? "node" : $"node '{id}'";
            if (string.IsNullOrEmpty(id)) Issues.Error(path, line, IssueCodes.MissingField, "node has no 'id'.");
            if (kindText is null) Issues.Error(path, line, IssueCodes.MissingField, $"{who} has no 'kind'; use one of: {Tokens.NodeKindList}.");
            if (nameJa is null) Issues.Error(path, line, IssueCodes.MissingField, $"{who} has no 'name_ja'.");
            if (nameEn is null) Issues.Error(path, line, IssueCodes.MissingField, $"{who} has no 'name_en'.");
            var kind = NodeKind.Member;
            if (kindText is not null && !Tokens.TryNodeKind(kindText, out kind))
                Issues.Error(path, LineOf(kindNode!), IssueCodes.UnknownKind, $"{who}: unknown kind '{kindText}'; use one of: {Tokens.NodeKindList}.");
            if (quotes == 0 && assumption is null)
                Issues.Error(path, line, IssueCodes.MissingProvenance, $"{who} has neither 'evidence' (quotes from the source) nor 'assumption' (the reason); add one.");
            if (string.IsNullOrEmpty(id)) return;
            if (_byId.TryGetValue(id, out var first))
            {
                Issues.Error(path, line, IssueCodes.DuplicateId, $"node id '{id}' is already defined at {PathOf(first.File!)}:{first.Line}; ids must be unique.");
                return;
            }
            var node = new Node(id, kind, nameJa ?? "", nameEn ?? "", new Provenance(evidence, assumption),
                members.ToImmutable(), asWritten, scope.ToImmutable(), dept, attributes, line, rel);
            _byId.Add(id, node);
            _nodes.Add(node);
        }

        private void ReadMembers(YamlNode v, string path, ImmutableArray<MemberCount>.Builder members)
        {
            if (v is not YamlMappingNode map)
            {
                if (!IsNull(v)) Issues.Error(path, LineOf(v), IssueCodes.BadValue, "'members' must be a mapping of unit to count, e.g. '社: 120'.");
                return;
            }
            foreach (var (k, c) in map.Children)
            {
                var unit = Key(k);
                if (string.IsNullOrWhiteSpace(unit)) { Issues.Error(path, LineOf(k), IssueCodes.BadValue, "a member unit must be a text such as 社 or 団体."); continue; }
                var text = (c as YamlScalarNode)?.Value;
                if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n <= ReaderLimits.MaxMemberCount)
                    members.Add(new MemberCount(unit, n));
                else
                    Issues.Error(path, LineOf(c), IssueCodes.BadValue, $"member count for '{unit}' is '{Tokens.Show(text)}'; it must be a whole number from 0 to {ReaderLimits.MaxMemberCount:N0} without separators (e.g. 1741).");
            }
        }

        private void ReadEdge(YamlMappingNode m, string rel)
        {
            var path = PathOf(rel);
            int line = LineOf(m);
            string? from = null, to = null, typeText = null, flowText = null, assumption = null;
            YamlNode? typeNode = null, flowNode = null, channelsNode = null;
            double? delay = null, probability = null;
            bool badNumber = false;
            var channels = new List<YamlScalarNode>();
            var evidence = ImmutableArray<Evidence>.Empty;
            int quotes = 0;
            ImmutableSortedDictionary<string, string>? attributes = null;
            foreach (var (k, v) in m.Children)
            {
                switch (Key(k))
                {
                    case "from": from = Text(v, path, "from")?.Trim(); break;
                    case "to": to = Text(v, path, "to")?.Trim(); break;
                    case "type": typeText = Text(v, path, "type"); typeNode = v; break;
                    case "flow": flowText = Text(v, path, "flow"); flowNode = v; break;
                    case "channels": channelsNode = v; channels.AddRange(TextList(v, path, "channels")); break;
                    case "delay_hours": delay = Number(v, path, "delay_hours", probability: false); badNumber |= delay is null; break;
                    case "probability": probability = Number(v, path, "probability", probability: true); badNumber |= probability is null; break;
                    case "assumption": assumption = Text(v, path, "assumption"); break;
                    case "evidence": evidence = ReadEvidence(v, path, out quotes); break;
                    case "attributes": attributes = ReadAttributes(v, path); break;
                    default: UnknownField(k, path, "edge", EdgeFields); break;
                }
            }
            string who = $"edge {from ?? "?"} -> {to ?? "?"}";
            if (string.IsNullOrEmpty(from)) Issues.Error(path, line, IssueCodes.MissingField, $"{who} has no 'from'.");
            if (string.IsNullOrEmpty(to)) Issues.Error(path, line, IssueCodes.MissingField, $"{who} has no 'to'.");
            if (typeText is null) Issues.Error(path, line, IssueCodes.MissingField, $"{who} has no 'type'; use one of: {CuratedTypes}.");
            bool typeOk = false;
            var kind = EdgeKind.SharesWith;
            if (typeText is not null)
            {
                typeOk = Tokens.TryEdgeType(typeText, out kind, out _) && kind != EdgeKind.Supplies && !typeText.Contains(':');
                if (!typeOk)
                    Issues.Error(path, LineOf(typeNode!), IssueCodes.UnknownType, kind == EdgeKind.Supplies && !typeText.Contains(':')
                        ? $"{who}: 'supplies' is only for generic CSV graphs; in a dataset write 'depends_on' from the dependant to the supplier."
                        : $"{who}: unknown type '{typeText}'; use one of: {CuratedTypes}.");
            }
            var flow = InfoFlow.None;
            if (typeOk && kind == EdgeKind.SharesWith)
            {
                flow = InfoFlow.Provide;
                if (flowText is not null && !EdgeKinds.TryParseFlow(flowText, out flow))
                    Issues.Error(path, LineOf(flowNode!), IssueCodes.BadValue, $"{who}: flow '{flowText}' must be 'provide' (情報提供, downward) or 'report' (情報連絡, upward).");
            }
            else if (typeOk)
            {
                if (flowNode is not null) Issues.Error(path, LineOf(flowNode), IssueCodes.BadValue, $"{who}: 'flow' is only for shares_with edges, not {kind.Token()}; remove it.");
                if (channelsNode is not null) Issues.Error(path, LineOf(channelsNode), IssueCodes.BadValue, $"{who}: 'channels' are only for shares_with edges, not {kind.Token()}; remove them.");
            }
            if (quotes == 0 && assumption is null)
                Issues.Error(path, line, IssueCodes.MissingProvenance, $"{who} has neither 'evidence' (quotes from the source) nor 'assumption' (the reason); add one.");
            if (!string.IsNullOrEmpty(from) && from == to)
                Issues.Error(path, line, IssueCodes.SelfLoop, $"{who} goes from a node to itself; remove it or fix an id.");

            var chanIds = ImmutableArray<string>.Empty;
            double d = delay ?? 0, p = probability ?? 1;
            bool defaulted = false;
            if (typeOk && kind == EdgeKind.SharesWith)
            {
                var ids = ImmutableArray.CreateBuilder<string>();
                double minDelay = double.PositiveInfinity, miss = 1;
                bool any = false;
                if (channels.Count == 0)
                {
                    ids.Add(UnspecifiedChannel);
                    if (_channels.TryGetValue(UnspecifiedChannel, out var u)) { any = true; minDelay = u.DelayHours; miss = 1 - u.Probability; }
                    else if (_defaultsRead)
                        Issues.Error(path, line, IssueCodes.UnknownChannel, $"{who} names no channel, so it uses '{UnspecifiedChannel}', which {DefaultsFile} does not define; define it or name a channel.");
                }
                foreach (var c in channels)
                {
                    var cid = c.Value!.Trim();
                    ids.Add(cid);
                    if (_channels.TryGetValue(cid, out var ch)) { any = true; minDelay = Math.Min(minDelay, ch.DelayHours); miss *= 1 - ch.Probability; }
                    else if (_defaultsRead) Issues.Error(path, LineOf(c), IssueCodes.UnknownChannel, $"{who}: channel '{cid}' is not defined in {DefaultsFile}; known channels: {string.Join(", ", _channels.Keys.Order(StringComparer.Ordinal))}.");
                }
                chanIds = ids.ToImmutable();
                if (any)
                {
                    d = delay ?? minDelay;
                    p = probability ?? 1 - miss;
                    defaulted = delay is null || probability is null;
                }
            }
            else if (typeOk && kind == EdgeKind.DependsOn)
            {
                d = delay ?? _dependencyDefaults.DelayHours;
                p = probability ?? _dependencyDefaults.Probability;
                defaulted = delay is null || probability is null;
            }
            if (string.IsNullOrEmpty(from) || string.IsNullOrEmpty(to) || !typeOk || badNumber) return;
            var provenance = new Provenance(evidence, assumption);
            // Hours and probabilities taken from defaults.yaml are assumptions (defaults.yaml says why), even on a quoted edge.
            _edges.Add(new Edge(from, to, kind, provenance, d, p, 1, flow, chanIds, attributes, line, rel,
                parameterBasis: defaulted ? Basis.Assumption : provenance.Kind));
        }

        private static readonly string CuratedTypes =
            string.Join(", ", EdgeKinds.AllEdgeKinds.Where(k => k != EdgeKind.Supplies).Select(k => k.Token()));

        // ---------------------------------------------------------------- dependencies.csv

        private Ranges.ParameterRanges _ranges = Ranges.ParameterRanges.None;

        private void ReadDependencies()
        {
            var path = PathOf(DependenciesFile);
            var expected = DependenciesHeader.Split(',');
            int line = 0;
            bool header = false;
            try
            {
                using var reader = CsvGraphReader.TryOpen(path, options, Issues);
                if (reader is null) return;
                foreach (var row in reader)
                {
                    line = header ? row.LineNumberFrom : 1; // Sep can misnumber the first row of a header-less read
                    if (CsvGraphReader.RowProblem(row, options.Limits) is { } problem)
                    {
                        Issues.Error(path, line, problem.Code, problem.Message);
                        if (problem.Fatal) return;
                        continue;
                    }
                    if (!header)
                    {
                        header = true;
                        if (!Ranges.ParameterRanges.CheckHeader(row, expected, path, Issues, out _ranges)) return;
                        continue;
                    }
                    if (CsvGraphReader.IsBlank(row)) continue;
                    if (row.ColCount != expected.Length + _ranges.Count)
                    {
                        Issues.Error(path, line, IssueCodes.BadRow, $"expected {expected.Length + _ranges.Count} fields ({DependenciesHeader}{(_ranges.Count > 0 ? " and the range columns" : "")}), found {row.ColCount}; quote a reason that contains a comma.");
                        continue;
                    }
                    ReadDependencyRow(row, path, line);
                }
                if (!header) Issues.Error(path, 1, IssueCodes.BadHeader, $"the file is empty; it must start with the header '{DependenciesHeader}'.");
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Issues.Error(path, line, ex is IOException or UnauthorizedAccessException ? IssueCodes.FileNotFound : IssueCodes.Syntax,
                    $"cannot read the file after line {line}: {ex.Message}");
            }
        }

        private void ReadDependencyRow(nietras.SeparatedValues.SepReader.Row row, string path, int line)
        {
            string dependant = row[0].Span.Trim().ToString(), supplier = row[1].Span.Trim().ToString();
            string basis = row[5].Span.Trim().ToString(), reason = row[6].Span.Trim().ToString();
            bool ok = true;
            if (dependant.Length == 0 || supplier.Length == 0)
            {
                Issues.Error(path, line, IssueCodes.BadRow, $"empty {(dependant.Length == 0 ? "dependant" : "supplier")}; every row names a dependant and a supplier id.");
                ok = false;
            }
            else if (dependant == supplier)
            {
                Issues.Error(path, line, IssueCodes.SelfLoop, $"'{dependant}' depends on itself; remove the row.");
                ok = false;
            }
            double strength = 0, probability = _dependencyDefaults.Probability, hours = _dependencyDefaults.DelayHours;
            bool probabilityWritten = false;
            var s = row[2].Span.Trim();
            if (!s.IsEmpty && !(Tokens.TryNumber(s, out strength) && Tokens.IsWeight(strength) && strength <= 1))
            {
                Issues.Error(path, line, IssueCodes.BadWeight, $"strength '{Tokens.Show(s)}' must be a number in [0, 1] (the dependant's share of supply).");
                ok = false;
            }
            var p = row[3].Span.Trim();
            if (!p.IsEmpty)
            {
                probabilityWritten = true;
                if (!(Tokens.TryNumber(p, out probability) && Tokens.IsProbability(probability)))
                {
                    Issues.Error(path, line, IssueCodes.BadProbability, $"probability '{Tokens.Show(p)}' must be a number in [0, 1].");
                    ok = false;
                }
            }
            var h = row[4].Span.Trim();
            if (!h.IsEmpty && !(Tokens.TryNumber(h, out hours) && Tokens.IsWeight(hours)))
            {
                Issues.Error(path, line, IssueCodes.BadWeight, $"time_to_impact_hours '{Tokens.Show(h)}' must be a non-negative number of hours, at most {ReaderLimits.MaxHours:0e0}.");
                ok = false;
            }
            var attributes = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            Provenance provenance;
            switch (basis)
            {
                case "assumption":
                    if (reason.Length == 0)
                    {
                        Issues.Error(path, line, IssueCodes.MissingProvenance, "basis is 'assumption' but the reason is empty; say why the value is assumed.");
                        ok = false;
                    }
                    provenance = Provenance.Assumed(reason);
                    attributes["basis"] = "assumption";
                    break;
                case "survey":
                    provenance = Provenance.FromSurvey(reason.StartsWith("survey:", StringComparison.Ordinal)
                        ? reason
                        : $"survey:{dependant}:{DependenciesFile}::{line}");
                    attributes["basis"] = "survey";
                    if (reason.Length > 0) attributes["reason"] = reason;
                    break;
                default:
                    Issues.Error(path, line, IssueCodes.BadValue, $"basis '{basis}' must be 'assumption' or 'survey'.");
                    provenance = Provenance.None;
                    ok = false;
                    break;
            }
            ok &= _ranges.ReadRow(row, path, line, Issues, probability, hours, strength, attributes);
            if (!ok || !(strength > 0 || (probabilityWritten && probability > 0))) return;
            _edges.Add(new Edge(dependant, supplier, EdgeKind.DependsOn, provenance, hours, probability, strength,
                attributes: attributes.ToImmutable(), line: line, file: DependenciesFile));
        }
    }
}
