using System.Text;
using Depgraph.Core;
using Depgraph.Core.IO;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Interchange;

/// <summary>
/// Exports a <see cref="GraphDataset"/> for Neo4j, two ways (documented in <c>docs/neo4j.md</c>):
/// <list type="bullet">
/// <item><c>neo4j-admin database import full</c> CSV files — one node file per kind label
/// (<see cref="Neo4jSchema.NodeFileName"/>), one relationship file per type (<see cref="Neo4jSchema.RelationshipFileName"/>),
/// all twenty always written (header only when empty) — and <c>import.sh</c>, which prints the exact import command
/// and runs it with <c>--run</c>;</item>
/// <item><c>load.cypher</c>, an idempotent script for a running database: a uniqueness constraint, then batches of
/// at most 500 rows (<c>UNWIND [...] AS row MERGE ... SET ...</c>), one batch list per label and per type.</item>
/// </list>
/// </summary>
/// <remarks>
/// Both carry the same properties (see <see cref="Neo4jSchema.NodeHeader"/>): absent values and empty lists are left
/// out (no property), per-unit member counts go to <c>members_json</c> with their sum in <c>members_total</c>.
/// Output is deterministic (kinds in declaration order, input order within a kind), UTF-8 without BOM with LF
/// newlines, and atomic: everything is written into a temporary folder first, so an exception leaves the output
/// folder as it was.
/// </remarks>
public static class Neo4jExporter
{
    /// <summary>The largest number of rows in one UNWIND batch.</summary>
    public const int MaxBatchSize = 500;

    /// <summary>The array delimiter, as passed to neo4j-admin.</summary>
    public static string ArrayDelimiterOption => "--array-delimiter=" + Neo4jSchema.ArrayDelimiter;

    /// <summary>Writes the CSV files, <c>import.sh</c> and <c>load.cypher</c> into <paramref name="outDir"/> (created when missing).</summary>
    /// <param name="dataset">The dataset; node ids must be unique and every edge must name existing nodes.</param>
    /// <param name="outDir">Output folder. Files of the same names are replaced; other files are left alone.</param>
    /// <param name="batchSize">Rows per UNWIND statement in load.cypher, in [1, <see cref="MaxBatchSize"/>].</param>
    /// <returns>The file names written, in ordinal order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException">Duplicate node ids, an edge naming a missing node, or invalid UTF-16 text.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is outside [1, 500].</exception>
    public static IReadOnlyList<string> Write(GraphDataset dataset, string outDir, int batchSize = MaxBatchSize)
    {
        Preconditions.NotNull(dataset, nameof(dataset));
        Preconditions.NotNullOrEmpty(outDir, nameof(outDir));
        Preconditions.InRange(batchSize, 1, MaxBatchSize, nameof(batchSize));
        CheckReferences(dataset);
        var keys = Neo4jSchema.EdgeKeys(dataset);
        return AtomicFile.WriteFiles(outDir, tmp =>
        {
            var nodeFiles = new List<string>();
            foreach (var kind in EdgeKinds.AllNodeKinds)
            {
                var name = Neo4jSchema.NodeFileName(kind);
                nodeFiles.Add(name);
                WriteCsv(Path.Combine(tmp, name), Neo4jSchema.NodeHeader, dataset.Nodes.Where(n => n.Kind == kind).Select(NodeRow));
            }
            var relFiles = new List<string>();
            foreach (var kind in EdgeKinds.AllEdgeKinds)
            {
                var name = Neo4jSchema.RelationshipFileName(kind);
                relFiles.Add(name);
                var rows = Enumerable.Range(0, dataset.Edges.Length).Where(i => dataset.Edges[i].Kind == kind)
                    .Select(i => EdgeRow(dataset.Edges[i], keys[i]));
                WriteCsv(Path.Combine(tmp, name), Neo4jSchema.RelationshipHeader, rows);
            }
            File.WriteAllText(Path.Combine(tmp, "import.sh"), ImportScript(nodeFiles, relFiles), AtomicFile.Utf8);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(Path.Combine(tmp, "import.sh"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                    | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            }
            using var fs = new FileStream(Path.Combine(tmp, "load.cypher"), FileMode.CreateNew);
            using var w = AtomicFile.NewTextWriter(fs);
            WriteCypher(dataset, keys, w, batchSize);
        });
    }

    /// <summary>The arguments of the neo4j-admin command that <c>import.sh</c> runs (paths relative to the export folder).</summary>
    public static IReadOnlyList<string> ImportArguments(IEnumerable<string> nodeFiles, IEnumerable<string> relationshipFiles) =>
    [
        "neo4j-admin", "database", "import", "full",
        .. nodeFiles.Select(f => "--nodes=" + f),
        .. relationshipFiles.Select(f => "--relationships=" + f),
        "--delimiter=,", ArrayDelimiterOption, "--quote=\"", "--multiline-fields=true",
        "--overwrite-destination", "neo4j",
    ];

    /// <summary>Writes load.cypher for <paramref name="dataset"/> to <paramref name="writer"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="writer">Target; its NewLine is not used (statements end with LF).</param>
    /// <param name="batchSize">Rows per UNWIND statement, in [1, <see cref="MaxBatchSize"/>].</param>
    public static void WriteCypher(GraphDataset dataset, TextWriter writer, int batchSize = MaxBatchSize)
    {
        Preconditions.NotNull(dataset, nameof(dataset));
        Preconditions.NotNull(writer, nameof(writer));
        Preconditions.InRange(batchSize, 1, MaxBatchSize, nameof(batchSize));
        WriteCypher(dataset, Neo4jSchema.EdgeKeys(dataset), writer, batchSize);
    }

    private static void CheckReferences(GraphDataset dataset)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in dataset.Nodes)
        {
            if (!ids.Add(n.Id)) throw new ArgumentException($"Node id '{n.Id}' occurs twice; neo4j-admin import would fail. Validate the dataset first.", nameof(dataset));
        }
        foreach (var e in dataset.Edges)
        {
            if (!ids.Contains(e.Source) || !ids.Contains(e.Target))
                throw new ArgumentException($"Edge {e.Source} -> {e.Target} names a node that does not exist. Validate the dataset first.", nameof(dataset));
        }
    }

    // ---------- CSV ----------

    private static IEnumerable<string?> NodeRow(Node n) =>
    [
        Str(n.Id), Str(n.NameJa), Str(n.NameEn), Str(n.Kind.Token()), InterchangeText.Number(n.TotalMembers),
        Str(InterchangeText.MembersJson(n.Members)), Str(n.MembersAsWritten), Arr(n.Scope), Str(n.DepartmentJa),
        Str(n.Provenance.Basis), Arr(n.Provenance.Evidence.Select(e => e.Quote)),
        n.Provenance.Evidence.IsEmpty ? null : string.Join(Neo4jSchema.ArrayDelimiter, n.Provenance.Evidence.Select(e => InterchangeText.Number(e.Line))),
        Arr(n.Provenance.Evidence.Select(e => e.Document)), Str(n.Provenance.Assumption),
        Str(InterchangeText.AttributesJson(n.Attributes)), Str(Neo4jSchema.OrgLabel + Neo4jSchema.ArrayDelimiter + Neo4jSchema.Label(n.Kind)),
    ];

    private static IEnumerable<string?> EdgeRow(Edge e, string key) =>
    [
        Str(e.Source), Str(e.Target), Str(Neo4jSchema.RelationshipType(e.Kind)), Str(key),
        e.Flow == InfoFlow.None ? null : Str(e.Flow.Token()), Arr(e.Channels),
        InterchangeText.Number(e.DelayHours), InterchangeText.Number(e.Probability), InterchangeText.Number(e.Strength),
        Str(e.Provenance.Basis), Arr(e.Provenance.Evidence.Select(x => x.Quote)),
        e.Provenance.Evidence.IsEmpty ? null : string.Join(Neo4jSchema.ArrayDelimiter, e.Provenance.Evidence.Select(x => InterchangeText.Number(x.Line))),
        Arr(e.Provenance.Evidence.Select(x => x.Document)), Str(e.Provenance.Assumption),
        Str(InterchangeText.AttributesJson(e.Attributes)),
    ];

    /// <summary>A quoted CSV field (inner quotes doubled); null stays null (empty unquoted field = no property).</summary>
    private static string? Str(string? s) => s is null ? null : "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A quoted array field; empty arrays are left out (no property).</summary>
    private static string? Arr(IEnumerable<string> items)
    {
        var list = items.Select(i => i.Replace(Neo4jSchema.ArrayDelimiter, Neo4jSchema.ArrayDelimiterSubstitute)).ToList();
        return list.Count == 0 ? null : Str(string.Join(Neo4jSchema.ArrayDelimiter, list));
    }

    private static void WriteCsv(string path, IReadOnlyList<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        using var fs = new FileStream(path, FileMode.CreateNew);
        using var w = AtomicFile.NewTextWriter(fs);
        w.Write(string.Join(',', header));
        w.Write('\n');
        foreach (var row in rows)
        {
            w.Write(string.Join(',', row.Select(f => f ?? "")));
            w.Write('\n');
        }
    }

    private static string ImportScript(IEnumerable<string> nodeFiles, IEnumerable<string> relFiles)
    {
        var args = ImportArguments(nodeFiles, relFiles);
        var printed = string.Join(" ", args.Select(ShellQuote));
        var sb = new StringBuilder();
        sb.Append("#!/bin/sh\n");
        sb.Append("# Generated by depgraph (Neo4jExporter). Imports this folder's CSV files into an empty database 'neo4j'.\n");
        sb.Append("# Usage: ./import.sh          print the neo4j-admin command\n");
        sb.Append("#        ./import.sh --run    run it (the Neo4j server must be stopped; the database is overwritten)\n");
        sb.Append("# The array delimiter is '").Append(Neo4jSchema.ArrayDelimiter).Append("' (an item containing it was written with '")
          .Append(Neo4jSchema.ArrayDelimiterSubstitute).Append("').\n");
        sb.Append("# neo4j-admin must be on PATH (e.g. $NEO4J_HOME/bin). Relative paths are resolved from this script's folder.\n");
        sb.Append("set -eu\n");
        sb.Append("run=0\n");
        sb.Append("case \"${1:-}\" in\n  --run) run=1 ;;\n  '') ;;\n  *) echo \"usage: $0 [--run]\" >&2; exit 2 ;;\nesac\n");
        sb.Append("cd \"$(dirname \"$0\")\"\n");
        sb.Append("echo ").Append(ShellQuote(printed)).Append('\n');
        sb.Append("if [ \"$run\" = 1 ]; then\n  exec ").Append(printed).Append("\nfi\n");
        return sb.ToString();
    }

    private static string ShellQuote(string s) =>
        s.Length > 0 && s.All(c => char.IsAsciiLetterOrDigit(c) || "_-./=,:".Contains(c))
            ? s
            : "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    // ---------- Cypher ----------

    private static void WriteCypher(GraphDataset dataset, IReadOnlyList<string> keys, TextWriter w, int batchSize)
    {
        w.Write("// Generated by depgraph (Neo4jExporter): dataset ");
        w.Write(CypherLiteral.String(dataset.Name));
        w.Write($", {dataset.Nodes.Length} nodes, {dataset.Edges.Length} relationships.\n");
        w.Write("// Idempotent: rerunning it updates the same nodes and relationships. Run with: cypher-shell -f load.cypher\n");
        w.Write("CREATE CONSTRAINT org_id IF NOT EXISTS FOR (n:Org) REQUIRE n.id IS UNIQUE;\n");
        foreach (var kind in EdgeKinds.AllNodeKinds)
        {
            foreach (var batch in dataset.Nodes.Where(n => n.Kind == kind).Chunk(batchSize))
            {
                w.Write("UNWIND [\n");
                for (var i = 0; i < batch.Length; i++)
                {
                    var n = batch[i];
                    w.Write("  {id: ");
                    w.Write(CypherLiteral.String(n.Id));
                    w.Write(", props: ");
                    w.Write(NodeProps(n));
                    w.Write(i + 1 < batch.Length ? "},\n" : "}\n");
                }
                w.Write("] AS row\nMERGE (n:Org {id: row.id})\nSET n += row.props\nSET n:");
                w.Write(Neo4jSchema.Label(kind));
                w.Write(";\n");
            }
        }
        foreach (var kind in EdgeKinds.AllEdgeKinds)
        {
            var indices = Enumerable.Range(0, dataset.Edges.Length).Where(i => dataset.Edges[i].Kind == kind);
            foreach (var batch in indices.Chunk(batchSize))
            {
                w.Write("UNWIND [\n");
                for (var i = 0; i < batch.Length; i++)
                {
                    var e = dataset.Edges[batch[i]];
                    w.Write("  {s: ");
                    w.Write(CypherLiteral.String(e.Source));
                    w.Write(", t: ");
                    w.Write(CypherLiteral.String(e.Target));
                    w.Write(", k: ");
                    w.Write(CypherLiteral.String(keys[batch[i]]));
                    w.Write(", props: ");
                    w.Write(EdgeProps(e));
                    w.Write(i + 1 < batch.Length ? "},\n" : "}\n");
                }
                w.Write("] AS row\nMATCH (a:Org {id: row.s})\nMATCH (b:Org {id: row.t})\nMERGE (a)-[r:");
                w.Write(Neo4jSchema.RelationshipType(kind));
                w.Write(" {key: row.k}]->(b)\nSET r += row.props;\n");
            }
        }
    }

    private static string NodeProps(Node n)
    {
        var p = new PropertyMap();
        p.Str("name_ja", n.NameJa);
        p.Str("name_en", n.NameEn);
        p.Str("kind", n.Kind.Token());
        p.Raw("members_total", CypherLiteral.Integer(n.TotalMembers));
        p.Str("members_json", InterchangeText.MembersJson(n.Members));
        p.Str("members_as_written", n.MembersAsWritten);
        p.List("scope", n.Scope);
        p.Str("department_ja", n.DepartmentJa);
        p.Provenance(n.Provenance);
        p.Str("attributes_json", InterchangeText.AttributesJson(n.Attributes));
        return p.ToString();
    }

    private static string EdgeProps(Edge e)
    {
        var p = new PropertyMap();
        p.Str("flow", e.Flow == InfoFlow.None ? null : e.Flow.Token());
        p.List("channels", e.Channels);
        p.Raw("delay_hours", CypherLiteral.Float(e.DelayHours));
        p.Raw("probability", CypherLiteral.Float(e.Probability));
        p.Raw("strength", CypherLiteral.Float(e.Strength));
        p.Provenance(e.Provenance);
        p.Str("attributes_json", InterchangeText.AttributesJson(e.Attributes));
        return p.ToString();
    }

    /// <summary>A Cypher map literal built in a fixed key order; null values and empty lists are left out.</summary>
    private sealed class PropertyMap
    {
        private readonly StringBuilder _sb = new("{");

        public void Raw(string key, string literal)
        {
            if (_sb.Length > 1) _sb.Append(", ");
            _sb.Append(key).Append(": ").Append(literal);
        }

        public void Str(string key, string? value)
        {
            if (value is not null) Raw(key, CypherLiteral.String(value));
        }

        public void List(string key, IReadOnlyCollection<string> values)
        {
            if (values.Count > 0) Raw(key, CypherLiteral.StringList(values));
        }

        public void Provenance(Provenance p)
        {
            Str("provenance_basis", p.Basis);
            if (!p.Evidence.IsEmpty)
            {
                Raw("evidence_quotes", CypherLiteral.StringList(p.Evidence.Select(e => e.Quote)));
                Raw("evidence_lines", CypherLiteral.IntegerList(p.Evidence.Select(e => (long)e.Line)));
                Raw("evidence_documents", CypherLiteral.StringList(p.Evidence.Select(e => e.Document)));
            }
            Str("assumption", p.Assumption);
        }

        public override string ToString() => _sb.ToString() + "}";
    }
}
