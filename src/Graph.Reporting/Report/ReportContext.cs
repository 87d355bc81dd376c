using Depgraph.Core;
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
    private readonly Func<int, NodeRef> _ref;

    public ReportContext(GraphDataset dataset, CompactGraph graph, CompactGraph info, int root, HubKind hubKind, ReportLabels labels, EdgeLayer informationLayer, EdgeLayer dependencyLayer)
    {
        Dataset = dataset;
        Graph = graph;
        Info = info;
        Root = root;
        HubKind = hubKind;
        Labels = labels;
        InformationLayer = informationLayer;
        DependencyLayer = dependencyLayer;
        _ref = ReportChartsBuilder.NodeRefs(dataset, graph);
    }

    /// <summary>
    /// The checks a report and a single chart share: non-null inputs, a graph built from the dataset, options validated
    /// (<see cref="ReportOptions.Default"/> when null); then the context.
    /// </summary>
    internal static (ReportContext Context, ReportOptions Options) Checked(GraphDataset dataset, CompactGraph graph, ReportOptions? options)
    {
        Preconditions.NotNull(dataset, nameof(dataset));
        Preconditions.NotNull(graph, nameof(graph));
        if (graph.NodeCount != dataset.Nodes.Length)
        {
            throw new ArgumentException($"the graph has {graph.NodeCount} nodes, the dataset {dataset.Nodes.Length}: build it from the dataset.", nameof(graph));
        }

        options = (options ?? ReportOptions.Default).Validate();
        return (Create(dataset, graph, options), options);
    }

    /// <summary>The context of a report (or one of its charts) on <paramref name="graph"/> with validated <paramref name="options"/>.</summary>
    public static ReportContext Create(GraphDataset dataset, CompactGraph graph, ReportOptions options)
    {
        EdgeLayer infoLayer = options.InformationLayer ?? (dataset.IsCurated ? EdgeLayer.Information : EdgeLayer.All);
        CompactGraph info = graph.Select(infoLayer);
        int root = ReportBuilder.ResolveRoot(info, options.From);
        return new ReportContext(dataset, graph, info, root, dataset.IsCurated ? HubKind.Ceptoar : HubKind.MemberHub, options.Labels,
            infoLayer, options.DependencyLayer ?? EdgeLayer.Dependency);
    }

    /// <summary>The layer reach and single points of failure run on.</summary>
    public EdgeLayer InformationLayer { get; }

    /// <summary>The layer propagation runs on.</summary>
    public EdgeLayer DependencyLayer { get; }

    public GraphDataset Dataset { get; }

    /// <summary>All edges.</summary>
    public CompactGraph Graph { get; }

    /// <summary>The information layer (same vertex numbers as <see cref="Graph"/>).</summary>
    public CompactGraph Info { get; }

    public int Root { get; }

    public HubKind HubKind { get; }

    public ReportLabels Labels { get; }

    /// <summary>The reference of vertex <paramref name="v"/>, with the dataset node's names.</summary>
    public NodeRef Ref(int v) => _ref(v);
}
