namespace Depgraph.Reporting.Report;

/// <summary>Routes from the source to one CEPTOAR that share no intermediate organisation (from <see cref="Depgraph.Analysis.Resilience.VertexDisjointPaths"/>).</summary>
/// <param name="Target">The CEPTOAR (or member hub).</param>
/// <param name="DisjointPaths">Vertex-disjoint routes: 0 unreachable, 1 a single route.</param>
/// <param name="Direct">True when the source sends to the CEPTOAR directly (one of the routes has no intermediate organisation).</param>
public sealed record RedundancyRow(NodeRef Target, int DisjointPaths, bool Direct = false);
