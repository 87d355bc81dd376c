using Depgraph.Analysis.Resilience;
using Depgraph.Analysis.Summary;
using Depgraph.Core;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

public static partial class ReportChartsBuilder
{
    /// <summary>
    /// The input of one report chart, computing only what that chart needs (no Monte Carlo for the coverage chart, no
    /// uncertainty analysis for the cascade chart …), from the same analyses and options as <see cref="ReportBuilder.Build(GraphDataset, CompactGraph, ReportOptions?, IProgress{string}?, CancellationToken)"/>:
    /// drawn with <see cref="ReportCharts.Create(ReportChartData, Language, ChartOptions?)"/>, the chart is byte-identical to the report's.
    /// </summary>
    /// <param name="name">A chart name of <see cref="ReportCharts.Names"/>.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="graph">Its compact graph (all edges).</param>
    /// <param name="options">The report options (source, seed, runs, labels …); null for defaults. Validated first.</param>
    /// <param name="progress">Told one line per step in the options' language.</param>
    /// <param name="ct">Cancels the simulations.</param>
    /// <returns>Chart data holding that chart's input only (the others empty or null); the input is null or empty too when
    /// the graph cannot support the chart (e.g. no dependency between sectors).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a chart name, an option is invalid, or the graph has not the dataset's nodes.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static ReportChartData ForChart(string name, GraphDataset dataset, CompactGraph graph, ReportOptions? options = null,
        IProgress<string>? progress = null, CancellationToken ct = default)
    {
        name = ReportCharts.CheckName(name);
        (ReportContext c, options) = ReportContext.Checked(dataset, graph, options);
        var empty = new ReportChartData([], null, [], [], null, null, new NetworkDiagram([], []));
        progress?.Report(options.Language.Pick($"図 {name} の入力", $"inputs of chart {name}"));
        OverviewSection Overview() => OverviewSectionBuilder.Build(c, DatasetSummary.Compute(dataset));
        PropagationSection Propagation(bool uncertainty) => PropagationSectionBuilder.Build(dataset, graph, c.DependencyLayer,
            options with { CascadeOrigins = [options.CascadeOrigins[0]] }, c.Labels, c.Ref, ct, uncertainty).Section;
        switch (name)
        {
            case "coverage":
                return empty with { Coverage = Coverage(Overview(), c.Labels) };
            case "reach-time":
                return empty with { Reach = ReachTime(ReachSectionBuilder.Build(c)) };
            case "node-impact":
                {
                    ResilienceResult res = Resilience(c, Overview());
                    return empty with { Impacts = NodeImpact(res.NodeImpact, c.Ref, c.Info, res.Dominators) };
                }

            case "redundancy":
                {
                    ResilienceResult res = Resilience(c, Overview());
                    return empty with { Redundancy = Redundancy(SpofSectionBuilder.Build(c.Info, c.Root, c.InformationLayer.Name, res, options.TopN, c.HubKind, c.Ref)) };
                }

            case "network":
                {
                    OverviewSection overview = Overview();
                    ResilienceResult res = Resilience(c, overview);
                    return empty with { Network = NetworkDiagramBuilder.Build(graph, c.Info, c.Root, overview, ReachSectionBuilder.Build(c), res, c.HubKind, c.Labels, c.Ref) };
                }

            case "dependency":
                return empty with { Dependency = SectorDependencies.Compute(dataset, graph, c.Labels, c.Ref).Matrix };
            case "cascade":
                return empty with { Cascade = Cascade(Propagation(uncertainty: false), c.Labels) };
            case "tornado":
                return empty with { Tornado = Tornado(Propagation(uncertainty: true), c.Labels) };
            default: // "sobol"
                return empty with { Sobol = SobolFigureBuilder.Build(c, options, Propagation(uncertainty: false), progress, ct) };
        }
    }

    /// <summary>Resilience from the source, with the disjoint routes to every hub of the overview but the source itself.</summary>
    internal static ResilienceResult Resilience(ReportContext c, OverviewSection overview)
    {
        var hubVertices = overview.Hubs.Select(h => c.Graph.IndexOf(h.Hub.Id)).Where(v => v != c.Root).ToArray();
        return ResilienceAnalysis.Run(c.Info, c.Root, hubVertices);
    }
}
