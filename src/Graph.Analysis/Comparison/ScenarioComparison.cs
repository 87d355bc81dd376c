using Depgraph.Analysis.Reach;
using Depgraph.Analysis.Resilience;
using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Comparison;

/// <summary>
/// The base graph against a scenario graph (the same dataset with a what-if applied): who is reached, how fast,
/// by how many independent routes, which organisations are single points of failure and what their failure
/// costs, and — when asked — how failure probabilities in a cascade change.
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> Nodes are matched by id. On the information layer, from the sources: reach
/// (<see cref="ReachAnalysis"/>) gives <c>Lost</c>, <c>Gained</c> and <c>ArrivalChanged</c>; one
/// <see cref="ResilienceAnalysis"/> run per graph from the first source gives the articulation points (undirected
/// view), the disjoint routes to every node of <see cref="ComparisonParameters.RedundancyKind"/> and, from the
/// dominator tree, each node's impact (<see cref="CutOffSets"/>). On the dependency layer,
/// <see cref="CommonRandomCascade"/> when cascade sources are given.</para>
/// <para><b>Method and cost.</b> Two reach runs and two resilience runs: about twice one <c>spof</c> run,
/// O((n + m) log n) plus the disjoint-path counts; the cascade adds O(runs · (n + m)). Deterministic.</para>
/// <para><b>Example.</b> Removing ministry.meti from the shipped dataset puts ceptoar.credit, ceptoar.oil and their
/// member groups in <c>Lost</c>.</para>
/// </remarks>
public static class ScenarioComparison
{
    /// <summary>Compares <paramref name="scenarioAll"/> with <paramref name="baseAll"/>.</summary>
    /// <param name="baseAll">The base graph, all edges in stored direction (<c>dataset.ToCompactGraph()</c>).</param>
    /// <param name="scenarioAll">The scenario graph, likewise.</param>
    /// <param name="parameters">Sources, layers, cascade.</param>
    /// <param name="ct">Cancels the cascade.</param>
    /// <returns>The differences.</returns>
    /// <exception cref="ArgumentException">A source is missing from either graph, or parameters are invalid.</exception>
    public static ScenarioComparisonResult Run(CompactGraph baseAll, CompactGraph scenarioAll, ComparisonParameters parameters, CancellationToken ct = default)
    {
        Preconditions.NotNull(baseAll, nameof(baseAll));
        Preconditions.NotNull(scenarioAll, nameof(scenarioAll));
        Preconditions.NotNull(parameters, nameof(parameters)).Validate();
        var gb = baseAll.Select(parameters.InformationLayer);
        var gs = scenarioAll.Select(parameters.InformationLayer);
        int[] srcB = Sources(gb, parameters.Sources, "base"), srcS = Sources(gs, parameters.Sources, "scenario");

        ReachResult rb = null!, rs = null!;
        ResilienceResult zb = null!, zs = null!;
        Parallel.Invoke(
            () => rb = ReachAnalysis.Run(gb, srcB, ReachOptions.Default),
            () => rs = ReachAnalysis.Run(gs, srcS, ReachOptions.Default),
            () => zb = ResilienceAnalysis.Run(gb, srcB[0], Targets(gb, srcB[0], parameters)),
            () => zs = ResilienceAnalysis.Run(gs, srcS[0], Targets(gs, srcS[0], parameters)));

        // reach
        var arrB = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var n in rb.Reached) arrB[gb.Id(n.Vertex)] = n.ArrivalHours;
        var arrS = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var n in rs.Reached) arrS[gs.Id(n.Vertex)] = n.ArrivalHours;
        var lost = arrB.Keys.Where(id => !arrS.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        var gained = arrS.Keys.Where(id => !arrB.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        var arrival = arrB.Where(kv => arrS.TryGetValue(kv.Key, out var t) && t != kv.Value)
            .Select(kv => new ArrivalChange(kv.Key, kv.Value, arrS[kv.Key])).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();

        // redundancy
        var redB = (zb.Redundancy ?? []).ToDictionary(x => gb.Id(x.Target), x => x.Paths, StringComparer.Ordinal);
        var redS = (zs.Redundancy ?? []).ToDictionary(x => gs.Id(x.Target), x => x.Paths, StringComparer.Ordinal);
        var redundancy = redB.Keys.Union(redS.Keys).Order(StringComparer.Ordinal)
            .Select(id => new RedundancyChange(id, redB.GetValueOrDefault(id), redS.GetValueOrDefault(id)))
            .Where(r => r.Base != r.Scenario).ToList();

        // articulation points
        // both lists are by id (IdOrder), so the differences are too
        var apB = zb.ArticulationPoints.Select(gb.Id).ToHashSet(StringComparer.Ordinal);
        var apS = zs.ArticulationPoints.Select(gs.Id).ToHashSet(StringComparer.Ordinal);
        var apAdded = zs.ArticulationPoints.Select(gs.Id).Where(id => !apB.Contains(id)).ToList();
        var apRemoved = zb.ArticulationPoints.Select(gb.Id).Where(id => !apS.Contains(id)).ToList();

        // node impact
        var impact = new List<NodeImpactChange>();
        if (zb.Dominators is { } tb && zs.Dominators is { } ts)
        {
            var cb = new CutOffSets(gb, tb);
            var cs = new CutOffSets(gs, ts);
            for (int v = 0; v < gb.NodeCount; v++)
            {
                var b = cb.Counts(v);
                int w = gs.IndexOf(gb.Id(v));
                ImpactCounts? s = w >= 0 ? cs.Counts(w) : null;
                if (s is { } sv ? sv != b : b.Nodes > 0) impact.Add(new NodeImpactChange(gb.Id(v), b, s));
            }
            for (int w = 0; w < gs.NodeCount; w++)
                if (gb.IndexOf(gs.Id(w)) < 0 && cs.Counts(w).Nodes > 0) impact.Add(new NodeImpactChange(gs.Id(w), null, cs.Counts(w)));
            impact.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        }

        // cascade
        IReadOnlyList<CascadeDifference> cascade = [];
        string? cascadeLayer = null;
        if (parameters.CascadeSources.Count > 0)
        {
            var db = baseAll.Select(parameters.DependencyLayer);
            var ds = scenarioAll.Select(parameters.DependencyLayer);
            foreach (var id in parameters.CascadeSources)
                if (db.IndexOf(id) < 0) throw new ArgumentException($"Cascade source '{id}' is not a node of the base graph.", nameof(parameters));
            cascade = CommonRandomCascade.Run(db, ds, parameters.CascadeSources, parameters.Runs, parameters.Seed, ct);
            cascadeLayer = parameters.DependencyLayer.Name;
        }

        return new ScenarioComparisonResult(parameters.Sources.ToArray(), parameters.InformationLayer.Name,
            rb.Reached.Count, rs.Reached.Count, rb.Coverage.ReachedMembers, rs.Coverage.ReachedMembers,
            lost, gained, arrival, redundancy, apAdded, apRemoved, impact,
            parameters.CascadeSources.ToArray(), cascadeLayer, cascadeLayer is null ? 0 : parameters.Runs, parameters.Seed, cascade);
    }

    private static int[] Sources(CompactGraph g, IReadOnlyList<string> ids, string which)
    {
        var result = new List<int>();
        foreach (var id in ids)
        {
            int v = g.IndexOf(id);
            if (v < 0) throw new ArgumentException($"Source '{id}' is not a node of the {which} graph.", nameof(ids));
            if (!result.Contains(v)) result.Add(v);
        }
        return [.. result];
    }

    private static int[] Targets(CompactGraph g, int root, ComparisonParameters p)
    {
        var t = new List<int>();
        for (int v = 0; v < g.NodeCount; v++) if (v != root && g.Kind(v) == p.RedundancyKind) t.Add(v);
        return IdOrder.Sort(g, t);
    }
}
