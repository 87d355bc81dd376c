using Depgraph.Analysis.Comparison;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>
/// The comparison sections of <c>report --scenario</c>: runs <see cref="ScenarioComparison.Run"/> on the base graph and
/// the scenario's graph, from the report's source on its information layer, and — when the report has a propagation
/// section — a cascade from the first outage of section 4 with common random numbers, the report's runs and seed.
/// Cost: about two <c>spof</c> runs and one cascade pair per scenario.
/// </summary>
internal static class ScenarioSectionBuilder
{
    public static ScenarioSection Build(ReportContext c, ReportScenario scenario, EdgeLayer infoLayer, EdgeLayer depLayer,
        PropagationSection propagation, ReportOptions options, CancellationToken ct)
    {
        CompactGraph baseAll = c.Graph;
        CompactGraph scenarioAll = ReferenceEquals(scenario.Dataset, c.Dataset) ? baseAll : scenario.Dataset.ToCompactGraph();
        NodeRef? origin = propagation.Available && propagation.Outcomes.Count > 0 ? propagation.Outcomes[0].Origin : null;
        if (origin is not null && scenarioAll.IndexOf(origin.Id) < 0) origin = null;
        var parameters = new ComparisonParameters
        {
            Sources = [baseAll.Id(c.Root)],
            InformationLayer = infoLayer,
            CascadeSources = origin is null ? [] : [origin.Id],
            DependencyLayer = depLayer,
            Runs = options.Runs,
            Seed = options.Seed,
        };
        ScenarioComparisonResult r = ScenarioComparison.Run(baseAll, scenarioAll, parameters, ct);

        var names = new Dictionary<string, NodeRef>(StringComparer.Ordinal);
        void Name(string? id)
        {
            if (id is null || names.ContainsKey(id)) return;
            int v = baseAll.IndexOf(id);
            if (v >= 0) names[id] = c.Ref(v);
        }

        foreach (ScenarioEdit e in scenario.Edits) { Name(e.Source); Name(e.Target); }
        foreach (string id in r.Lost.Concat(r.Gained).Concat(r.ArticulationPointsAdded).Concat(r.ArticulationPointsRemoved)) Name(id);
        foreach (ArrivalChange a in r.ArrivalChanged) Name(a.Id);
        foreach (RedundancyChange x in r.Redundancy) Name(x.Id);
        foreach (NodeImpactChange x in r.NodeImpact) Name(x.Id);
        foreach (CascadeDifference x in r.Cascade) Name(x.Id);

        LocalizedName Loc(string id) => names.TryGetValue(id, out NodeRef? n) ? n.ToLocalized() : new LocalizedName(id, id);
        bool cascade = r.Cascade.Any(x => x.Difference != 0);
        IReadOnlyList<ScenarioDifference> chart = cascade
            ? r.Cascade.Select(x => new ScenarioDifference(Loc(x.Id), x.Difference, x.Ci95Low, x.Ci95High)).ToList()
            : r.NodeImpact.Select(x => new ScenarioDifference(Loc(x.Id), (x.Scenario?.Members ?? 0) - (x.Base?.Members ?? 0))).ToList();
        return new ScenarioSection(scenario, r, names, chart, cascade, origin, propagation.IsAssumption);
    }
}
