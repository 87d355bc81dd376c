using Depgraph.Analysis.Cascade;
using Depgraph.Analysis.Reach;
using Depgraph.Analysis.Resilience;
using Depgraph.Analysis.Summary;
using Depgraph.Analysis.Uncertainty;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>
/// The inputs of the report's charts, from analysis results and report sections. Public so notebooks and
/// <c>depgraph chart</c> draw the same charts from the same inputs without building the whole report.
/// </summary>
public static partial class ReportChartsBuilder
{
    /// <summary>Hours the reach-time chart spans.</summary>
    public const double ReachChartHours = 24;

    /// <summary>Members of each hub, by sector (figure 1).</summary>
    /// <param name="overview">The overview section.</param>
    /// <param name="labels">The dataset's chart names, or null.</param>
    /// <returns>One bar per hub.</returns>
    public static IReadOnlyList<CeptoarMembers> Coverage(OverviewSection overview, ReportLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var noSector = new LocalizedName("（分野なし）", "(no sector)");
        return overview.Hubs
            .Select(h => new CeptoarMembers(h.Sector is null ? noSector : ChartNames.Sector(h.Sector, labels), ChartNames.Bar(h.Hub), h.MemberTotal,
                UnitParts.Checked(h.MemberTotal, WithUnitless(h.Members, h.MemberTotal))))
            .ToList();
    }

    /// <summary>The counts by unit plus, when they fall short of the total, the members recorded without a unit (構成員).</summary>
    private static IReadOnlyList<MemberCount> WithUnitless(IReadOnlyList<MemberCount> byUnit, long total)
    {
        long rest = total - byUnit.Sum(m => m.Count);
        return rest > 0 ? [.. byUnit, new MemberCount(ReachAnalysis.PlainMemberUnit, rest)] : byUnit;
    }

    /// <summary>Members reached over time (figure 2); null when the graph has no members.</summary>
    /// <param name="reach">The reach section.</param>
    /// <returns>The curve, or null.</returns>
    public static ReachCurve? ReachTime(ReachSection reach)
    {
        ArgumentNullException.ThrowIfNull(reach);
        return reach.TotalMembers > 0
            ? new ReachCurve(reach.Curve, reach.TotalMembers, ReachChartHours, reach.DelaysAreAssumed)
            : null;
    }

    /// <summary>Members reached over time from a reach result (figure 2); null when the graph has no members.</summary>
    /// <param name="result">The reach result (e.g. <see cref="ReachAnalysis.Run"/> from NISC).</param>
    /// <param name="graph">The graph it ran on (one layer); its edges' provenance decides whether the delays are assumed
    /// (<see cref="ResultBasis"/>).</param>
    /// <param name="hours">Hours the chart spans (default <see cref="ReachChartHours"/>).</param>
    /// <returns>The curve, or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReachCurve? ReachTime(ReachResult result, CompactGraph graph, double hours = ReachChartHours)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(graph);
        return result.Coverage.TotalMembers > 0
            ? new ReachCurve(ReachAnalysis.ArrivalCurve(result, graph), result.Coverage.TotalMembers, hours, ResultBasis.OfAllEdges(graph, [EdgeParameter.Weight]).RestsOnAssumption)
            : null;
    }

    /// <summary>Members and organisations lost per failed node, in the analysis's ranking (figure 3), named from the graph.</summary>
    /// <param name="impact">The node impact (e.g. <see cref="Analysis.Resilience.NodeImpact.Compute(CompactGraph, int)"/>, or <see cref="ResilienceResult.NodeImpact"/>).</param>
    /// <param name="graph">The graph it ran on (names of the vertices).</param>
    /// <param name="tree">The dominator tree the impact was computed from, to show the members lost by unit where units mix; null for totals only.</param>
    /// <returns>One bar per node.</returns>
    public static IReadOnlyList<NodeImpactBar> NodeImpact(IReadOnlyList<NodeImpactEntry>? impact, CompactGraph graph, DominatorTree? tree = null) =>
        NodeImpact(impact, GraphRefs(graph ?? throw new ArgumentNullException(nameof(graph))), graph, tree);

    /// <summary>Members and organisations lost per failed node, in the analysis's ranking (figure 3).</summary>
    /// <param name="impact">The node impact of <see cref="ResilienceResult.NodeImpact"/>.</param>
    /// <param name="nodeRef">The reference of a vertex.</param>
    /// <param name="graph">With <paramref name="tree"/>: the graph the impact was computed on, to show the members lost by unit where units mix.</param>
    /// <param name="tree">The dominator tree the impact was computed from (<see cref="ResilienceResult.Dominators"/>).</param>
    /// <returns>One bar per node.</returns>
    public static IReadOnlyList<NodeImpactBar> NodeImpact(IReadOnlyList<NodeImpactEntry>? impact, Func<int, NodeRef> nodeRef, CompactGraph? graph = null, DominatorTree? tree = null)
    {
        ArgumentNullException.ThrowIfNull(nodeRef);
        return (impact ?? []).Select(e => new NodeImpactBar(ChartNames.Bar(nodeRef(e.Vertex)), e.MembersLost, e.ReachLost, e.OutsideRecipientsLost)
        {
            Parts = graph is null || tree is null ? null : UnitParts.Checked(e.MembersLost, MembersByUnit(graph, tree, e.Vertex)),
        }).ToList();
    }

    /// <summary>The members of the vertices <paramref name="v"/> strictly dominates (those cut off when it fails), by unit in first-seen order.</summary>
    private static List<MemberCount> MembersByUnit(CompactGraph graph, DominatorTree tree, int v)
    {
        var order = new List<string>();
        var sums = new Dictionary<string, long>(StringComparer.Ordinal);
        void Add(string unit, long count)
        {
            if (!sums.TryGetValue(unit, out long s)) order.Add(unit);
            sums[unit] = s + count;
        }

        var stack = new Stack<int>();
        foreach (int c in tree.Children(v)) stack.Push(c);
        var visited = new List<int>();
        while (stack.Count > 0)
        {
            int u = stack.Pop();
            visited.Add(u);
            foreach (int c in tree.Children(u)) stack.Push(c);
        }

        visited.Sort(); // first-seen order of units follows vertex order, not the traversal
        foreach (int u in visited)
        {
            long weight = graph.MemberWeight(u);
            if (weight <= 0) continue;
            ReadOnlySpan<MemberCount> ms = graph.Members(u);
            if (ms.IsEmpty) Add(ReachAnalysis.PlainMemberUnit, weight);
            else foreach (MemberCount m in ms) Add(m.Unit, m.Count);
        }

        return order.Select(u => new MemberCount(u, sums[u])).ToList();
    }

    /// <summary>Vertex-disjoint routes from the source to each hub (figure 4).</summary>
    /// <param name="spof">The single-points-of-failure section.</param>
    /// <returns>One bar per hub.</returns>
    public static IReadOnlyList<CeptoarRedundancy> Redundancy(SpofSection spof)
    {
        ArgumentNullException.ThrowIfNull(spof);
        return spof.Redundancy.Select(r => new CeptoarRedundancy(ChartNames.Bar(r.Target), r.DisjointPaths, r.Direct)).ToList();
    }

    /// <summary>Failure probability per sector after the first outage of the section (figure 6); null when none was simulated.</summary>
    /// <param name="propagation">The propagation section.</param>
    /// <param name="labels">The dataset's chart names, or null.</param>
    /// <returns>The chart data, or null.</returns>
    public static CascadeChartData? Cascade(PropagationSection propagation, ReportLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(propagation);
        if (!propagation.Available || propagation.Outcomes.Count == 0)
        {
            return null;
        }

        CascadeOutcome o = propagation.Outcomes[0];
        return CascadeData(ChartNames.Sector(o.Origin, labels), o.Sectors.Where(s => s.Sector.Id != o.Origin.Id), propagation.Runs, propagation.IsAssumption, labels);
    }

    /// <summary>Failure probability per sector from a Monte Carlo cascade (figure 6), each with its Wilson interval (<see cref="SectorProbability.Of"/>).</summary>
    /// <param name="result">The Monte Carlo result (<see cref="IndependentCascade"/>); its first source is the outage charted.</param>
    /// <param name="graph">The graph it ran on (e.g. the dependency layer): its sectors are charted, and its edges' provenance
    /// decides whether the chart rests on an assumption (<see cref="ResultBasis"/>).</param>
    /// <param name="labels">The dataset's chart names, or null.</param>
    /// <param name="nodeRef">Names of a vertex; null for the graph's labels.</param>
    /// <returns>The chart data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException">The result has no source, or was not computed on <paramref name="graph"/>.</exception>
    public static CascadeChartData Cascade(MonteCarloCascadeResult result, CompactGraph graph, ReportLabels? labels = null, Func<int, NodeRef>? nodeRef = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(graph);
        if (result.Sources.Count == 0 || result.FailureProbability.Length != graph.NodeCount)
        {
            throw new ArgumentException($"the result has {result.Sources.Count} sources and {result.FailureProbability.Length} vertices; the graph {graph.NodeCount}: chart a result computed on this graph.", nameof(result));
        }

        nodeRef ??= GraphRefs(graph);
        int origin = result.Sources[0];
        var rows = Enumerable.Range(0, graph.NodeCount)
            .Where(v => v != origin && graph.Kind(v) == NodeKind.Sector)
            .Select(v => SectorProbability.Of(nodeRef(v), result, v));
        return CascadeData(ChartNames.Sector(nodeRef(origin), labels), rows, result.Runs, ResultBasis.OfAllEdges(graph).RestsOnAssumption, labels);
    }

    private static CascadeChartData CascadeData(LocalizedName origin, IEnumerable<SectorProbability> sectors, int runs, bool isAssumption, ReportLabels? labels) =>
        new(origin with { English = ChartNames.LowerFirst(origin.English) }, // sits inside a sentence: "… after an outage of power"
            sectors.Select(s => new SectorFailureProbability(ChartNames.Sector(s.Sector, labels), s.Probability, s.Low, s.High)).ToList(),
            runs,
            0.95,
            isAssumption);

    /// <summary>Names of the vertices of a dataset's graph, as the report shows them (the dataset node's names, else the graph's labels); cached per vertex.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="graph">Its compact graph.</param>
    /// <returns>The names of vertex v.</returns>
    public static Func<int, NodeRef> NodeRefs(GraphDataset dataset, CompactGraph graph)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(graph);
        var refs = new NodeRef?[graph.NodeCount];
        return v => refs[v] ??= dataset.Find(graph.Id(v)) is { } node
            ? new NodeRef(node.Id, node.Kind, node.NameJa, node.NameEn)
            : new NodeRef(graph.Id(v), graph.Kind(v), graph.Label(v, Language.Japanese), graph.Label(v, Language.English));
    }

    private static Func<int, NodeRef> GraphRefs(CompactGraph graph) =>
        v => new NodeRef(graph.Id(v), graph.Kind(v), graph.Label(v, Language.Japanese), graph.Label(v, Language.English));

    internal static ReportChartData Build(
        ReportContext c, ReportOptions options, OverviewSection overview, ReachSection reach, ResilienceResult res, SpofSection spof,
        PropagationSection propagation, DependencyMatrix? matrix, IProgress<string>? progress, CancellationToken ct)
    {
        NetworkDiagram network = NetworkDiagramBuilder.Build(c.Graph, c.Info, c.Root, overview, reach, res, c.HubKind, c.Labels, c.Ref);
        return new ReportChartData(
            Coverage(overview, c.Labels), ReachTime(reach), NodeImpact(res.NodeImpact, c.Ref, c.Info, res.Dominators), Redundancy(spof), matrix,
            Cascade(propagation, c.Labels), network, Tornado(propagation, c.Labels))
        {
            Sobol = SobolFigureBuilder.Build(c, options, propagation, progress, ct),
        };
    }

    /// <summary>The tornado chart's input from section 4's uncertainty: the focus sector's failure probability after the first outage.</summary>
    public static TornadoData? Tornado(PropagationSection propagation, ReportLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(propagation);
        if (propagation.Uncertainty is not { } u || double.IsNaN(u.FocusCentral) || propagation.Outcomes.Count == 0) return null;
        LocalizedName origin = ChartNames.Sector(propagation.Outcomes[0].Origin, labels), focus = ChartNames.Sector(u.Focus, labels);
        var drivers = u.FocusDrivers.Select(d =>
        {
            LocalizedName a = ChartNames.Sector(d.Dependant, labels), b = ChartNames.Sector(d.Supplier, labels);
            // supplier → dependant, the way a failure travels: the one arrow direction of the report (4.4, appendix A.2)
            return new SensitivityDriver(new LocalizedName($"{b.Japanese}→{a.Japanese}", $"{b.English} → {a.English}"), double.NaN, double.NaN, d.AtLow, d.AtHigh);
        }).ToList();
        return new TornadoData(new LocalizedName($"{origin.Japanese}の停止後の{focus.Japanese}の障害確率", $"P({focus.English} fails after a {origin.English} outage)"), u.FocusCentral, drivers);
    }
}
