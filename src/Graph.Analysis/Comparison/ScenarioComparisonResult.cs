namespace Depgraph.Analysis.Comparison;

/// <summary>
/// The base against one scenario (<see cref="ScenarioComparison.Run"/>). Lists hold only what changed, sorted by id
/// (ordinal), except <see cref="Cascade"/>, which holds every node that fails in either, sorted by the size of the
/// difference (largest first), then id.
/// </summary>
/// <param name="Sources">Source ids of the information flow.</param>
/// <param name="InformationLayer">The layer reach and resilience ran on.</param>
/// <param name="ReachedBase">Nodes reached in the base.</param>
/// <param name="ReachedScenario">Nodes reached in the scenario.</param>
/// <param name="MembersBase">Member organisations reached in the base.</param>
/// <param name="MembersScenario">Member organisations reached in the scenario.</param>
/// <param name="Lost">Reached in the base, not in the scenario (including nodes the scenario removed).</param>
/// <param name="Gained">Reached in the scenario, not in the base.</param>
/// <param name="ArrivalChanged">Reached in both, at a different earliest arrival.</param>
/// <param name="Redundancy">Targets whose number of disjoint routes changed.</param>
/// <param name="ArticulationPointsAdded">Articulation points of the scenario that are not ones in the base.</param>
/// <param name="ArticulationPointsRemoved">Articulation points of the base that are not ones in the scenario.</param>
/// <param name="NodeImpact">Nodes whose failure costs a different amount.</param>
/// <param name="CascadeSources">Ids the cascade starts from (empty when no cascade was run).</param>
/// <param name="CascadeLayer">The dependency layer of the cascade, or null.</param>
/// <param name="Runs">Monte Carlo runs (0 when no cascade).</param>
/// <param name="Seed">The seed.</param>
/// <param name="Cascade">Per-node failure probabilities and differences.</param>
public sealed record ScenarioComparisonResult(
    IReadOnlyList<string> Sources, string InformationLayer,
    int ReachedBase, int ReachedScenario, long MembersBase, long MembersScenario,
    IReadOnlyList<string> Lost, IReadOnlyList<string> Gained, IReadOnlyList<ArrivalChange> ArrivalChanged,
    IReadOnlyList<RedundancyChange> Redundancy,
    IReadOnlyList<string> ArticulationPointsAdded, IReadOnlyList<string> ArticulationPointsRemoved,
    IReadOnlyList<NodeImpactChange> NodeImpact,
    IReadOnlyList<string> CascadeSources, string? CascadeLayer, int Runs, int Seed,
    IReadOnlyList<CascadeDifference> Cascade)
{
    /// <summary>True when nothing differs (an empty scenario gives this exactly).</summary>
    public bool IsUnchanged => Lost.Count == 0 && Gained.Count == 0 && ArrivalChanged.Count == 0 && Redundancy.Count == 0
        && ArticulationPointsAdded.Count == 0 && ArticulationPointsRemoved.Count == 0 && NodeImpact.Count == 0
        && Cascade.All(c => c.Difference == 0 && c.Ci95Low == 0 && c.Ci95High == 0);
}
