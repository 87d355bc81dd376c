using System.Collections.Immutable;
using System.Globalization;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Scenarios;

/// <summary>Applies a <see cref="Scenario"/> to a dataset, producing a new dataset.</summary>
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
/// (<c>no-match</c>), a scaled probability above 1 (<c>bad-probability</c>). O(n + m) per scenario line kind.</para>
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
        var issues = new IssueCollector(200);
        var file = scenario.File;
        var changes = new List<ScenarioChange>();
        var protect = new HashSet<string>(protectedIds ?? [], StringComparer.Ordinal);

        // remove_nodes
        var removedNodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in scenario.RemoveNodes)
        {
            if (dataset.Find(r.Id) is null) { issues.Error(file, r.Line, IssueCodes.DanglingReference, $"remove_nodes: no node has id '{r.Id}'{Suggest(dataset, r.Id)}."); continue; }
            if (protect.Contains(r.Id)) { issues.Error(file, r.Line, ScenarioIssueCodes.RemovesSource, $"remove_nodes: '{r.Id}' is the source of this analysis; remove another node or start from another source (--from)."); continue; }
            if (!removedNodes.Add(r.Id)) { issues.Error(file, r.Line, IssueCodes.DuplicateId, $"remove_nodes: '{r.Id}' is listed twice."); continue; }
        }
        var edges = new List<Edge?>(dataset.Edges.Length + scenario.AddEdges.Length);
        var touched = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in dataset.Edges)
        {
            if (removedNodes.Contains(e.Source) || removedNodes.Contains(e.Target))
            {
                var id = removedNodes.Contains(e.Source) ? e.Source : e.Target;
                touched[id] = touched.GetValueOrDefault(id) + 1;
                edges.Add(null);
            }
            else edges.Add(e);
        }
        foreach (var r in scenario.RemoveNodes)
            if (removedNodes.Contains(r.Id))
                changes.Add(new ScenarioChange("remove_node", r.Line, $"{r.Id} ({Name(dataset, r.Id)}) and its {touched.GetValueOrDefault(r.Id)} edge(s)", 1));

        // remove_edges
        foreach (var m in scenario.RemoveEdges)
        {
            if (!CheckIds(dataset, m, removedNodes, issues, file, "remove_edges")) continue;
            int count = 0;
            for (int i = 0; i < edges.Count; i++)
                if (edges[i] is { } e && m.Matches(e)) { edges[i] = null; count++; }
            if (count == 0) { issues.Error(file, m.Line, ScenarioIssueCodes.NoMatch, $"remove_edges: no edge {m} in the dataset{AfterRemovals(removedNodes)}; check the ids, type and flow."); continue; }
            changes.Add(new ScenarioChange("remove_edge", m.Line, $"{m} ({count} edge{(count == 1 ? "" : "s")})", count));
        }

        // set_edges
        foreach (var s in scenario.SetEdges)
        {
            if (!CheckIds(dataset, s.Match, removedNodes, issues, file, "set_edges")) continue;
            int count = 0;
            bool bad = false;
            var label = ScenarioApplication.Label(scenario, s.Line);
            var before = new SortedSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < edges.Count; i++)
            {
                if (edges[i] is not { } e || !s.Match.Matches(e)) continue;
                count++;
                double p = s.Probability ?? (s.ScaleProbability is { } sp ? e.Probability * sp : e.Probability);
                double d = s.DelayHours ?? (s.ScaleDelay is { } sd ? e.DelayHours * sd : e.DelayHours);
                double st = s.Strength ?? e.Strength;
                if (p > 1)
                {
                    issues.Error(file, s.Line, IssueCodes.BadProbability,
                        $"set_edges: scale_probability {Num(s.ScaleProbability ?? 1)} makes the probability of {e.Source} -> {e.Target} {Num(p)}, above 1; use a smaller factor or set probability.");
                    bad = true;
                    break;
                }
                before.Add(Describe(e, p, d, st));
                var basis = s.ScaleProbability is not null || s.ScaleDelay is not null ? e.ParameterBasis.Weaker(Basis.Scenario) : Basis.Scenario;
                edges[i] = Rebuild(e, d, p, st, e.Provenance with { Scenario = label }, label, s.Note, basis);
            }
            if (bad) continue;
            if (count == 0) { issues.Error(file, s.Line, ScenarioIssueCodes.NoMatch, $"set_edges: no edge {s.Match} in the dataset{AfterRemovals(removedNodes)}; check the ids, type and flow."); continue; }
            changes.Add(new ScenarioChange("set_edge", s.Line, $"{s.Match}: {string.Join("; ", before.Take(5))}{(before.Count > 5 ? $"; … ({before.Count} in all)" : "")}", count));
        }

        // add_edges
        foreach (var a in scenario.AddEdges)
        {
            bool ok = true;
            foreach (var (role, id) in new[] { ("source", a.Source), ("target", a.Target) })
            {
                if (dataset.Find(id) is null) { issues.Error(file, a.Line, IssueCodes.DanglingReference, $"add_edges: {role} '{id}' is not a node of the dataset{Suggest(dataset, id)}."); ok = false; }
                else if (removedNodes.Contains(id)) { issues.Error(file, a.Line, IssueCodes.DanglingReference, $"add_edges: {role} '{id}' is removed by this scenario (remove_nodes)."); ok = false; }
            }
            if (!ok) continue;
            var label = ScenarioApplication.Label(scenario, a.Line);
            var attrs = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal).Add(ScenarioAttribute, label);
            if (a.Note is { Length: > 0 } note) attrs = attrs.Add("note", note);
            edges.Add(new Edge(a.Source, a.Target, a.Kind, Provenance.FromScenario(label),
                a.DelayHours, a.Probability, a.Strength, a.Flow, a.Channels, attrs, a.Line, file, Basis.Scenario));
            changes.Add(new ScenarioChange("add_edge", a.Line,
                $"{a.Source} -> {a.Target} {a.Kind.Token()}{(a.Flow == InfoFlow.None ? "" : ":" + a.Flow.Token())} (delay {Num(a.DelayHours)} h, probability {Num(a.Probability)})", 1));
        }

        if (issues.HasErrors) return new LoadResult<ScenarioApplication>(null, issues.ToList());
        var nodes = removedNodes.Count == 0 ? dataset.Nodes : [.. dataset.Nodes.Where(n => !removedNodes.Contains(n.Id))];
        var result = new GraphDataset(dataset.Name, nodes, [.. edges.OfType<Edge>()], dataset.Sources, dataset.IsCurated, dataset.Channels);
        changes.Sort((x, y) => x.Line.CompareTo(y.Line));
        return new LoadResult<ScenarioApplication>(new ScenarioApplication(scenario, result, [.. changes]), issues.ToList());
    }

    private static bool CheckIds(GraphDataset ds, ScenarioEdgeMatch m, HashSet<string> removed, IssueCollector issues, string file, string what)
    {
        bool ok = true;
        foreach (var (role, id) in new[] { ("source", m.Source), ("target", m.Target) })
        {
            if (id is null) continue;
            if (ds.Find(id) is null) { issues.Error(file, m.Line, IssueCodes.DanglingReference, $"{what}: {role} '{id}' is not a node of the dataset{Suggest(ds, id)}."); ok = false; }
            else if (removed.Contains(id)) { issues.Error(file, m.Line, ScenarioIssueCodes.NoMatch, $"{what}: {role} '{id}' is removed by this scenario, so none of its edges is left."); ok = false; }
        }
        return ok;
    }

    private static string AfterRemovals(HashSet<string> removed) => removed.Count > 0 ? " (after remove_nodes)" : "";

    private static string Name(GraphDataset ds, string id) => ds.Find(id)?.Name() ?? id;

    private static string Suggest(GraphDataset ds, string id)
    {
        var close = ds.Nodes.Where(n => n.Id.Contains(id, StringComparison.OrdinalIgnoreCase) || id.Contains(n.Id, StringComparison.OrdinalIgnoreCase)
                || n.NameJa == id || string.Equals(n.NameEn, id, StringComparison.OrdinalIgnoreCase))
            .Select(n => n.Id).Take(5).ToList();
        return close.Count > 0 ? $"; did you mean {string.Join(", ", close)}?" : "; `depgraph find TEXT` lists ids";
    }

    private static string Num(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Describe(Edge e, double p, double d, double s)
    {
        var parts = new List<string>();
        if (p != e.Probability) parts.Add($"probability {Num(e.Probability)} → {Num(p)}");
        if (d != e.DelayHours) parts.Add($"delay {Num(e.DelayHours)} → {Num(d)} h");
        if (s != e.Strength) parts.Add($"strength {Num(e.Strength)} → {Num(s)}");
        return $"{e.Source} -> {e.Target} " + (parts.Count > 0 ? string.Join(", ", parts) : "unchanged");
    }

    private static Edge Rebuild(Edge e, double delay, double probability, double strength, Provenance provenance, string label, string? note, Basis basis)
    {
        var attrs = e.Attributes.SetItem(ScenarioAttribute, label);
        if (note is { Length: > 0 }) attrs = attrs.SetItem("scenario_note", note);
        return new(e.Source, e.Target, e.Kind, provenance, delay, probability, strength, e.Flow, e.Channels, attrs, e.Line, e.File, basis);
    }
}
