namespace Depgraph.Reporting.Report;

/// <summary>
/// Section 6 (用語と手法): one example from the loaded data for each term the report uses, so the explanations rest on
/// this network rather than on textbook figures. Every example is null or empty when the data has none; the text then
/// says so. The cascade, threshold and arrival-time examples come from sections 2 and 4 directly.
/// </summary>
/// <param name="ArticulationPoint">An articulation point (the first of <see cref="SpofSection.ArticulationPoints"/> other than the source), or null.</param>
/// <param name="ArticulationCutOff">What is separated from the source when <paramref name="ArticulationPoint"/> is removed, ignoring direction (by id).</param>
/// <param name="Bridge">A bridge on the source's side of the graph: the end that stays connected, then the end cut off; null when none.</param>
/// <param name="BridgeCutOff">Organisations separated from the source when <paramref name="Bridge"/> is removed, ignoring direction.</param>
/// <param name="Dominated">An organisation reached only through others (the deepest in the dominator tree), or null.</param>
/// <param name="Dominators">Its dominators other than the source, nearest first: every route to it passes through each.</param>
/// <param name="MostRoutes">The CEPTOAR (or hub) with the most vertex-disjoint routes from the source, or null.</param>
/// <param name="StrongComponentCount">Strongly connected components of the information layer.</param>
/// <param name="LargestStrongComponent">The organisations of the largest strongly connected component (by id).</param>
public sealed record TermsSection(
    NodeRef? ArticulationPoint,
    IReadOnlyList<NodeRef> ArticulationCutOff,
    (NodeRef Kept, NodeRef Cut)? Bridge,
    int BridgeCutOff,
    NodeRef? Dominated,
    IReadOnlyList<NodeRef> Dominators,
    RedundancyRow? MostRoutes,
    int StrongComponentCount,
    IReadOnlyList<NodeRef> LargestStrongComponent);
