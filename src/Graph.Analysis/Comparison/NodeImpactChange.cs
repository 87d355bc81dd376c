namespace Depgraph.Analysis.Comparison;

/// <summary>A node whose failure costs a different amount in base and scenario.</summary>
/// <param name="Id">Node id.</param>
/// <param name="Base">Its impact in the base; null when the base has no such node.</param>
/// <param name="Scenario">Its impact in the scenario; null when the scenario removed it.</param>
public sealed record NodeImpactChange(string Id, ImpactCounts? Base, ImpactCounts? Scenario);
