namespace Depgraph.Reporting.Charts;

/// <summary>Input of <see cref="NetworkChart"/>: layered nodes and the links between them.</summary>
/// <param name="Nodes">The nodes; ids unique.</param>
/// <param name="Edges">The links; both ends must be node ids.</param>
/// <param name="LayerNames">Legend names of the layers by index; <see langword="null"/> for NISC, 所管省庁, CEPTOAR, 構成員.</param>
public sealed record NetworkDiagram(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, IReadOnlyList<LocalizedName>? LayerNames = null)
{
    /// <summary>The default layer names: NISC, 所管省庁/Ministries, CEPTOAR, 構成員/Members.</summary>
    public static IReadOnlyList<LocalizedName> DefaultLayerNames { get; } =
        [new("NISC", "NISC"), new("所管省庁", "Ministries"), new("CEPTOAR", "CEPTOARs"), new("構成員", "Members")];
}
