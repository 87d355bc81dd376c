namespace Depgraph.Reporting.Charts;

/// <summary>The number of vertex-disjoint routes from NISC to one CEPTOAR, for <see cref="RedundancyChart"/>.</summary>
/// <param name="Ceptoar">The CEPTOAR.</param>
/// <param name="DisjointRoutes">Vertex-disjoint routes from NISC (≥ 0; 1 means a single point of failure on the way, 0 unreachable).</param>
/// <param name="Direct">True when the source sends to the CEPTOAR directly (a single route then has no organisation on
/// the way, only the one link can fail).</param>
public sealed record CeptoarRedundancy(LocalizedName Ceptoar, int DisjointRoutes, bool Direct = false);
