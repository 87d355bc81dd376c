using System.Globalization;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Scenarios;

/// <summary>
/// What a scenario does to a graph, decided once on its compact form: which vertices and edges go, which edges get which
/// numbers (with the scenario line that set them), which edges are added, the change list and every error. The one place
/// where a scenario is interpreted; <see cref="ScenarioApplier"/> turns a plan into a new dataset or a new compact graph.
/// </summary>
/// <remarks>
/// Order: remove_nodes (with every edge that touches them), remove_edges, set_edges (a later line sees the values an
/// earlier one set), then add_edges. O(n + m) per scenario line kind; a match with a source or target scans only that
/// vertex's edges.
/// </remarks>
internal sealed class ScenarioPlan
{
    private ScenarioPlan(CompactGraph graph) => Edit = new CompactGraphEdit(graph);

    /// <summary>The changes on the compact graph.</summary>
    public CompactGraphEdit Edit { get; }

    /// <summary>Per edge whose numbers are set: the provenance label of the last line that set them and the last note given.</summary>
    public Dictionary<int, (string Label, string? Note)> SetBy { get; } = [];

    /// <summary>The edges added, in file order.</summary>
    public List<ScenarioEdgeAddition> Added { get; } = [];

    /// <summary>The ids of the vertices removed.</summary>
    public HashSet<string> RemovedNodes { get; } = new(StringComparer.Ordinal);

    /// <summary>One change per applied line, sorted by line.</summary>
    public List<ScenarioChange> Changes { get; } = [];

    /// <summary>Every problem, each naming the scenario line.</summary>
    public IssueCollector Issues { get; } = new(200);

    /// <summary>Decides what <paramref name="scenario"/> does to <paramref name="g"/> (all edges in stored direction).</summary>
    public static ScenarioPlan Make(CompactGraph g, Scenario scenario, IEnumerable<string>? protectedIds)
    {
        var plan = new ScenarioPlan(g);
        var edit = plan.Edit;
        var issues = plan.Issues;
        var file = scenario.File;
        var protect = new HashSet<string>(protectedIds ?? [], StringComparer.Ordinal);

        // remove_nodes
        foreach (var r in scenario.RemoveNodes)
        {
            int v = g.IndexOf(r.Id);
            if (v < 0) { issues.Error(file, r.Line, IssueCodes.DanglingReference, $"remove_nodes: no node has id '{r.Id}'{Suggest(g, r.Id)}."); continue; }
            if (protect.Contains(r.Id)) { issues.Error(file, r.Line, ScenarioIssueCodes.RemovesSource, $"remove_nodes: '{r.Id}' is the source of this analysis; remove another node or start from another source (--from)."); continue; }
            if (!plan.RemovedNodes.Add(r.Id)) { issues.Error(file, r.Line, IssueCodes.DuplicateId, $"remove_nodes: '{r.Id}' is listed twice."); continue; }
            edit.RemoveNode(v);
        }
        foreach (var r in scenario.RemoveNodes)
        {
            if (!plan.RemovedNodes.Contains(r.Id)) continue;
            // an edge between two removed vertices counts for its source
            int v = g.IndexOf(r.Id), touched = g.OutDegree(v);
            foreach (int e in g.InEdges(v)) if (!edit.IsNodeRemoved(g.Source(e))) touched++;
            plan.Changes.Add(new ScenarioChange("remove_node", r.Line, $"{r.Id} ({Name(g, v)}) and its {touched} edge(s)", 1));
        }

        // remove_edges
        foreach (var m in scenario.RemoveEdges)
        {
            if (!CheckIds(g, m, plan.RemovedNodes, issues, file, "remove_edges", out int s, out int t)) continue;
            int count = 0;
            foreach (int e in Candidates(g, s, t))
                if (!edit.IsEdgeRemoved(e) && Matches(g, e, m, s, t)) { edit.RemoveEdge(e); count++; }
            if (count == 0) { issues.Error(file, m.Line, ScenarioIssueCodes.NoMatch, $"remove_edges: no edge {m} in the dataset{AfterRemovals(plan.RemovedNodes)}; check the ids, type and flow."); continue; }
            plan.Changes.Add(new ScenarioChange("remove_edge", m.Line, $"{m} ({count} edge{(count == 1 ? "" : "s")})", count));
        }

        // set_edges
        foreach (var set in scenario.SetEdges)
        {
            if (!CheckIds(g, set.Match, plan.RemovedNodes, issues, file, "set_edges", out int s, out int t)) continue;
            var label = AppliedScenario.Label(scenario, set.Line);
            var matched = new List<int>();
            foreach (int e in Candidates(g, s, t))
                if (!edit.IsEdgeRemoved(e) && Matches(g, e, set.Match, s, t)) matched.Add(e);
            double P(int e) => set.Probability ?? (set.ScaleProbability is { } sp ? edit.Probability(e) * sp : edit.Probability(e));
            // the first offending edge in id order, whatever the graph's edge order
            int over = -1;
            foreach (int e in matched)
                if (P(e) > 1 && (over < 0 || CompareIds(g, e, over) < 0)) over = e;
            if (over >= 0)
            {
                issues.Error(file, set.Line, IssueCodes.BadProbability,
                    $"set_edges: scale_probability {Num(set.ScaleProbability ?? 1)} makes the probability of {g.Id(g.Source(over))} -> {g.Id(g.Target(over))} {Num(P(over))}, above 1; use a smaller factor or set probability.");
                continue;
            }
            if (matched.Count == 0) { issues.Error(file, set.Line, ScenarioIssueCodes.NoMatch, $"set_edges: no edge {set.Match} in the dataset{AfterRemovals(plan.RemovedNodes)}; check the ids, type and flow."); continue; }
            var before = new SortedSet<string>(StringComparer.Ordinal);
            foreach (int e in matched)
            {
                double p = P(e);
                double d = set.DelayHours ?? (set.ScaleDelay is { } sd ? edit.Weight(e) * sd : edit.Weight(e));
                double st = set.Strength ?? edit.Strength(e);
                before.Add(Describe(g, edit, e, p, d, st));
                var basis = set.ScaleProbability is not null || set.ScaleDelay is not null ? edit.Bases(e).Weakest.Weaker(Basis.Scenario) : Basis.Scenario;
                edit.SetEdge(e, d, p, st, ParameterBases.All(basis));
                plan.SetBy[e] = (label, set.Note is { Length: > 0 } note ? note : plan.SetBy.TryGetValue(e, out var was) ? was.Note : null);
            }
            plan.Changes.Add(new ScenarioChange("set_edge", set.Line, $"{set.Match}: {string.Join("; ", before.Take(5))}{(before.Count > 5 ? $"; … ({before.Count} in all)" : "")}", matched.Count));
        }

        // add_edges
        foreach (var a in scenario.AddEdges)
        {
            bool ok = true;
            foreach (var (role, id) in new[] { ("source", a.Source), ("target", a.Target) })
            {
                if (g.IndexOf(id) < 0) { issues.Error(file, a.Line, IssueCodes.DanglingReference, $"add_edges: {role} '{id}' is not a node of the dataset{Suggest(g, id)}."); ok = false; }
                else if (plan.RemovedNodes.Contains(id)) { issues.Error(file, a.Line, IssueCodes.DanglingReference, $"add_edges: {role} '{id}' is removed by this scenario (remove_nodes)."); ok = false; }
            }
            if (!ok) continue;
            edit.AddEdge(g.IndexOf(a.Source), g.IndexOf(a.Target), a.Kind, a.Flow, a.DelayHours, a.Probability, a.Strength, ParameterBases.All(Basis.Scenario));
            plan.Added.Add(a);
            plan.Changes.Add(new ScenarioChange("add_edge", a.Line,
                $"{a.Source} -> {a.Target} {a.Kind.Token()}{(a.Flow == InfoFlow.None ? "" : ":" + a.Flow.Token())} (delay {Num(a.DelayHours)} h, probability {Num(a.Probability)})", 1));
        }
        plan.Changes.Sort((x, y) => x.Line.CompareTo(y.Line));
        return plan;
    }

    private static IEnumerable<int> Candidates(CompactGraph g, int s, int t)
    {
        if (s >= 0)
        {
            for (int e = g.OutStart(s); e < g.OutEnd(s); e++) yield return e;
        }
        else if (t >= 0)
        {
            var ins = g.InEdges(t).ToArray();
            Array.Sort(ins);
            foreach (int e in ins) yield return e;
        }
        else
        {
            for (int e = 0; e < g.EdgeCount; e++) yield return e;
        }
    }

    private static bool Matches(CompactGraph g, int e, ScenarioEdgeMatch m, int s, int t) =>
        (s < 0 || g.Source(e) == s) && (t < 0 || g.Target(e) == t)
        && (m.Kind is null || g.EdgeKindOf(e) == m.Kind) && (m.Flow is null || g.FlowOf(e) == m.Flow);

    private static int CompareIds(CompactGraph g, int a, int b)
    {
        int c = string.CompareOrdinal(g.Id(g.Source(a)), g.Id(g.Source(b)));
        return c != 0 ? c : string.CompareOrdinal(g.Id(g.Target(a)), g.Id(g.Target(b)));
    }

    private static bool CheckIds(CompactGraph g, ScenarioEdgeMatch m, HashSet<string> removed, IssueCollector issues, string file, string what, out int s, out int t)
    {
        bool ok = true;
        s = t = -1;
        foreach (var (role, id) in new[] { ("source", m.Source), ("target", m.Target) })
        {
            if (id is null) continue;
            int v = g.IndexOf(id);
            if (v < 0) { issues.Error(file, m.Line, IssueCodes.DanglingReference, $"{what}: {role} '{id}' is not a node of the dataset{Suggest(g, id)}."); ok = false; }
            else if (removed.Contains(id)) { issues.Error(file, m.Line, ScenarioIssueCodes.NoMatch, $"{what}: {role} '{id}' is removed by this scenario, so none of its edges is left."); ok = false; }
            if (role == "source") s = v; else t = v;
        }
        return ok;
    }

    private static string AfterRemovals(HashSet<string> removed) => removed.Count > 0 ? " (after remove_nodes)" : "";

    /// <summary>The node's name as <see cref="Node.Name"/> gives it: Japanese, else English, else the id.</summary>
    private static string Name(CompactGraph g, int v)
    {
        var ja = g.Label(v, Language.Japanese);
        return ja != g.Id(v) ? ja : g.Label(v, Language.English);
    }

    private static string Suggest(CompactGraph g, string id)
    {
        var close = new List<string>();
        for (int v = 0; v < g.NodeCount && close.Count < 5; v++)
        {
            var n = g.Id(v);
            if (n.Contains(id, StringComparison.OrdinalIgnoreCase) || id.Contains(n, StringComparison.OrdinalIgnoreCase)
                || g.Label(v, Language.Japanese) == id || string.Equals(g.Label(v, Language.English), id, StringComparison.OrdinalIgnoreCase))
                close.Add(n);
        }
        return close.Count > 0 ? $"; did you mean {string.Join(", ", close)}?" : "; `depgraph find TEXT` lists ids";
    }

    private static string Num(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Describe(CompactGraph g, CompactGraphEdit edit, int e, double p, double d, double s)
    {
        var parts = new List<string>();
        if (p != edit.Probability(e)) parts.Add($"probability {Num(edit.Probability(e))} → {Num(p)}");
        if (d != edit.Weight(e)) parts.Add($"delay {Num(edit.Weight(e))} → {Num(d)} h");
        if (s != edit.Strength(e)) parts.Add($"strength {Num(edit.Strength(e))} → {Num(s)}");
        return $"{g.Id(g.Source(e))} -> {g.Id(g.Target(e))} " + (parts.Count > 0 ? string.Join(", ", parts) : "unchanged");
    }
}
