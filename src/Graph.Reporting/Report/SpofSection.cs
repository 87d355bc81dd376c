namespace Depgraph.Reporting.Report;

/// <summary>Section 3: single points of failure on the information layer (from <see cref="Depgraph.Analysis.Resilience.ResilienceAnalysis.Run"/>).</summary>
/// <param name="Root">The source.</param>
/// <param name="Layer">The edge layer name.</param>
/// <param name="NodeImpact">The organisations whose failure cuts off the most, ranked, at most TopN.</param>
/// <param name="NodeImpactCount">Organisations whose failure cuts off anyone.</param>
/// <param name="LinkImpact">The links whose failure cuts off the most, ranked, at most TopN.</param>
/// <param name="LinkImpactCount">Links whose failure cuts off anyone.</param>
/// <param name="ArticulationPoints">Cut vertices of the undirected view, by members lost (descending) then id.</param>
/// <param name="Bridges">Cut edges of the undirected view, each pair ordered by id, sorted.</param>
/// <param name="StrongComponentCount">Strongly connected components of the directed layer.</param>
/// <param name="StrongArticulationPointCount">Strong articulation points.</param>
/// <param name="StrongBridgeCount">Strong bridges.</param>
/// <param name="Redundancy">Vertex-disjoint routes to each CEPTOAR, fewest first, then id.</param>
/// <param name="HubLabel">What the targets are: CEPTOARs (curated) or member hubs (generic).</param>
public sealed partial record SpofSection(
    NodeRef Root,
    string Layer,
    IReadOnlyList<ImpactRow> NodeImpact,
    int NodeImpactCount,
    IReadOnlyList<LinkImpactRow> LinkImpact,
    int LinkImpactCount,
    IReadOnlyList<NodeRef> ArticulationPoints,
    IReadOnlyList<(NodeRef A, NodeRef B)> Bridges,
    int StrongComponentCount,
    int StrongArticulationPointCount,
    int StrongBridgeCount,
    IReadOnlyList<RedundancyRow> Redundancy,
    HubKind HubLabel);
