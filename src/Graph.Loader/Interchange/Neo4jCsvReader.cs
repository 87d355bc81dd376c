using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Interchange;

/// <summary>
/// Reads back the neo4j-admin CSV files that <see cref="Neo4jExporter"/> writes (<c>nodes_&lt;Label&gt;.csv</c>,
/// <c>rels_&lt;TYPE&gt;.csv</c>), so an export can be checked by round trip or edited and loaded again.
/// </summary>
/// <remarks>
/// Columns are found by name in each header (order free; unknown columns are ignored). A missing <c>kind</c> or
/// <c>:TYPE</c> column falls back to the file's label or type. An empty unquoted field is "no value"; an empty quoted
/// field is the empty string. Nodes come back grouped by kind and edges by type (input order within each), which is
/// the order the exporter writes. Array items that contained the array delimiter come back with
/// <see cref="Neo4jSchema.ArrayDelimiterSubstitute"/>. Problems are collected with file and line, never thrown.
/// </remarks>
public static class Neo4jCsvReader
{
    /// <summary>Reads the export folder <paramref name="dir"/>.</summary>
    /// <param name="dir">A folder written by <see cref="Neo4jExporter.Write"/>.</param>
    /// <returns>The dataset (named after the folder, not curated) or the issues: <c>file-not-found</c>, <c>bad-header</c>,
    /// <c>bad-row</c>, <c>bad-value</c>, <c>syntax</c>, <c>unknown-kind</c>, <c>unknown-type</c>, <c>bad-weight</c>,
    /// <c>bad-probability</c>, <c>duplicate-id</c>, <c>dangling-reference</c>, <c>self-loop</c>.</returns>
    /// <param name="options">Limits and encoding (null: strict UTF-8, <see cref="ReaderLimits.Default"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="dir"/> is null.</exception>
    public static LoadResult<GraphDataset> Read(string dir, ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dir);
        options ??= ReaderOptions.Default;
        var issues = new List<LoadIssue>();
        if (!Directory.Exists(dir))
        {
            issues.Add(new LoadIssue(dir, 0, IssueCodes.FileNotFound, $"Folder '{dir}' does not exist; give the folder written by 'depgraph export neo4j'."));
            return new LoadResult<GraphDataset>(null, issues);
        }
        var nodes = new List<Node>();
        var edges = new List<Edge>();
        var found = 0;
        foreach (var kind in EdgeKinds.AllNodeKinds)
        {
            var path = Path.Combine(dir, Neo4jSchema.NodeFileName(kind));
            if (!File.Exists(path)) continue;
            found++;
            ReadFile(path, issues, options, ["id"], (cols, rec) => ReadNode(path, kind, cols, rec, issues, nodes));
        }
        if (found == 0)
        {
            issues.Add(new LoadIssue(dir, 0, IssueCodes.FileNotFound, $"No nodes_<Label>.csv file in '{dir}'; give the folder written by 'depgraph export neo4j'."));
            return new LoadResult<GraphDataset>(null, issues);
        }
        foreach (var kind in EdgeKinds.AllEdgeKinds)
        {
            var path = Path.Combine(dir, Neo4jSchema.RelationshipFileName(kind));
            if (!File.Exists(path)) continue;
            ReadFile(path, issues, options, [":START_ID", ":END_ID"], (cols, rec) => ReadEdge(path, kind, cols, rec, issues, edges));
        }
        if (nodes.Count > options.Limits.MaxNodes)
            issues.Add(new LoadIssue(dir, 0, IssueCodes.Limit, options.Limits.Exceeded("max-nodes", $"the files hold {nodes.Count:N0} nodes")));
        if (edges.Count > options.Limits.MaxEdges)
            issues.Add(new LoadIssue(dir, 0, IssueCodes.Limit, options.Limits.Exceeded("max-edges", $"the files hold {edges.Count:N0} relationships")));
        CheckGraph(nodes, edges, issues);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir)));
        return new LoadResult<GraphDataset>(new GraphDataset(name, [.. nodes], [.. edges]), issues);
    }

    /// <summary>Checks duplicate ids, dangling references and self-loops (shared with <see cref="GraphMlReader"/>).</summary>
    internal static void CheckGraph(IReadOnlyList<Node> nodes, IReadOnlyList<Edge> edges, List<LoadIssue> issues)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            if (!ids.Add(n.Id))
                issues.Add(new LoadIssue(n.File ?? "", n.Line, IssueCodes.DuplicateId, $"Node id '{n.Id}' is used twice; ids must be unique."));
        }
        foreach (var e in edges)
        {
            foreach (var end in new[] { e.Source, e.Target }.Distinct(StringComparer.Ordinal))
            {
                if (!ids.Contains(end))
                    issues.Add(new LoadIssue(e.File ?? "", e.Line, IssueCodes.DanglingReference, $"Edge {e.Source} -> {e.Target} names node '{end}', which does not exist; add the node or fix the id."));
            }
            if (e.Source == e.Target)
                issues.Add(new LoadIssue(e.File ?? "", e.Line, IssueCodes.SelfLoop, $"Edge {e.Source} -> {e.Target} goes from a node to itself; remove it."));
        }
    }

    private static void ReadFile(string path, List<LoadIssue> issues, ReaderOptions options, string[] required, Action<Dictionary<string, int>, CsvRecord> row)
    {
        try
        {
            if (TextInput.ReadAll(path, options, out var problem) is not { } text)
            {
                issues.Add(problem!);
                return;
            }
            using var reader = new StringReader(text);
            var csv = new CsvRecordReader(reader, options.Limits.MaxFieldLength);
            var header = csv.Next();
            if (header is null)
            {
                issues.Add(new LoadIssue(path, 1, IssueCodes.BadHeader, "The file is empty; it needs a header line."));
                return;
            }
            var cols = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Fields.Count; i++)
            {
                var h = header.Fields[i].Text.Trim();
                var name = h.StartsWith(':') ? h.Split('(')[0] : h.Split(':')[0];
                cols.TryAdd(name, i);
            }
            var missing = required.Where(r => !cols.ContainsKey(r)).ToList();
            if (missing.Count > 0)
            {
                issues.Add(new LoadIssue(path, header.Line, IssueCodes.BadHeader, $"The header lacks {string.Join(", ", missing)}; expected the header neo4j export writes."));
                return;
            }
            for (var rec = csv.Next(); rec is not null; rec = csv.Next())
            {
                if (rec.Fields.Count == 1 && rec.Fields[0].IsNull) continue;
                if (rec.Fields.Count != header.Fields.Count)
                {
                    issues.Add(new LoadIssue(path, rec.Line, IssueCodes.BadRow, $"The row has {rec.Fields.Count} fields; the header has {header.Fields.Count}."));
                    continue;
                }
                row(cols, rec);
            }
        }
        catch (CsvLimitException ex)
        {
            issues.Add(new LoadIssue(path, ex.Line, IssueCodes.Limit, options.Limits.Exceeded("max-field-length", "a field is too long")));
        }
        catch (FormatException ex)
        {
            issues.Add(new LoadIssue(path, Math.Max(1, LineOf(ex.Message)), IssueCodes.Syntax, ex.Message));
        }
        catch (IOException ex)
        {
            issues.Add(new LoadIssue(path, 0, IssueCodes.FileNotFound, ex.Message));
        }
    }

    private static int LineOf(string message) =>
        message.StartsWith("line ", StringComparison.Ordinal) && int.TryParse(message.AsSpan(5, message.IndexOf(':') - 5), CultureInfo.InvariantCulture, out var l) ? l : 0;

    private static CsvField? Get(Dictionary<string, int> cols, CsvRecord rec, string name) =>
        cols.TryGetValue(name, out var i) ? rec.Fields[i] : null;

    private static string? Opt(Dictionary<string, int> cols, CsvRecord rec, string name) =>
        Get(cols, rec, name) is { IsNull: false } f ? f.Text : null;

    private static ImmutableArray<string> Array(Dictionary<string, int> cols, CsvRecord rec, string name) =>
        Opt(cols, rec, name) is { } s ? [.. s.Split(Neo4jSchema.ArrayDelimiter)] : [];

    private static void ReadNode(string path, NodeKind fileKind, Dictionary<string, int> cols, CsvRecord rec, List<LoadIssue> issues, List<Node> nodes)
    {
        var id = Opt(cols, rec, "id");
        if (string.IsNullOrEmpty(id))
        {
            issues.Add(new LoadIssue(path, rec.Line, IssueCodes.BadRow, "The id field is empty; every node needs an id."));
            return;
        }
        var kind = fileKind;
        if (Opt(cols, rec, "kind") is { } k && !EdgeKinds.TryParseNodeKind(k, out kind))
        {
            issues.Add(new LoadIssue(path, rec.Line, IssueCodes.UnknownKind, $"Node '{id}' has kind '{k}'; use one of {string.Join(", ", EdgeKinds.AllNodeKinds.Select(x => x.Token()))}."));
            return;
        }
        var ok = true;
        var members = Json(path, rec, issues, "members_json", Opt(cols, rec, "members_json"), InterchangeText.ParseMembers, [], ref ok);
        var attributes = Json(path, rec, issues, "attributes_json", Opt(cols, rec, "attributes_json"), InterchangeText.ParseAttributes, ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal), ref ok);
        var provenance = ReadProvenance(path, cols, rec, issues, ref ok);
        if (!ok) return;
        nodes.Add(new Node(id, kind, Opt(cols, rec, "name_ja") ?? "", Opt(cols, rec, "name_en") ?? "", provenance,
            members, Opt(cols, rec, "members_as_written"), Array(cols, rec, "scope"), Opt(cols, rec, "department_ja"),
            attributes, rec.Line, path));
    }

    private static void ReadEdge(string path, EdgeKind fileKind, Dictionary<string, int> cols, CsvRecord rec, List<LoadIssue> issues, List<Edge> edges)
    {
        var s = Opt(cols, rec, ":START_ID");
        var t = Opt(cols, rec, ":END_ID");
        if (string.IsNullOrEmpty(s) || string.IsNullOrEmpty(t))
        {
            issues.Add(new LoadIssue(path, rec.Line, IssueCodes.BadRow, "The :START_ID or :END_ID field is empty."));
            return;
        }
        var kind = fileKind;
        if (Opt(cols, rec, ":TYPE") is { } type && !EdgeKinds.TryParseEdgeKind(type, out kind))
        {
            issues.Add(new LoadIssue(path, rec.Line, IssueCodes.UnknownType, $"Relationship {s} -> {t} has type '{type}'; use one of {string.Join(", ", EdgeKinds.AllEdgeKinds.Select(Neo4jSchema.RelationshipType))}."));
            return;
        }
        var ok = true;
        var flow = InfoFlow.None;
        if (Opt(cols, rec, "flow") is { } f && !EdgeKinds.TryParseFlow(f, out flow))
        {
            issues.Add(new LoadIssue(path, rec.Line, IssueCodes.BadValue, $"Relationship {s} -> {t} has flow '{f}'; use provide or report."));
            ok = false;
        }
        var delay = Number(path, rec, issues, cols, "delay_hours", 0, IssueCodes.BadWeight, ReaderLimits.MaxHours, ref ok);
        var probability = Number(path, rec, issues, cols, "probability", 1, IssueCodes.BadProbability, 1, ref ok);
        var strength = Number(path, rec, issues, cols, "strength", 1, IssueCodes.BadWeight, ReaderLimits.MaxHours, ref ok);
        var attributes = Json(path, rec, issues, "attributes_json", Opt(cols, rec, "attributes_json"), InterchangeText.ParseAttributes, ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal), ref ok);
        var provenance = ReadProvenance(path, cols, rec, issues, ref ok);
        if (!ok) return;
        edges.Add(new Edge(s, t, kind, provenance, delay, probability, strength, flow, Array(cols, rec, "channels"), attributes, rec.Line, path));
    }

    private static double Number(string path, CsvRecord rec, List<LoadIssue> issues, Dictionary<string, int> cols, string name,
        double fallback, string code, double max, ref bool ok)
    {
        if (Opt(cols, rec, name) is not { } text) return fallback;
        if (InterchangeText.TryParseDouble(text, out var v) && double.IsFinite(v) && v >= 0 && v <= max) return v;
        var range = code == IssueCodes.BadProbability ? "a number in [0, 1]" : $"a finite number from 0 to {ReaderLimits.MaxHours:0e0}";
        issues.Add(new LoadIssue(path, rec.Line, code, $"{name} is '{Tokens.Show(text)}'; it must be {range}."));
        ok = false;
        return fallback;
    }

    private static T Json<T>(string path, CsvRecord rec, List<LoadIssue> issues, string column, string? text, Func<string, T> parse, T empty, ref bool ok)
    {
        if (text is null) return empty;
        try
        {
            return parse(text);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            issues.Add(new LoadIssue(path, rec.Line, IssueCodes.BadValue, $"{column} is not valid: {ex.Message}"));
            ok = false;
            return empty;
        }
    }

    private static Provenance ReadProvenance(string path, Dictionary<string, int> cols, CsvRecord rec, List<LoadIssue> issues, ref bool ok)
    {
        var quotes = Array(cols, rec, "evidence_quotes");
        var lines = Array(cols, rec, "evidence_lines");
        var docs = Array(cols, rec, "evidence_documents");
        if (lines.Length != quotes.Length || (docs.Length != quotes.Length && docs.Length != 0))
        {
            issues.Add(new LoadIssue(path, rec.Line, IssueCodes.BadRow, $"evidence_quotes, evidence_lines and evidence_documents have {quotes.Length}, {lines.Length} and {docs.Length} items; they must match."));
            ok = false;
            return Provenance.None;
        }
        var evidence = ImmutableArray.CreateBuilder<Evidence>(quotes.Length);
        for (var i = 0; i < quotes.Length; i++)
        {
            if (!int.TryParse(lines[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var line))
            {
                issues.Add(new LoadIssue(path, rec.Line, IssueCodes.BadValue, $"evidence_lines item '{lines[i]}' is not an integer."));
                ok = false;
                return Provenance.None;
            }
            evidence.Add(new Evidence(quotes[i], line, docs.Length == 0 ? "" : docs[i]));
        }
        return new Provenance(evidence.MoveToImmutable(), Opt(cols, rec, "assumption"));
    }
}
