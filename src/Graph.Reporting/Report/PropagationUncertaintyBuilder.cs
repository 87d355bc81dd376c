using Depgraph.Analysis.Uncertainty;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Reporting.Report;

/// <summary>
/// Builds <see cref="PropagationUncertainty"/> for section 4: per outage, the sectors' failure probabilities as a
/// function of the assumed dependency probabilities (<see cref="LiveEdgeCascadeModel"/>), their 5–95 % intervals
/// (<see cref="UncertaintyIntervals"/>, Latin hypercube) and the drivers by one-at-a-time swing
/// (<see cref="OneAtATimeSwing"/>: 2k + 1 evaluations), and the assumptions most worth surveying by their total Sobol
/// index (<see cref="SobolAnalysis"/>, N = <see cref="SobolSamples"/>: with one-parameter changes of the live-edge model
/// about half a CPU second per outage on the shipped dataset).
/// </summary>
internal static class PropagationUncertaintyBuilder
{
    /// <summary>Parameter sets behind the report's intervals.</summary>
    public const int Samples = 200;

    /// <summary>Live-edge runs per parameter set.</summary>
    public const int Runs = 1024;

    /// <summary>Base sample N of the Sobol indices that rank the assumptions worth surveying.</summary>
    public const int SobolSamples = 512;

    /// <summary>Bootstrap resamples of those indices.</summary>
    public const int SobolBootstrap = 100;

    public static PropagationUncertainty? Build(GraphDataset dataset, CompactGraph graph, CompactGraph dep, EdgeLayer depLayer, IReadOnlyList<int> sectors,
        IReadOnlyList<CascadeOutcome> outcomes, int focus, int seed, int threads, Func<int, NodeRef> nodeRef, CancellationToken ct)
    {
        ParameterSpace space;
        try { space = ParameterSpace.Resolve(dep, depLayer, DatasetRanges.FromDataset(dataset), EdgeParameter.Probability); }
        catch (ArgumentException) { return null; }
        if (space.Count == 0) return null;
        var inputs = space.UnitDistributions;
        var results = new List<OutcomeUncertainty>();
        var best = new (double Total, Interval Ci, AssumptionDriver? Driver, int Sector, int Origin)[space.Count];
        double mcHalf = 0, focusCentral = double.NaN;
        var focusDrivers = new List<AssumptionDriver>();
        foreach (var o in outcomes)
        {
            int origin = dep.IndexOf(o.Origin.Id);
            var outputs = sectors.ToArray();
            var model = new LiveEdgeCascadeModel(space, [origin], outputs, Runs, seed);
            var iv = UncertaintyIntervals.Run(model, inputs, Samples, seed, threads, ct);
            var swing = OneAtATimeSwing.Run(model, inputs, threads, ct);
            var sobol = SobolAnalysis.Run(model, inputs, new SobolOptions
            {
                Samples = SobolSamples, Seed = seed, Bootstrap = SobolBootstrap, MaxDegreeOfParallelism = threads,
            }, null, ct);
            int m = outputs.Length;
            double Others(ReadOnlySpan<double> y)
            {
                double s = 0;
                for (int i = 0; i < m; i++) if (outputs[i] != origin) s += y[i];
                return s;
            }
            var expected = new double[Samples];
            for (int i = 0; i < Samples; i++) expected[i] = Others(iv.Values.AsSpan(i * m, m));
            Array.Sort(expected);
            foreach (double c in swing.Central) mcHalf = Math.Max(mcHalf, 1.96 * model.StandardError(c));
            int fi = Array.IndexOf(outputs, focus);
            if (results.Count == 0 && fi >= 0)
            {
                focusCentral = swing.Central[fi];
                for (int j = 0; j < space.Count; j++) focusDrivers.Add(Driver(space.Parameters[j], graph, nodeRef, swing.AtLow[j][fi], swing.AtHigh[j][fi]));
            }
            var drivers = new List<AssumptionDriver>();
            for (int j = 0; j < space.Count; j++)
            {
                var d = Driver(space.Parameters[j], graph, nodeRef, Others(swing.AtLow[j]), Others(swing.AtHigh[j]));
                drivers.Add(d);
                for (int i = 0; i < m; i++)
                {
                    var ix = sobol.Outputs[i].Indices[j];
                    if (outputs[i] != origin && ix.Total > best[j].Total)
                        best[j] = (ix.Total, ix.Ci95Total, Driver(space.Parameters[j], graph, nodeRef, swing.AtLow[j][i], swing.AtHigh[j][i]), outputs[i], origin);
                }
            }
            results.Add(new OutcomeUncertainty(o.Origin, iv.Outputs.Select(x => x.Interval90).ToList(), Others(swing.Central),
                new Interval(SobolAnalysis.Quantile(expected, 0.05), SobolAnalysis.Quantile(expected, 0.95)),
                BySwing(drivers)));
        }
        var worth = Enumerable.Range(0, space.Count).Where(j => best[j].Driver is not null)
            .OrderByDescending(j => best[j].Total).ThenBy(j => j).Take(10)
            .Select(j => new SurveyPriority(best[j].Driver!, nodeRef(best[j].Sector), nodeRef(best[j].Origin), best[j].Total, best[j].Ci)).ToList();
        int evidence = 0, links = 0;
        foreach (var e in dataset.Edges)
        {
            if (e.Kind is not (EdgeKind.SharesWith or EdgeKind.MemberOf)) continue;
            links++;
            if (e.Provenance.Kind == Basis.Evidence) evidence++;
        }
        return new PropagationUncertainty(Samples, Runs, space.Count, results, SobolSamples, worth, mcHalf, evidence, links, nodeRef(focus), focusCentral, BySwing(focusDrivers));
    }

    private static List<AssumptionDriver> BySwing(List<AssumptionDriver> drivers) =>
        drivers.Select((d, j) => (d, j)).OrderByDescending(x => x.d.Swing).ThenBy(x => x.j).Select(x => x.d).ToList();

    private static AssumptionDriver Driver(UncertainParameter p, CompactGraph graph, Func<int, NodeRef> nodeRef, double atLow, double atHigh)
    {
        var r = p.Range;
        (string dependant, string supplier) = r.Kind == EdgeKind.DependsOn ? (r.Source, r.Target) : (r.Target, r.Source);
        return new AssumptionDriver(nodeRef(graph.IndexOf(dependant)), nodeRef(graph.IndexOf(supplier)), r.Distribution.Low, r.Distribution.High, atLow, atHigh);
    }
}
