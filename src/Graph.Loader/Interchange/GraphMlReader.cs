using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Xml;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Interchange;

/// <summary>
/// Reads GraphML: the files <see cref="GraphMlWriter"/> writes (every attribute and the provenance come back), and
/// generic GraphML from other tools (networkx, Gephi, yEd, Cytoscape).
/// </summary>
/// <remarks>
/// <para>Streaming <see cref="XmlReader"/> with <see cref="DtdProcessing.Prohibit"/> and no resolver: a document
/// type declaration (and so any entity, internal or external) is refused with issue <c>dtd-refused</c>.</para>
/// <para>Data is matched by the key's <c>attr.name</c>. Generic files: <c>kind</c> (missing ⇒ member), <c>label</c>
/// (Japanese name when there is no <c>name_ja</c>), <c>type</c> (missing ⇒ shares_with), <c>weight</c> (delay in hours
/// when there is no <c>delay_hours</c>), <c>probability</c>, <c>strength</c>; other keys become attributes
/// (<c>attr:k</c> ⇒ <c>k</c>); key defaults apply; data with element content (yEd graphics) is skipped.
/// Edges are read as directed, source → target.</para>
/// <para>Issues carry the file and the line of the element (<see cref="IXmlLineInfo"/>): <c>syntax</c>,
/// <c>dtd-refused</c>, <c>file-not-found</c>, <c>missing-field</c>, <c>unknown-kind</c>, <c>unknown-type</c>,
/// <c>bad-weight</c>, <c>bad-probability</c>, <c>bad-value</c>, <c>duplicate-id</c>, <c>dangling-reference</c>,
/// <c>self-loop</c>.</para>
/// </remarks>
public static class GraphMlReader
{
    private sealed record Key(string Name, string? Default);

    /// <summary>What the element readers need: where they are, the keys, where issues go, the limits, the namespace.</summary>
    private sealed record Context(string Path, Dictionary<(string For, string Id), Key> Keys, List<LoadIssue> Issues, ReaderLimits Limits)
    {
        public string Ns { get; set; } = "";
    }

    private const string NestedGraph =
        "A nested <graph> (a yEd group or folder) is not supported: its nodes and edges would be lost. Ungroup it (yEd: Grouping > Ungroup) or flatten the file, and read it again.";

    private static readonly HashSet<string> DerivedNames =
        new(["members_total", "provenance_basis", "evidence_count", "evidence_quotes", "assumed"], StringComparer.Ordinal);

    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Reads the GraphML file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits (null: <see cref="ReaderLimits.Default"/>); the encoding is the one the XML declares.</param>
    /// <returns>The dataset (named after the graph id, or the file name) or every issue found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <remarks>Only elements in the GraphML namespace (or, for files that declare none, in no namespace) are GraphML:
    /// a <c>node</c>, <c>edge</c> or <c>graph</c> element in another namespace is refused (<c>unsupported</c>), and so
    /// are nested graphs (yEd groups), hyperedges and nodes or edges outside the graph — never dropped silently.
    /// Member counts must be whole numbers in [0, <see cref="ReaderLimits.MaxMemberCount"/>]; delays in
    /// [0, <see cref="ReaderLimits.MaxHours"/>].</remarks>
    public static LoadResult<GraphDataset> Read(string path, ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var limits = (options ?? ReaderOptions.Default).Limits;
        var issues = new List<LoadIssue>();
        if (!File.Exists(path))
        {
            issues.Add(new LoadIssue(path, 0, IssueCodes.FileNotFound, $"File '{path}' does not exist."));
            return new LoadResult<GraphDataset>(null, issues);
        }
        if (TextInput.CheckSize(path, options ?? ReaderOptions.Default) is { } tooBig)
        {
            issues.Add(tooBig);
            return new LoadResult<GraphDataset>(null, issues);
        }
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
            MaxCharactersFromEntities = 1 << 20,
        };
        var keys = new Dictionary<(string For, string Id), Key>();
        var nodes = new List<Node>();
        var edges = new List<Edge>();
        string? graphId = null;
        var sources = ImmutableArray<SourceDocument>.Empty;
        XmlReader? r = null;
        try
        {
            r = XmlReader.Create(path, settings);
            var li = (IXmlLineInfo)r;
            var graphDepth = -1;
            string? ns = null; // the GraphML namespace of this document: the root's
            var ctx = new Context(path, keys, issues, limits);
            var advance = true;
            while (true)
            {
                if (advance && !r.Read()) break;
                advance = true;
                if (r.NodeType != XmlNodeType.Element) continue;
                if (ns is null)
                {
                    if (r.LocalName != "graphml" || r.NamespaceURI is not (Namespace or ""))
                    {
                        issues.Add(new LoadIssue(path, li.LineNumber, IssueCodes.Unsupported,
                            $"The root element is <{r.Name}> in namespace '{r.NamespaceURI}'; a GraphML file starts with <graphml xmlns=\"{Namespace}\">."));
                        return new LoadResult<GraphDataset>(null, issues);
                    }
                    ns = r.NamespaceURI;
                    ctx.Ns = ns;
                    continue;
                }
                if (r.NamespaceURI != ns)
                {
                    if (r.LocalName is "node" or "edge" or "graph" or "hyperedge" or "key" or "data")
                    {
                        issues.Add(new LoadIssue(path, li.LineNumber, IssueCodes.Unsupported,
                            $"<{r.Name}> is in namespace '{r.NamespaceURI}', not GraphML's ('{ns}'); it is refused rather than read as GraphML. Put it in the GraphML namespace or remove it."));
                    }
                    if (!r.IsEmptyElement) { r.Skip(); advance = false; }
                    continue;
                }
                switch (r.LocalName)
                {
                    case "key":
                        var id = r.GetAttribute("id");
                        if (id is null)
                        {
                            issues.Add(new LoadIssue(path, li.LineNumber, IssueCodes.MissingField, "A <key> has no id attribute."));
                            if (!r.IsEmptyElement) { r.Skip(); advance = false; }
                            continue;
                        }
                        var @for = r.GetAttribute("for") ?? "all";
                        var name = r.GetAttribute("attr.name") ?? id;
                        string? def = null;
                        if (!r.IsEmptyElement)
                        {
                            var d = r.Depth;
                            while (r.Read() && !(r.NodeType == XmlNodeType.EndElement && r.Depth == d))
                            {
                                if (r.NodeType == XmlNodeType.Element && r.LocalName == "default" && r.NamespaceURI == ns) def = ReadData(r, ctx);
                            }
                        }
                        keys[(@for, id)] = new Key(name, def);
                        break;
                    case "graph":
                        if (graphDepth < 0 || r.Depth == graphDepth)
                        {
                            graphDepth = r.Depth;
                            graphId ??= r.GetAttribute("id");
                        }
                        else
                        {
                            issues.Add(new LoadIssue(path, li.LineNumber, IssueCodes.Unsupported, NestedGraph));
                            if (!r.IsEmptyElement) { r.Skip(); advance = false; }
                        }
                        break;
                    case "hyperedge":
                        issues.Add(new LoadIssue(path, li.LineNumber, IssueCodes.Unsupported,
                            "A <hyperedge> joins more than two nodes; depgraph reads only edges between two nodes. Replace it by <edge> elements (e.g. from a hub node)."));
                        if (!r.IsEmptyElement) { r.Skip(); advance = false; }
                        break;
                    case "data" when graphDepth >= 0 && r.Depth == graphDepth + 1:
                        var gk = Resolve(keys, "graph", r.GetAttribute("key") ?? "");
                        var gv = ReadData(r, ctx);
                        if (gk?.Name == "sources_json" && gv is not null) sources = ParseSources(path, li.LineNumber, gv, issues);
                        break;
                    case "node" when graphDepth >= 0 && r.Depth == graphDepth + 1:
                        if (nodes.Count >= limits.MaxNodes)
                        {
                            issues.Add(new LoadIssue(path, li.LineNumber, IssueCodes.Limit, limits.Exceeded("max-nodes", "the file has too many nodes")));
                            return new LoadResult<GraphDataset>(null, issues);
                        }
                        ReadNode(r, ctx, nodes);
                        break;
                    case "edge" when graphDepth >= 0 && r.Depth == graphDepth + 1:
                        if (edges.Count >= limits.MaxEdges)
                        {
                            issues.Add(new LoadIssue(path, li.LineNumber, IssueCodes.Limit, limits.Exceeded("max-edges", "the file has too many edges")));
                            return new LoadResult<GraphDataset>(null, issues);
                        }
                        ReadEdge(r, ctx, edges);
                        break;
                    case "node" or "edge":
                        issues.Add(new LoadIssue(path, li.LineNumber, IssueCodes.Unsupported,
                            $"This <{r.LocalName}> is not a child of the <graph> element, so it belongs to no graph; move it into the <graph>."));
                        if (!r.IsEmptyElement) { r.Skip(); advance = false; }
                        break;
                }
            }
            if (ns is null)
                issues.Add(new LoadIssue(path, 1, IssueCodes.Syntax, "The file holds no XML element; a GraphML file starts with <graphml>."));
        }
        catch (XmlException ex)
        {
            // the structure seen before a well-formedness error is unreliable (an unclosed <node> swallows what follows)
            issues.RemoveAll(i => i.Code == IssueCodes.Unsupported && i.Message.Contains(" inside a <", StringComparison.Ordinal));
            var dtd = ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase);
            var line = ex.LineNumber > 0 ? ex.LineNumber : (r as IXmlLineInfo)?.LineNumber ?? 0;
            if (dtd && line == 0) line = DoctypeLine(path);
            issues.Add(new LoadIssue(path, Math.Max(line, 1), dtd ? IssueCodes.DtdRefused : IssueCodes.Syntax,
                dtd ? "The file declares a DTD (<!DOCTYPE ...>); DTDs and entities are refused for safety. Remove the declaration."
                    : $"Not well-formed XML: {ex.Message}"));
            return new LoadResult<GraphDataset>(null, issues);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            issues.Add(new LoadIssue(path, 0, IssueCodes.FileNotFound, ex.Message));
            return new LoadResult<GraphDataset>(null, issues);
        }
        catch (ArgumentException)
        {
            // .NET's XML reader fails with an argument error (not an XmlException) when the bytes of the XML declaration
            // are not valid in the encoding it names (found by the GraphML fuzz property)
            issues.RemoveAll(i => i.Code == IssueCodes.Unsupported && i.Message.Contains(" inside a <", StringComparison.Ordinal));
            issues.Add(new LoadIssue(path, Math.Max((r as IXmlLineInfo)?.LineNumber ?? 1, 1), IssueCodes.Syntax,
                "Not well-formed XML: the XML declaration or the bytes after it are not valid in the declared encoding; save the file as UTF-8 with <?xml version=\"1.0\" encoding=\"utf-8\"?>."));
            return new LoadResult<GraphDataset>(null, issues);
        }
        finally
        {
            r?.Dispose();
        }
        Neo4jCsvReader.CheckGraph(nodes, edges, issues);
        var datasetName = string.IsNullOrEmpty(graphId) ? Path.GetFileNameWithoutExtension(path) : graphId;
        return new LoadResult<GraphDataset>(new GraphDataset(datasetName, [.. nodes], [.. edges], sources), issues);
    }

    /// <summary>The 1-based line of the first <c>&lt;!DOCTYPE</c> (XmlReader does not report it when it refuses the DTD).</summary>
    private static int DoctypeLine(string path)
    {
        try
        {
            var n = 0;
            foreach (var l in File.ReadLines(path))
            {
                n++;
                if (l.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)) return n;
            }
        }
        catch (IOException)
        {
        }
        return 0;
    }

    private static Key? Resolve(Dictionary<(string, string), Key> keys, string @for, string id) =>
        keys.GetValueOrDefault((@for, id)) ?? keys.GetValueOrDefault(("all", id));

    /// <summary>Reads the data elements of a node or edge element into name → value (defaults first).</summary>
    private static Dictionary<string, string> ReadValues(XmlReader r, Context ctx, string @for)
    {
        var (path, keys, issues) = (ctx.Path, ctx.Keys, ctx.Issues);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ((f, _), k) in keys)
        {
            if ((f == @for || f == "all") && k.Default is not null) values[k.Name] = k.Default;
        }
        if (r.IsEmptyElement) return values;
        var li = (IXmlLineInfo)r;
        var depth = r.Depth;
        var advance = true;
        while (true)
        {
            if (advance && !r.Read()) break;
            advance = true;
            if (r.NodeType == XmlNodeType.EndElement && r.Depth == depth) break;
            if (r.NodeType != XmlNodeType.Element) continue;
            if (r.NamespaceURI == ctx.Ns && r.LocalName is "graph" or "node" or "edge" or "hyperedge")
            {
                issues.Add(new LoadIssue(path, li.LineNumber, IssueCodes.Unsupported, r.LocalName == "graph" ? NestedGraph
                    : $"A <{r.LocalName}> inside a <{@for}> is not GraphML depgraph reads; move it into the top-level <graph>."));
                if (!r.IsEmptyElement) { r.Skip(); advance = false; }
                continue;
            }
            if (r.NamespaceURI != ctx.Ns && r.LocalName is "graph" or "node" or "edge" or "hyperedge" or "data")
                issues.Add(new LoadIssue(path, li.LineNumber, IssueCodes.Unsupported,
                    $"<{r.Name}> is in namespace '{r.NamespaceURI}', not GraphML's; it is refused rather than read as GraphML."));
            if (r.LocalName == "data" && r.NamespaceURI == ctx.Ns && r.Depth == depth + 1)
            {
                var keyId = r.GetAttribute("key") ?? "";
                var line = li.LineNumber;
                var key = Resolve(keys, @for, keyId);
                var value = ReadData(r, ctx);
                if (key is null)
                    issues.Add(new LoadIssue(path, line, IssueCodes.Syntax, $"<data key=\"{keyId}\"> refers to no <key> declared for {@for}s; the value is kept under that name.", IssueSeverity.Warning));
                if (value is not null) values[key?.Name ?? keyId] = value;
            }
            else if (!r.IsEmptyElement)
            {
                r.Skip(); // now on the node after the skipped element: look at it before reading on
                advance = false;
            }
        }
        return values;
    }

    /// <summary>The text of a data or default element; null when it has element content.</summary>
    private static string? ReadData(XmlReader r, Context ctx)
    {
        if (r.IsEmptyElement) return "";
        var startLine = ((IXmlLineInfo)r).LineNumber;
        var depth = r.Depth;
        var sb = new StringBuilder();
        var complex = false;
        while (r.Read() && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            switch (r.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (r.Depth == depth + 1 && !complex)
                    {
                        sb.Append(r.Value);
                        if (sb.Length > ctx.Limits.MaxFieldLength)
                        {
                            ctx.Issues.Add(new LoadIssue(ctx.Path, startLine, IssueCodes.Limit, ctx.Limits.Exceeded("max-field-length", $"a <data> value is longer than {ctx.Limits.MaxFieldLength:N0} characters")));
                            complex = true;
                            sb.Clear();
                        }
                    }
                    break;
                case XmlNodeType.Element:
                    complex = true;
                    break;
            }
        }
        return complex ? null : sb.ToString();
    }

    private static void ReadNode(XmlReader r, Context ctx, List<Node> nodes)
    {
        var (path, issues) = (ctx.Path, ctx.Issues);
        var line = ((IXmlLineInfo)r).LineNumber;
        var id = r.GetAttribute("id");
        var v = ReadValues(r, ctx, "node");
        if (string.IsNullOrEmpty(id))
        {
            issues.Add(new LoadIssue(path, line, IssueCodes.MissingField, "A <node> has no id attribute."));
            return;
        }
        var kind = NodeKind.Member;
        if (v.TryGetValue("kind", out var k) && k.Trim().Length > 0 && !EdgeKinds.TryParseNodeKind(k, out kind))
        {
            issues.Add(new LoadIssue(path, line, IssueCodes.UnknownKind, $"Node '{id}' has kind '{k}'; use one of {string.Join(", ", EdgeKinds.AllNodeKinds.Select(x => x.Token()))}, or leave it out for member."));
            return;
        }
        var ok = true;
        var scope = Parse(v, "scope", InterchangeText.ParseStringArray, [], path, line, issues, ref ok);
        var members = Parse(v, "members_json", InterchangeText.ParseMembers, [], path, line, issues, ref ok);
        var provenance = ReadProvenance(v, path, line, issues, ref ok);
        var attributes = Attributes(v, ["label", "kind", "name_ja", "name_en", "department_ja", "scope", "members_json", "members_as_written"]);
        if (!ok) return;
        var nameJa = v.GetValueOrDefault("name_ja") ?? v.GetValueOrDefault("label") ?? "";
        nodes.Add(new Node(id, kind, nameJa, v.GetValueOrDefault("name_en") ?? "", provenance, members,
            v.GetValueOrDefault("members_as_written"), scope, v.GetValueOrDefault("department_ja"), attributes, line, path));
    }

    private static void ReadEdge(XmlReader r, Context ctx, List<Edge> edges)
    {
        var (path, issues) = (ctx.Path, ctx.Issues);
        var line = ((IXmlLineInfo)r).LineNumber;
        var source = r.GetAttribute("source");
        var target = r.GetAttribute("target");
        var v = ReadValues(r, ctx, "edge");
        if (string.IsNullOrEmpty(source) || string.IsNullOrEmpty(target))
        {
            issues.Add(new LoadIssue(path, line, IssueCodes.MissingField, "An <edge> lacks its source or target attribute."));
            return;
        }
        var kind = EdgeKind.SharesWith;
        if (v.TryGetValue("type", out var t) && t.Trim().Length > 0 && !EdgeKinds.TryParseEdgeKind(t, out kind))
        {
            issues.Add(new LoadIssue(path, line, IssueCodes.UnknownType, $"Edge {source} -> {target} has type '{t}'; use one of {string.Join(", ", EdgeKinds.AllEdgeKinds.Select(x => x.Token()))}, or leave it out for shares_with."));
            return;
        }
        var ok = true;
        var flow = InfoFlow.None;
        if (v.TryGetValue("flow", out var f) && f.Trim().Length > 0 && !EdgeKinds.TryParseFlow(f, out flow))
        {
            issues.Add(new LoadIssue(path, line, IssueCodes.BadValue, $"Edge {source} -> {target} has flow '{f}'; use provide or report."));
            ok = false;
        }
        var delayKey = v.ContainsKey("delay_hours") ? "delay_hours" : "weight";
        var delay = Number(v, delayKey, 0, ReaderLimits.MaxHours, IssueCodes.BadWeight, path, line, issues, ref ok);
        var probability = Number(v, "probability", 1, 1, IssueCodes.BadProbability, path, line, issues, ref ok);
        var strength = Number(v, "strength", 1, ReaderLimits.MaxHours, IssueCodes.BadWeight, path, line, issues, ref ok);
        var channels = Parse(v, "channels", InterchangeText.ParseStringArray, [], path, line, issues, ref ok);
        var provenance = ReadProvenance(v, path, line, issues, ref ok);
        var attributes = Attributes(v, ["type", "flow", "channels", "delay_hours", "weight", "probability", "strength"]);
        if (!ok) return;
        edges.Add(new Edge(source, target, kind, provenance, delay, probability, strength, flow, channels, attributes, line, path));
    }

    private static double Number(Dictionary<string, string> v, string name, double fallback, double max, string code,
        string path, int line, List<LoadIssue> issues, ref bool ok)
    {
        if (!v.TryGetValue(name, out var text) || text.Trim().Length == 0) return fallback;
        if (InterchangeText.TryParseDouble(text, out var x) && double.IsFinite(x) && x >= 0 && x <= max) return x;
        issues.Add(new LoadIssue(path, line, code, $"{name} is '{Tokens.Show(text)}'; it must be {(code == IssueCodes.BadProbability ? "a number in [0, 1]" : $"a finite number from 0 to {ReaderLimits.MaxHours:0e0}")}."));
        ok = false;
        return fallback;
    }

    private static T Parse<T>(Dictionary<string, string> v, string name, Func<string, T> parse, T empty, string path, int line, List<LoadIssue> issues, ref bool ok)
    {
        if (!v.TryGetValue(name, out var text) || text.Length == 0) return empty;
        try
        {
            return parse(text);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            issues.Add(new LoadIssue(path, line, IssueCodes.BadValue, $"{name} is not valid JSON of the expected shape: {ex.Message}"));
            ok = false;
            return empty;
        }
    }

    private static Provenance ReadProvenance(Dictionary<string, string> v, string path, int line, List<LoadIssue> issues, ref bool ok)
    {
        var evidence = Parse(v, "evidence_json", InterchangeText.ParseEvidence, [], path, line, issues, ref ok);
        return new Provenance(evidence, v.GetValueOrDefault("assumption"));
    }

    private static ImmutableSortedDictionary<string, string> Attributes(Dictionary<string, string> v, string[] known)
    {
        var b = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in v)
        {
            if (name.StartsWith(GraphMlWriter.AttributePrefix, StringComparison.Ordinal)) b[name[GraphMlWriter.AttributePrefix.Length..]] = value;
            else if (!known.Contains(name) && !DerivedNames.Contains(name) && name is not ("evidence_json" or "assumption")) b.TryAdd(name, value);
        }
        return b.ToImmutable();
    }

    private static ImmutableArray<SourceDocument> ParseSources(string path, int line, string json, List<LoadIssue> issues)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return [.. doc.RootElement.EnumerateArray().Select(e => new SourceDocument(
                e.GetProperty("file_name").GetString() ?? "", e.GetProperty("title").GetString() ?? "", e.GetProperty("publisher").GetString() ?? ""))];
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            issues.Add(new LoadIssue(path, line, IssueCodes.BadValue, $"sources_json is not valid: {ex.Message}"));
            return [];
        }
    }
}
