using Depgraph.Analysis.Cascade;
using Depgraph.Analysis.Uncertainty;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Tests.Uncertainty;

/// <summary>The Sobol estimator through the live-edge cascade model, on graphs whose indices are known in closed form.</summary>
public class CascadeSensitivityTests
{
    private const double Tolerance = 0.03;

    private static ParameterRange P(string s, string t, double low = 0, double high = 1) =>
        new(s, t, EdgeKind.Supplies, EdgeParameter.Probability, new ParameterDistribution(low, high, (low + high) / 2));

    private static (LiveEdgeCascadeModel Model, ParameterSpace Space) Model(CompactGraph g, string source, string[] outputs, params ParameterRange[] ranges)
    {
        var space = ParameterSpace.Resolve(g, null, ranges);
        return (new LiveEdgeCascadeModel(space, [g.V(source)], outputs.Select(g.V).ToArray()), space);
    }

    private static SobolOutput Sobol(LiveEdgeCascadeModel model, ParameterSpace space, int threads = 2) =>
        SobolAnalysis.Run(model, space.UnitDistributions, new SobolOptions { Bootstrap = 100, MaxDegreeOfParallelism = threads }).Outputs[0];

    [Fact]
    public void Chain_s_a_t_with_uniform_probabilities_gives_three_sevenths_and_four_sevenths()
    {
        var g = PropagationTestGraphs.Parse("s->a:1:0.5, a->t:1:0.5");
        var (model, space) = Model(g, "s", ["t"], P("s", "a"), P("a", "t"));
        var r = Sobol(model, space);
        Assert.Equal(0.25, r.Mean, 0.02);          // E[p1 p2]
        Assert.Equal(7.0 / 144, r.Variance, 0.005);
        foreach (var ix in r.Indices)
        {
            SobolAnalysisTests.Near(3.0 / 7, ix.FirstOrder, SobolAnalysisTests.Show(r));
            SobolAnalysisTests.Near(4.0 / 7, ix.Total, SobolAnalysisTests.Show(r));
        }
    }

    [Fact]
    public void Two_parallel_routes_match_one_minus_the_product_of_misses()
    {
        // t fails through s->t (p1) or s->a->t (p2 on s->a, a->t certain): P = 1 − (1 − p1)(1 − p2).
        // With q = 1 − p uniform the output is 1 − q1 q2: the same indices as the product, 3/7 and 4/7.
        var g = PropagationTestGraphs.Parse("s->t:1:0.5, s->a:1:0.5, a->t:1:1");
        var (model, space) = Model(g, "s", ["t"], P("s", "t"), P("s", "a"));
        Assert.Equal(1 - 0.7 * 0.6, model.Evaluate([0.3, 0.4])[0], 0.04);
        var r = Sobol(model, space);
        Assert.Equal(0.75, r.Mean, 0.02);
        foreach (var ix in r.Indices)
        {
            SobolAnalysisTests.Near(3.0 / 7, ix.FirstOrder, SobolAnalysisTests.Show(r));
            SobolAnalysisTests.Near(4.0 / 7, ix.Total, SobolAnalysisTests.Show(r));
        }
    }

    [Fact]
    public void A_parameter_on_an_edge_the_cascade_cannot_use_has_index_zero()
    {
        // x->y is not reachable from s: its probability cannot move P(t).
        var g = PropagationTestGraphs.Parse("s->t:1:0.5, x->y:1:0.5");
        var (model, space) = Model(g, "s", ["t"], P("s", "t"), P("x", "y"));
        var r = Sobol(model, space);
        Assert.InRange(r.Indices[0].Total, 1 - Tolerance, 1 + Tolerance);
        Assert.InRange(r.Indices[1].FirstOrder, -Tolerance, Tolerance);
        Assert.InRange(r.Indices[1].Total, -Tolerance, Tolerance);
        Assert.True(r.Indices[1].Ci95Total.Contains(0) || Math.Abs(r.Indices[1].Total) < 1e-12);
    }

    [Fact]
    public void At_the_central_point_the_model_agrees_with_the_independent_cascade()
    {
        var g = TestGraphs.Random(40, 120, 7);
        var gp = WithProbability(g, 0.3);
        var ranges = Enumerable.Range(0, 10).Select(e => new ParameterRange(gp.Id(gp.Source(e)), gp.Id(gp.Target(e)), EdgeKind.SharesWith,
            EdgeParameter.Probability, new ParameterDistribution(0.1, 0.5, 0.3))).ToArray();
        var space = ParameterSpace.Resolve(gp, null, ranges);
        var outputs = Enumerable.Range(0, gp.NodeCount).ToArray();
        var model = new LiveEdgeCascadeModel(space, [0], outputs, runs: 20_000);
        var y = model.Evaluate(space.CentralUnits());
        var mc = IndependentCascade.Run(gp, [0], new CascadeOptions { Runs = 20_000 });
        for (int v = 0; v < gp.NodeCount; v++) Assert.Equal(mc.FailureProbability[v], y[v], 0.025);
    }

    [Fact]
    public void Same_seed_gives_the_same_bytes_on_1_2_and_4_threads()
    {
        var g = WithProbability(TestGraphs.Random(30, 90, 3), 0.4);
        var ranges = Enumerable.Range(0, 12).Select(e => new ParameterRange(g.Id(g.Source(e)), g.Id(g.Target(e)), EdgeKind.SharesWith,
            EdgeParameter.Probability, new ParameterDistribution(0.2, 0.6, 0.4, e % 2 == 0 ? RangeDistribution.Triangular : RangeDistribution.Uniform))).ToArray();
        var space = ParameterSpace.Resolve(g, null, ranges);
        var model = new LiveEdgeCascadeModel(space, [0], Enumerable.Range(0, g.NodeCount).ToArray(), runs: 256);
        var bytes = new[] { 1, 2, 4 }.Select(t => SobolAnalysisTests.Bytes(SobolAnalysis.Run(model, space.UnitDistributions,
            new SobolOptions { Samples = 256, Bootstrap = 20, MaxDegreeOfParallelism = t }))).ToList();
        Assert.Equal(bytes[0], bytes[1]);
        Assert.Equal(bytes[0], bytes[2]);
        var iv = new[] { 1, 4 }.Select(t => UncertaintyIntervals.Run(model, space.UnitDistributions, 100, 9, t).Values).ToList();
        Assert.Equal(iv[0], iv[1]);
    }

    [Fact]
    public void Swing_and_intervals_on_the_chain()
    {
        var g = PropagationTestGraphs.Parse("s->a:1:0.5, a->t:1:0.8");
        var (model, space) = Model(g, "s", ["t"], P("s", "a", 0.2, 0.6), P("a", "t", 0.5, 0.9));
        var swing = OneAtATimeSwing.Run(model, space.UnitDistributions);
        Assert.Equal(0.4 * 0.7, swing.Central[0], 0.03);
        Assert.Equal(0.2 * 0.7, swing.AtLow[0][0], 0.03);
        Assert.Equal(0.6 * 0.7, swing.AtHigh[0][0], 0.03);
        Assert.Equal(0.4 * 0.5, swing.AtLow[1][0], 0.03);
        var iv = UncertaintyIntervals.Run(model, space.UnitDistributions, 400).Outputs[0];
        Assert.InRange(iv.Interval90.Low, 0.08, 0.2);
        Assert.InRange(iv.Interval90.High, 0.4, 0.54);
        Assert.True(iv.Interval90.Contains(iv.Central));
    }

    [Fact]
    public void Morris_ranks_the_influential_parameter_first()
    {
        var g = PropagationTestGraphs.Parse("s->t:1:0.5, s->a:1:0.5, a->t:1:0.1, x->y:1:0.5");
        var (model, space) = Model(g, "s", ["t"], P("s", "t"), P("s", "a", 0.4, 0.6), P("x", "y"));
        var r = MorrisScreening.Run(model, space.UnitDistributions, trajectories: 30);
        var e = r.Effects[0];
        Assert.True(e[0].MuStar > e[1].MuStar);
        Assert.Equal(0, e[2].MuStar);
        Assert.Equal(30 * 4, r.Evaluations);
    }

    internal static CompactGraph WithProbability(CompactGraph g, double p)
    {
        var b = new CompactGraphBuilder();
        for (int v = 0; v < g.NodeCount; v++) b.AddNode(g.Id(v));
        for (int e = 0; e < g.EdgeCount; e++) b.AddEdge(g.Source(e), g.Target(e), EdgeKind.SharesWith, g.Weight(e), p);
        return b.Build();
    }
}
