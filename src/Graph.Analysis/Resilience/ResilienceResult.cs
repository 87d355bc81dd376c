namespace Depgraph.Analysis.Resilience;

/// <summary>
/// Everything <see cref="ResilienceAnalysis.Run"/> computes about single points of failure, on vertex indices of the
/// analysed graph (translate with <c>CompactGraph.Id</c>). Immutable.
/// </summary>
/// <param name="NodeCount">Number of vertices of the analysed graph.</param>
/// <param name="EdgeCount">Number of edges of the analysed graph (parallel edges counted).</param>
/// <param name="ArticulationPoints">Cut vertices of the simple undirected view, by id (<see cref="Resilience.ArticulationPoints"/>, <see cref="IdOrder"/>).</param>
/// <param name="Bridges">Cut edges of the simple undirected view, the smaller id first, sorted by id (<see cref="Resilience.Bridges"/>, <see cref="IdOrder"/>).</param>
/// <param name="StrongComponentCount">Number of strongly connected components.</param>
/// <param name="StrongArticulationPoints">Vertices whose removal increases the number of SCCs, by id.</param>
/// <param name="StrongBridges">Edges whose removal increases the number of SCCs, sorted by source id, then target id.</param>
/// <param name="Root">The source the directed analyses start from, or null when none was given.</param>
/// <param name="Dominators">Dominator tree from <paramref name="Root"/>; null without a root.</param>
/// <param name="NodeImpact">Ranked single-vertex failures (<see cref="Resilience.NodeImpact"/>); null without a root.</param>
/// <param name="LinkImpact">Ranked single-link failures (<see cref="Resilience.LinkImpact"/>); null without a root.</param>
/// <param name="Redundancy">Internally vertex-disjoint paths from <paramref name="Root"/> to each requested target, in the
/// order given (<see cref="VertexDisjointPaths"/>); null when no targets were requested.</param>
public sealed record ResilienceResult(
    int NodeCount,
    int EdgeCount,
    IReadOnlyList<int> ArticulationPoints,
    IReadOnlyList<(int A, int B)> Bridges,
    int StrongComponentCount,
    IReadOnlyList<int> StrongArticulationPoints,
    IReadOnlyList<(int Source, int Target)> StrongBridges,
    int? Root,
    DominatorTree? Dominators,
    IReadOnlyList<NodeImpactEntry>? NodeImpact,
    IReadOnlyList<LinkImpactEntry>? LinkImpact,
    IReadOnlyList<(int Target, int Paths)>? Redundancy);
