using System.Globalization;
using Depgraph.Analysis.Uncertainty;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>
/// The Sobol figure of section 4.4: first-order and total Sobol indices (Saltelli 2010 / Jansen 1999 estimators, bootstrap
/// 95 % intervals) of the headline result, the focus sector's failure probability after the first outage
/// (P(金融 fails | 電力 outage) on the shipped dataset), over every ranged dependency probability.
/// </summary>
/// <remarks>Cost: <see cref="Samples"/>·(k + 2) evaluations of <see cref="Runs"/> live-edge runs for k ranged assumptions
/// (k = 58 on the shipped dataset: about 2.5 s of CPU).</remarks>
internal static class SobolFigureBuilder
{
    /// <summary>Base sample size N.</summary>
    public const int Samples = 512;

    /// <summary>Live-edge runs per evaluation (as the report's intervals).</summary>
    public const int Runs = PropagationUncertaintyBuilder.Runs;

    /// <summary>Bootstrap resamples.</summary>
    public const int Bootstrap = 200;

    public static SobolData? Build(ReportContext c, ReportOptions options, PropagationSection propagation, IProgress<string>? progress, CancellationToken ct)
    {
        if (!propagation.Available || propagation.Outcomes.Count == 0 || propagation.PathTo is null)
        {
            return null;
        }

        CompactGraph dep = c.Graph.Select(c.DependencyLayer);
        ParameterSpace space;
        try { space = ParameterSpace.Resolve(dep, c.DependencyLayer, DatasetRanges.FromDataset(c.Dataset), EdgeParameter.Probability); }
        catch (ArgumentException) { return null; }
        NodeRef originRef = propagation.Outcomes[0].Origin, focusRef = propagation.PathTo;
        int origin = dep.IndexOf(originRef.Id), focus = dep.IndexOf(focusRef.Id);
        if (space.Count == 0 || origin == focus)
        {
            return null;
        }

        Language lang = options.Language;
        progress?.Report(lang.Pick(
            $"Sobol 指数：仮定 {space.Count} 個、N = {Samples}、各 {Runs} 回",
            $"Sobol indices: {space.Count} assumptions, N = {Samples}, {Runs} runs each"));
        var model = new LiveEdgeCascadeModel(space, [origin], [focus], Runs, options.Seed);
        SobolResult sobol = SobolAnalysis.Run(model, space.UnitDistributions, new SobolOptions
        {
            Samples = Samples, Seed = options.Seed, Bootstrap = Bootstrap, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
        }, null, ct);
        IReadOnlyList<SobolIndex> indices = sobol.Outputs[0].Indices;
        var drivers = new List<SensitivityDriver>(space.Count);
        for (int j = 0; j < space.Count; j++)
        {
            ParameterRange r = space.Parameters[j].Range;
            (string dependant, string supplier) = r.Kind == EdgeKind.DependsOn ? (r.Source, r.Target) : (r.Target, r.Source);
            LocalizedName a = ChartNames.Sector(c.Ref(c.Graph.IndexOf(dependant)), c.Labels), b = ChartNames.Sector(c.Ref(c.Graph.IndexOf(supplier)), c.Labels);
            string range = string.Create(CultureInfo.InvariantCulture, $"{r.Distribution.Low:0.##}–{r.Distribution.High:0.##}");
            // supplier → dependant, the way a failure travels: the one arrow direction of the report
            drivers.Add(new SensitivityDriver(new LocalizedName($"{b.Japanese}→{a.Japanese}（{range}）", $"{b.English} → {a.English} ({range})"),
                indices[j].FirstOrder, indices[j].Total, double.NaN, double.NaN)
            {
                Ci95FirstOrder = indices[j].Ci95FirstOrder,
                Ci95Total = indices[j].Ci95Total,
            });
        }

        LocalizedName o = ChartNames.Sector(originRef, c.Labels), f = ChartNames.Sector(focusRef, c.Labels);
        return new SobolData(
            new LocalizedName($"{o.Japanese}の停止後の{f.Japanese}の障害確率", $"P({f.English} fails after a {ChartNames.LowerFirst(o.English)} outage)"),
            drivers, Samples, Runs, Bootstrap, propagation.IsAssumption);
    }
}
