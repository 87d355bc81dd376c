namespace Depgraph.Analysis.Comparison;

/// <summary>A target whose number of vertex-disjoint routes from the source differs.</summary>
/// <param name="Id">Target id.</param>
/// <param name="Base">Disjoint routes in the base (0 when absent or unreachable).</param>
/// <param name="Scenario">Disjoint routes in the scenario.</param>
public sealed record RedundancyChange(string Id, int Base, int Scenario);
