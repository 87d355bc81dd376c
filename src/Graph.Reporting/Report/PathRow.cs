namespace Depgraph.Reporting.Report;

/// <summary>One propagation path (from <see cref="Depgraph.Analysis.Propagation.KShortestPaths.Find"/>).</summary>
/// <param name="Nodes">The nodes from the failing supplier to the dependant.</param>
/// <param name="Hours">Total time to impact in hours.</param>
public sealed record PathRow(IReadOnlyList<NodeRef> Nodes, double Hours)
{
    /// <summary>Links on the path.</summary>
    public int Hops => Nodes.Count - 1;
}
