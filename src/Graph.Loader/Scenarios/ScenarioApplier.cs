using System.Collections.Immutable;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Scenarios;

/// <summary>Applies a <see cref="Scenario"/> to a dataset, producing a new dataset, or to a compact graph, producing a new compact graph.</summary>
/// <remarks>
/// <para>Order: remove_nodes (with every edge that touches them), remove_edges, set_edges, then add_edges (appended
/// after the dataset's edges, in file order). Node and edge order is otherwise kept, so an empty scenario gives a
/// dataset equal to the input and every analysis gives byte-identical output.</para>
/// <para>Every added or changed edge carries the provenance reference <c>scenario:&lt;file&gt;:&lt;line&gt;</c>
/// (<see cref="Provenance.Scenario"/>, so its <see cref="Provenance.Kind"/> is <see cref="Basis.Scenario"/>; a changed
/// edge keeps its evidence and assumption) and the attribute <c>scenario</c> with the same label. The
/// <see cref="Edge.ParameterBasis"/> of an added edge, or of an edge whose values are set, is
/// <see cref="Basis.Scenario"/>; an edge whose values are scaled keeps the weaker of its own basis and scenario
/// (half of an assumed probability is still assumed).</para>
/// <para>Errors, each naming the scenario line: an unknown node id (<c>dangling-reference</c>), removing a protected
/// node such as the analysis source (<c>removes-source</c>), a remove_edges or set_edges entry that matches no edge
/// (<c>no-match</c>), a scaled probability above 1 (<c>bad-probability</c>, naming the first such edge in id order).
/// O(n + m) per scenario line kind. Both forms are decided by one <see cref="ScenarioPlan"/>, so
/// <c>Apply(dataset, …).Dataset.ToCompactGraph()</c> and <c>Apply(dataset.ToCompactGraph(), …).Graph</c> are the same graph;
/// the compact form needs no dataset, so <c>compare</c> loads and builds its input once.</para>
/// </remarks>
public static class ScenarioApplier
{
    /// <summary>Attribute naming the scenario line that added or changed an edge.</summary>
    public const string ScenarioAttribute = "scenario";

    /// <summary>Applies <paramref name="scenario"/> to <paramref name="dataset"/>.</summary>
    /// <param name="dataset">The base dataset.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="protectedIds">Ids the scenario must not remove (the analysis sources).</param>
    /// <returns>The application, or every issue (file:line) found.</returns>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    public static LoadResult<ScenarioApplication> Apply(GraphDataset dataset, Scenario scenario, IEnumerable<string>? protectedIds = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.IsEmpty) return new LoadResult<ScenarioApplication>(new ScenarioApplication(scenario, dataset, []), []);
        var g = dataset.ToCompactGraph();
        var plan = ScenarioPlan.Make(g, scenario, protectedIds);
        if (plan.Issues.HasErrors) return new LoadResult<ScenarioApplication>(null, plan.Issues.ToList());
        var edit = plan.Edit;
        // the compact id of each dataset edge: CompactGraph keeps the edges of each source in dataset order
        var next = new int[g.NodeCount];
        for (int v = 0; v < next.Length; v++) next[v] = g.OutStart(v);
        var edges = new List<Edge>(dataset.Edges.Length + plan.Added.Count);
        foreach (var e in dataset.Edges)
        {
            int id = next[g.IndexOf(e.Source)]++;
            if (edit.IsEdgeRemoved(id)) continue;
            if (!plan.SetBy.TryGetValue(id, out var by)) { edges.Add(e); continue; }
            var attrs = e.Attributes.SetItem(ScenarioAttribute, by.Label);
            if (by.Note is { Length: > 0 } note) attrs = attrs.SetItem("scenario_note", note);
            edges.Add(new Edge(e.Source, e.Target, e.Kind, e.Provenance with { Scenario = by.Label }, edit.Weight(id), edit.Probability(id), edit.Strength(id),
                e.Flow, e.Channels, attrs, e.Line, e.File, parameterBases: edit.Bases(id)));
        }
        foreach (var a in plan.Added)
        {
            var label = AppliedScenario.Label(scenario, a.Line);
            var attrs = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal).Add(ScenarioAttribute, label);
            if (a.Note is { Length: > 0 } note) attrs = attrs.Add("note", note);
            edges.Add(new Edge(a.Source, a.Target, a.Kind, Provenance.FromScenario(label),
                a.DelayHours, a.Probability, a.Strength, a.Flow, a.Channels, attrs, a.Line, scenario.File, Basis.Scenario));
        }
        var nodes = plan.RemovedNodes.Count == 0 ? dataset.Nodes : [.. dataset.Nodes.Where(n => !plan.RemovedNodes.Contains(n.Id))];
        var result = new GraphDataset(dataset.Name, nodes, [.. edges], dataset.Sources, dataset.IsCurated, dataset.Channels);
        return new LoadResult<ScenarioApplication>(new ScenarioApplication(scenario, result, [.. plan.Changes]), plan.Issues.ToList());
    }

    /// <summary>
    /// Applies <paramref name="scenario"/> to a compact graph (all edges in stored direction, e.g. from the fast CSV
    /// reader or <c>dataset.ToCompactGraph()</c>): the same changes, errors and numbers as on the dataset, without
    /// needing one. O(n + m).
    /// </summary>
    /// <param name="graph">The base graph.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="protectedIds">Ids the scenario must not remove (the analysis sources).</param>
    /// <returns>The application, or every issue (file:line) found.</returns>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    public static LoadResult<GraphScenarioApplication> Apply(CompactGraph graph, Scenario scenario, IEnumerable<string>? protectedIds = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.IsEmpty) return new LoadResult<GraphScenarioApplication>(new GraphScenarioApplication(scenario, graph, []), []);
        var plan = ScenarioPlan.Make(graph, scenario, protectedIds);
        if (plan.Issues.HasErrors) return new LoadResult<GraphScenarioApplication>(null, plan.Issues.ToList());
        return new LoadResult<GraphScenarioApplication>(new GraphScenarioApplication(scenario, plan.Edit.Build(), [.. plan.Changes]), plan.Issues.ToList());
    }
}
