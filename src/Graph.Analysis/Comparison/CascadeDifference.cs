namespace Depgraph.Analysis.Comparison;

/// <summary>One node's failure probability in base and scenario (common random numbers) and the 95 % interval of the difference.</summary>
/// <param name="Id">Node id.</param>
/// <param name="Base">Failure probability in the base.</param>
/// <param name="Scenario">Failure probability in the scenario.</param>
/// <param name="Difference">Scenario − base (mean of the per-run differences).</param>
/// <param name="Ci95Low">Lower end of the 95 % normal interval of the difference.</param>
/// <param name="Ci95High">Upper end.</param>
public sealed record CascadeDifference(string Id, double Base, double Scenario, double Difference, double Ci95Low, double Ci95High);
