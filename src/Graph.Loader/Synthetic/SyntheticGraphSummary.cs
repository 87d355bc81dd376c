namespace Depgraph.Loader.Synthetic;

/// <summary>What a <see cref="SyntheticGraphGenerator"/> run wrote.</summary>
/// <param name="Nodes">Nodes written (equals the requested count).</param>
/// <param name="Edges">Edges written (equals the requested count).</param>
/// <param name="Members">Member nodes, isolated ones included.</param>
/// <param name="IsolatedMembers">Members with no edge at all.</param>
/// <param name="DualMembers">Members that belong to two hubs.</param>
/// <param name="SharesWithEdges">Downward <c>shares_with</c> edges (hierarchy and hub → member).</param>
/// <param name="SuppliesEdges">Member → member <c>supplies</c> edges.</param>
/// <param name="MaxOutDegree">Largest out-degree over all nodes.</param>
/// <param name="MaxInDegree">Largest in-degree over all nodes.</param>
public sealed record SyntheticGraphSummary(
    int Nodes, int Edges, int Members, int IsolatedMembers, int DualMembers,
    int SharesWithEdges, int SuppliesEdges, int MaxOutDegree, int MaxInDegree);
