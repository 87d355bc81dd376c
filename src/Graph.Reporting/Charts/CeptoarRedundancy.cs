namespace Depgraph.Reporting.Charts;

/// <summary>The number of vertex-disjoint routes from NISC to one CEPTOAR, for <see cref="RedundancyChart"/>.</summary>
/// <param name="Ceptoar">The CEPTOAR.</param>
/// <param name="DisjointRoutes">Vertex-disjoint routes from NISC (≥ 0; 1 means a single point of failure on the way, 0 unreachable).</param>
public sealed record CeptoarRedundancy(LocalizedName Ceptoar, int DisjointRoutes);
