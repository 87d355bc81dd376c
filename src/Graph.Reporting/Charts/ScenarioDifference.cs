namespace Depgraph.Reporting.Charts;

/// <summary>One bar of a <see cref="ScenarioDifferenceChart"/>: scenario minus base for one node or target.</summary>
/// <param name="Name">The node's name.</param>
/// <param name="Difference">Scenario − base (negative: worse in the scenario for a "more is better" measure).</param>
/// <param name="Ci95Low">Lower end of the 95 % interval of the difference, or null (exact differences).</param>
/// <param name="Ci95High">Upper end, or null.</param>
public sealed record ScenarioDifference(LocalizedName Name, double Difference, double? Ci95Low = null, double? Ci95High = null);
