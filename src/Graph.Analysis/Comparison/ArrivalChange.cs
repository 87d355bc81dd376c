namespace Depgraph.Analysis.Comparison;

/// <summary>A node reached in both base and scenario whose earliest arrival differs.</summary>
/// <param name="Id">Node id.</param>
/// <param name="Base">Arrival in the base, hours.</param>
/// <param name="Scenario">Arrival in the scenario, hours.</param>
public sealed record ArrivalChange(string Id, double Base, double Scenario);
