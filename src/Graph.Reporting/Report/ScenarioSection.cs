using Depgraph.Analysis.Comparison;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>
/// One comparison section: the base against one <see cref="ReportScenario"/> (from <see cref="ScenarioComparison.Run"/>,
/// whose cascade uses <see cref="CommonRandomCascade"/>), with names resolved for the text.
/// </summary>
/// <param name="Scenario">The scenario compared.</param>
/// <param name="Result">The differences (ids, as the analysis returns them).</param>
/// <param name="Names">The name of every id the section shows.</param>
/// <param name="Chart">The bars of the section's figure: cascade differences (with 95 % intervals) when the scenario changes a
/// failure probability, else the exact differences in members cut off per failing organisation.</param>
/// <param name="ChartShowsCascade">True when <paramref name="Chart"/> holds cascade differences.</param>
/// <param name="CascadeOrigin">The outage the cascade starts from, or null when no cascade was compared.</param>
/// <param name="CascadeIsAssumption">True when the dependency layer rests on the assumed matrix.</param>
public sealed record ScenarioSection(
    ReportScenario Scenario,
    ScenarioComparisonResult Result,
    IReadOnlyDictionary<string, NodeRef> Names,
    IReadOnlyList<ScenarioDifference> Chart,
    bool ChartShowsCascade,
    NodeRef? CascadeOrigin,
    bool CascadeIsAssumption)
{
    /// <summary>The name of <paramref name="id"/> (the id itself for an id the section does not know).</summary>
    /// <param name="id">A node id.</param>
    /// <returns>The reference.</returns>
    public NodeRef Ref(string id) => Names.TryGetValue(id, out NodeRef? n) ? n : new NodeRef(id, Depgraph.Core.Model.NodeKind.Member, id, id);
}
