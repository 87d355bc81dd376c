namespace Depgraph.Analysis.Propagation;

/// <summary>One loopless path an alert or a failure can take.</summary>
/// <param name="Nodes">Vertex indices from source to target.</param>
/// <param name="Hours">Total delay: the sum, in path order, of the cheapest edge weight between consecutive vertices.</param>
/// <remarks>Equality is record equality (the node list is compared by reference); compare <c>Nodes</c> with <c>SequenceEqual</c>.</remarks>
public sealed record PropagationPath(IReadOnlyList<int> Nodes, double Hours)
{
    /// <summary>Number of edges (hand-overs) on the path.</summary>
    public int Hops => Nodes.Count - 1;
}
