namespace Depgraph.Loader.Scenarios;

/// <summary>What one line of a scenario did to the dataset.</summary>
/// <param name="Action"><c>remove_node</c>, <c>remove_edge</c>, <c>add_edge</c> or <c>set_edge</c>.</param>
/// <param name="Line">1-based line in the scenario file.</param>
/// <param name="Description">What changed, e.g. <c>ministry.meti (and its 12 edges)</c> or <c>probability 0.3 → 0.15</c>.</param>
/// <param name="Count">How many nodes or edges it touched.</param>
public sealed record ScenarioChange(string Action, int Line, string Description, int Count);
