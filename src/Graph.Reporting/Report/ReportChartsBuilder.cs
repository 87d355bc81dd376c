using Depgraph.Analysis.Reach;
using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>
/// The inputs of the report's charts, from analysis results and report sections. Public so notebooks and
/// <c>depgraph chart</c> draw the same charts from the same inputs without building the whole report.
/// </summary>
public static class ReportChartsBuilder
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
            .Select(h => new CeptoarMembers(h.Sector is null ? noSector : ChartNames.Sector(h.Sector, labels), ChartNames.Bar(h.Hub), h.MemberTotal))
            .ToList();
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

    /// <summary>Members and organisations lost per failed node, in the analysis's ranking (figure 3).</summary>
    /// <param name="impact">The node impact of <see cref="ResilienceResult.NodeImpact"/>.</param>
    /// <param name="nodeRef">The reference of a vertex.</param>
    /// <returns>One bar per node.</returns>
    public static IReadOnlyList<NodeImpactBar> NodeImpact(IReadOnlyList<NodeImpactEntry>? impact, Func<int, NodeRef> nodeRef)
    {
        ArgumentNullException.ThrowIfNull(nodeRef);
        return (impact ?? []).Select(e => new NodeImpactBar(ChartNames.Bar(nodeRef(e.Vertex)), e.MembersLost, e.ReachLost, e.OutsideRecipientsLost)).ToList();
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
        LocalizedName origin = ChartNames.Sector(o.Origin, labels);
        return new CascadeChartData(
            origin with { English = ChartNames.LowerFirst(origin.English) }, // sits inside a sentence: "… after an outage of power"
            o.Sectors.Where(s => s.Sector.Id != o.Origin.Id)
                .Select(s => new SectorFailureProbability(ChartNames.Sector(s.Sector, labels), s.Probability, s.Low, s.High))
                .ToList(),
            propagation.Runs,
            0.95,
            propagation.IsAssumption);
    }

    internal static ReportChartData Build(
        ReportContext c, OverviewSection overview, ReachSection reach, ResilienceResult res, SpofSection spof,
        PropagationSection propagation, DependencyMatrix? matrix)
    {
        NetworkDiagram network = NetworkDiagramBuilder.Build(c.Graph, c.Info, c.Root, overview, reach, res, c.HubKind, c.Labels, c.Ref);
        return new ReportChartData(
            Coverage(overview, c.Labels), ReachTime(reach), NodeImpact(res.NodeImpact, c.Ref), Redundancy(spof), matrix,
            Cascade(propagation, c.Labels), network, Tornado(propagation, c.Labels));
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
