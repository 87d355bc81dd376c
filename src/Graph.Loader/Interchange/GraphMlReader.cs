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

    private static readonly HashSet<string> DerivedNames =
        new(["members_total", "provenance_basis", "evidence_count", "evidence_quotes", "assumed"], StringComparer.Ordinal);

    /// <summary>Reads the GraphML file at <paramref name="path"/>.</summary>
    /// <returns>The dataset (named after the graph id, or the file name) or every issue found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static LoadResult<GraphDataset> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var issues = new List<LoadIssue>();
        if (!File.Exists(path))
        {
            issues.Add(new LoadIssue(path, 0, IssueCodes.FileNotFound, $"File '{path}' does not exist."));
            return new LoadResult<GraphDataset>(null, issues);
        }
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
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
            while (r.Read())
            {
                if (r.NodeType != XmlNodeType.Element) continue;
                switch (r.LocalName)
                {
                    case "key":
                        var id = r.GetAttribute("id");
                        if (id is null)
                        {
                            issues.Add(new LoadIssue(path, li.LineNumber, IssueCodes.MissingField, "A <key> has no id attribute."));
                            r.Skip();
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
                                if (r.NodeType == XmlNodeType.Element && r.LocalName == "default") def = ReadData(r);
                            }
                        }
                        keys[(@for, id)] = new Key(name, def);
                        break;
                    case "graph":
                        if (graphDepth < 0)
                        {
                            graphDepth = r.Depth;
                            graphId = r.GetAttribute("id");
                        }
                        break;
                    case "data" when graphDepth >= 0 && r.Depth == graphDepth + 1:
                        var gk = Resolve(keys, "graph", r.GetAttribute("key") ?? "");
                        var gv = ReadData(r);
                        if (gk?.Name == "sources_json" && gv is not null) sources = ParseSources(path, li.LineNumber, gv, issues);
                        break;
                    case "node" when r.Depth == graphDepth + 1:
                        ReadNode(r, path, keys, nodes, issues);
                        break;
                    case "edge" when r.Depth == graphDepth + 1:
                        ReadEdge(r, path, keys, edges, issues);
                        break;
                }
            }
        }
        catch (XmlException ex)
        {
            var dtd = ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase);
            var line = ex.LineNumber > 0 ? ex.LineNumber : (r as IXmlLineInfo)?.LineNumber ?? 0;
            if (dtd && line == 0) line = DoctypeLine(path);
            issues.Add(new LoadIssue(path, line, dtd ? IssueCodes.DtdRefused : IssueCodes.Syntax,
                dtd ? "The file declares a DTD (<!DOCTYPE ...>); DTDs and entities are refused for safety. Remove the declaration."
                    : $"Not well-formed XML: {ex.Message}"));
            return new LoadResult<GraphDataset>(null, issues);
        }
        catch (IOException ex)
        {
            issues.Add(new LoadIssue(path, 0, IssueCodes.FileNotFound, ex.Message));
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
    private static Dictionary<string, string> ReadValues(XmlReader r, string path, string @for, Dictionary<(string, string), Key> keys, List<LoadIssue> issues)
    {
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
            if (r.LocalName == "data" && r.Depth == depth + 1)
            {
                var keyId = r.GetAttribute("key") ?? "";
                var line = li.LineNumber;
                var key = Resolve(keys, @for, keyId);
                var value = ReadData(r);
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
    private static string? ReadData(XmlReader r)
    {
        if (r.IsEmptyElement) return "";
        var depth = r.Depth;
        var sb = new StringBuilder();
        var complex = false;
        while (r.Read() && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            switch (r.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (r.Depth == depth + 1) sb.Append(r.Value);
                    break;
                case XmlNodeType.Element:
                    complex = true;
                    break;
            }
        }
        return complex ? null : sb.ToString();
    }

    private static void ReadNode(XmlReader r, string path, Dictionary<(string, string), Key> keys, List<Node> nodes, List<LoadIssue> issues)
    {
        var line = ((IXmlLineInfo)r).LineNumber;
        var id = r.GetAttribute("id");
        var v = ReadValues(r, path, "node", keys, issues);
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

    private static void ReadEdge(XmlReader r, string path, Dictionary<(string, string), Key> keys, List<Edge> edges, List<LoadIssue> issues)
    {
        var line = ((IXmlLineInfo)r).LineNumber;
        var source = r.GetAttribute("source");
        var target = r.GetAttribute("target");
        var v = ReadValues(r, path, "edge", keys, issues);
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
        var delay = Number(v, delayKey, 0, double.PositiveInfinity, IssueCodes.BadWeight, path, line, issues, ref ok);
        var probability = Number(v, "probability", 1, 1, IssueCodes.BadProbability, path, line, issues, ref ok);
        var strength = Number(v, "strength", 1, double.PositiveInfinity, IssueCodes.BadWeight, path, line, issues, ref ok);
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
        issues.Add(new LoadIssue(path, line, code, $"{name} is '{text}'; it must be {(code == IssueCodes.BadProbability ? "a number in [0, 1]" : "a finite number >= 0")}."));
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
