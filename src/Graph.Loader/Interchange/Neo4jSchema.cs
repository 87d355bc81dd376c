using Depgraph.Core.Model;

namespace Depgraph.Loader.Interchange;

/// <summary>
/// The Neo4j side of the mapping, shared by <see cref="Neo4jExporter"/> and <see cref="Neo4jCsvReader"/>:
/// labels, relationship types, file names, CSV headers and the array delimiter (documented in <c>docs/neo4j.md</c>).
/// </summary>
/// <remarks>
/// Every node carries the label <see cref="OrgLabel"/> plus the PascalCase label of its kind; all node ids live in the
/// one id space <c>Org</c> because edges cross labels. Relationship types are the upper-case edge tokens.
/// </remarks>
public static class Neo4jSchema
{
    /// <summary>The label every node carries, and the neo4j-admin id space.</summary>
    public const string OrgLabel = "Org";

    /// <summary>
    /// The array delimiter passed to <c>neo4j-admin --array-delimiter</c>. neo4j-admin has no way to escape it inside an
    /// array item, so an item containing it is written with <see cref="ArrayDelimiterSubstitute"/> instead (CSV only;
    /// load.cypher keeps every item exact).
    /// </summary>
    public const char ArrayDelimiter = '|';

    /// <summary>What <see cref="ArrayDelimiter"/> becomes inside an array item of the CSV files: U+00A6 BROKEN BAR.</summary>
    public const char ArrayDelimiterSubstitute = '\u00A6';

    /// <summary>Header of every node file.</summary>
    public static IReadOnlyList<string> NodeHeader { get; } =
    [
        "id:ID(Org)", "name_ja", "name_en", "kind", "members_total:long", "members_json", "members_as_written",
        "scope:string[]", "department_ja", "provenance_basis", "evidence_quotes:string[]", "evidence_lines:int[]",
        "evidence_documents:string[]", "assumption", "attributes_json", ":LABEL",
    ];

    /// <summary>Header of every relationship file.</summary>
    public static IReadOnlyList<string> RelationshipHeader { get; } =
    [
        ":START_ID(Org)", ":END_ID(Org)", ":TYPE", "key", "flow", "channels:string[]", "delay_hours:double",
        "probability:double", "strength:double", "provenance_basis", "evidence_quotes:string[]", "evidence_lines:int[]",
        "evidence_documents:string[]", "assumption", "attributes_json",
    ];

    /// <summary>The PascalCase label of a kind: Government, Ministry, Sector, Ceptoar, Council, Secretariat, Isac, Coordination, Member, External, Exercise, Resource.</summary>
    public static string Label(NodeKind kind) => kind.ToString();

    /// <summary>The relationship type of an edge kind: SHARES_WITH, OVERSEES, BELONGS_TO, OPERATES, MEMBER_OF, PARTICIPATES_IN, DEPENDS_ON, SUPPLIES.</summary>
    public static string RelationshipType(EdgeKind kind) => kind.Token().ToUpperInvariant();

    /// <summary>The node file of a kind, e.g. <c>nodes_Ceptoar.csv</c>.</summary>
    public static string NodeFileName(NodeKind kind) => $"nodes_{Label(kind)}.csv";

    /// <summary>The relationship file of an edge kind, e.g. <c>rels_SHARES_WITH.csv</c>.</summary>
    public static string RelationshipFileName(EdgeKind kind) => $"rels_{RelationshipType(kind)}.csv";

    /// <summary>
    /// The deterministic key of an edge, unique in the dataset: <c>TYPE:source-&gt;target#n</c> where n counts the
    /// parallel edges of the same type between the same endpoints in input order. MERGE on it keeps parallel edges
    /// distinct and makes reruns idempotent.
    /// </summary>
    public static IReadOnlyList<string> EdgeKeys(GraphDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var seen = new Dictionary<(string, string, EdgeKind), int>();
        var keys = new string[dataset.Edges.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var e = dataset.Edges[i];
            var k = (e.Source, e.Target, e.Kind);
            var n = seen.GetValueOrDefault(k);
            seen[k] = n + 1;
            keys[i] = $"{RelationshipType(e.Kind)}:{e.Source}->{e.Target}#{n}";
        }
        return keys;
    }
}
