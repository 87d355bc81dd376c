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
        GraphDataset dataset, CompactGraph graph, EdgeLayer depLayer, ReportOptions options, ReportLabels labels, Func<int, NodeRef> nodeRef, CancellationToken ct)
    {
        var sectors = Enumerable.Range(0, graph.NodeCount).Where(v => graph.Kind(v) == NodeKind.Sector).ToList();
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < sectors.Count; i++)
        {
            column[graph.Id(sectors[i])] = i;
        }

        int n = sectors.Count;
        var strength = new double[n, n];
        int cells = 0;
        bool isAssumption = false;
        var cellBasis = new Dictionary<(int, int), Basis>();
        foreach (Edge e in dataset.Edges)
        {
            if (e.Kind is not (EdgeKind.DependsOn or EdgeKind.Supplies))
            {
                continue;
            }

            isAssumption |= e.ParameterBasis == Basis.Assumption;
            (string dependant, string supplier) = e.Kind == EdgeKind.DependsOn ? (e.Source, e.Target) : (e.Target, e.Source);
            if (column.TryGetValue(dependant, out int i) && column.TryGetValue(supplier, out int j) && i != j)
            {
                cells += strength[i, j] == 0 ? 1 : 0;
                strength[i, j] += e.Strength;
                if (e.Strength != 0)
                    cellBasis[(i, j)] = cellBasis.TryGetValue((i, j), out var seen) ? seen.Weaker(e.ParameterBasis) : e.ParameterBasis;
            }
        }

        for (int i = 0; i < n; i++)
        {
            strength[i, i] = double.NaN;
        }

        List<DependencyCell> CellList() => [.. cellBasis.OrderBy(c => c.Key.Item1).ThenBy(c => c.Key.Item2)
            .Select(c => new DependencyCell(nodeRef(sectors[c.Key.Item1]), nodeRef(sectors[c.Key.Item2]), c.Value))];

        DependencyMatrix? matrix = n > 0 && cells > 0
            ? new DependencyMatrix(sectors.Select(s => ChartNames.Sector(nodeRef(s), labels)).ToList(), strength, isAssumption)
            : null;

        var needed = options.CascadeOrigins.Append(options.PathFrom).Append(options.PathTo).ToList();
        var missing = needed.Where(id => graph.IndexOf(id) is var v && (v < 0 || graph.Kind(v) != NodeKind.Sector)).Distinct(StringComparer.Ordinal).ToList();
        CompactGraph dep = graph.Select(depLayer);
        if (missing.Count > 0 || matrix is null)
        {
            string note = missing.Count > 0
                ? $"the graph has no sector node {string.Join(", ", missing)}"
                : "the graph has no dependency edges between sectors";
            return (new PropagationSection(false, note, depLayer.Name, isAssumption, options.Runs, options.Seed, [], options.Threshold, [], null, null, [], cells) { Cells = CellList() }, matrix);
        }

        var cascadeOptions = new CascadeOptions { Runs = options.Runs, Seed = options.Seed, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        var outcomes = new List<CascadeOutcome>();
        foreach (string id in options.CascadeOrigins.Distinct(StringComparer.Ordinal))
        {
            int origin = dep.IndexOf(id);
            MonteCarloCascadeResult mc = IndependentCascade.Run(dep, [origin], cascadeOptions, null, ct);
            var rows = sectors.Select(s =>
            {
                double p = mc.FailureProbability[s];
                long failures = (long)Math.Round(p * mc.Runs);
                (double low, double high) = WilsonInterval.Compute(failures, mc.Runs);
                return new SectorProbability(nodeRef(s), failures, p, Math.Min(low, p), Math.Max(high, p));
            }).ToList();
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
        var uncertainty = PropagationUncertaintyBuilder.Build(dataset, graph, dep, depLayer, sectors, outcomes, dep.IndexOf(options.PathTo), options.Seed, options.MaxDegreeOfParallelism, nodeRef, ct);
        var section = new PropagationSection(true, null, depLayer.Name, isAssumption, options.Runs, options.Seed, outcomes,
            options.Threshold, thresholdFailed, nodeRef(from), nodeRef(to), paths, cells, uncertainty)
        { Cells = CellList() };
        return (section, matrix);
    }
}
