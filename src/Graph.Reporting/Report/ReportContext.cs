using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Reporting.Report;

/// <summary>
/// What every section builder of one report shares: the dataset, its compact graph (built once), the information
/// layer, the source vertex, the kind of hub and the labels; and one <see cref="NodeRef"/> per vertex, found by id
/// (a vertex number is a position in the compact graph, not in the dataset's node list).
/// </summary>
internal sealed class ReportContext
{
    private readonly NodeRef?[] _refs;

    public ReportContext(GraphDataset dataset, CompactGraph graph, CompactGraph info, int root, HubKind hubKind, ReportLabels labels)
    {
        Dataset = dataset;
        Graph = graph;
        Info = info;
        Root = root;
        HubKind = hubKind;
        Labels = labels;
        _refs = new NodeRef?[graph.NodeCount];
    }

    public GraphDataset Dataset { get; }

    /// <summary>All edges.</summary>
    public CompactGraph Graph { get; }

    /// <summary>The information layer (same vertex numbers as <see cref="Graph"/>).</summary>
    public CompactGraph Info { get; }

    public int Root { get; }

    public HubKind HubKind { get; }

    public ReportLabels Labels { get; }

    /// <summary>The reference of vertex <paramref name="v"/>, with the dataset node's names.</summary>
    public NodeRef Ref(int v) => _refs[v] ??= Create(v);

    private NodeRef Create(int v)
    {
        string id = Graph.Id(v);
        Node? node = Dataset.Find(id);
        return node is not null
            ? new NodeRef(node.Id, node.Kind, node.NameJa, node.NameEn)
            : new NodeRef(id, Graph.Kind(v), Graph.Label(v, Language.Japanese), Graph.Label(v, Language.English));
    }
}
