using Depgraph.Analysis.Cascade;
using Depgraph.Analysis.Propagation;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>
/// Section 4 of the report: the dependency matrix between sectors, the Monte Carlo and threshold cascades from the
/// chosen outages, and the k shortest propagation paths; a note instead when the graph cannot support them.
/// </summary>
internal static class PropagationSectionBuilder
{
    public static (PropagationSection Section, DependencyMatrix? Matrix) Build(
        GraphDataset dataset, CompactGraph graph, EdgeLayer depLayer, ReportOptions options, ReportLabels labels, Func<int, NodeRef> nodeRef, CancellationToken ct,
        bool uncertainty = true)
    {
        SectorDependencies deps = SectorDependencies.Compute(dataset, graph, labels, nodeRef);
        IReadOnlyList<int> sectors = deps.Sectors;
        DependencyMatrix? matrix = deps.Matrix;
        bool isAssumption = deps.IsAssumption;
        int cells = deps.CellCount;

        var needed = options.CascadeOrigins.Append(options.PathFrom).Append(options.PathTo).ToList();
        var missing = needed.Where(id => graph.IndexOf(id) is var v && (v < 0 || graph.Kind(v) != NodeKind.Sector)).Distinct(StringComparer.Ordinal).ToList();
        CompactGraph dep = graph.Select(depLayer);
        if (missing.Count > 0 || matrix is null)
        {
            string note = missing.Count > 0
                ? $"the graph has no sector node {string.Join(", ", missing)}"
                : "the graph has no dependency edges between sectors";
            return (new PropagationSection(false, note, depLayer.Name, isAssumption, options.Runs, options.Seed, [], options.Threshold, [], null, null, [], cells) { Cells = deps.Cells }, matrix);
        }

        var cascadeOptions = new CascadeOptions { Runs = options.Runs, Seed = options.Seed, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        var outcomes = new List<CascadeOutcome>();
        foreach (string id in options.CascadeOrigins.Distinct(StringComparer.Ordinal))
        {
            int origin = dep.IndexOf(id);
            MonteCarloCascadeResult mc = IndependentCascade.Run(dep, [origin], cascadeOptions, null, ct);
            var rows = sectors.Select(s => SectorProbability.Of(nodeRef(s), mc, s)).ToList();
            outcomes.Add(new CascadeOutcome(nodeRef(origin), mc.MeanFailed, mc.StdevFailed, mc.Percentiles["p5"], mc.Percentiles["p95"], rows));
        }

        int first = dep.IndexOf(options.CascadeOrigins[0]);
        ThresholdCascadeResult threshold = LinearThresholdCascade.Run(dep, [first], options.Threshold);
        var thresholdFailed = threshold.Failed
            .Where(f => f.Vertex != first && dep.Kind(f.Vertex) == NodeKind.Sector)
            .Select(f => (nodeRef(f.Vertex), f.Hours))
            .ToList();

        int from = dep.IndexOf(options.PathFrom), to = dep.IndexOf(options.PathTo);
        var paths = KShortestPaths.Find(dep, from, to, options.PathCount)
            .Select(p => new PathRow(p.Nodes.Select(nodeRef).ToList(), p.Hours))
            .ToList();
        var intervals = !uncertainty ? null : PropagationUncertaintyBuilder.Build(dataset, graph, dep, depLayer, sectors, outcomes, dep.IndexOf(options.PathTo), options.Seed, options.MaxDegreeOfParallelism, nodeRef, ct);
        var section = new PropagationSection(true, null, depLayer.Name, isAssumption, options.Runs, options.Seed, outcomes,
            options.Threshold, thresholdFailed, nodeRef(from), nodeRef(to), paths, cells, intervals)
        { Cells = deps.Cells };
        return (section, matrix);
    }
}
