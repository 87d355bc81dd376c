using Depgraph.Analysis.Uncertainty;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Tests.Uncertainty;

/// <summary>Intervals of cascade failure probabilities over assumed ranges, against closed forms.</summary>
public class CascadeUncertaintyTests
{
    private static ParameterRange P(string s, string t, double low, double high) =>
        new(s, t, EdgeKind.Supplies, EdgeParameter.Probability, new ParameterDistribution(low, high, (low + high) / 2));

    /// <summary>The q-quantile of X·Y with X, Y independent uniform on [a, b], by a fine grid (independent of the code under test).</summary>
    internal static double ProductQuantile(double a, double b, double q)
    {
        const int k = 1000;
        var v = new double[k * k];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++) v[i * k + j] = (a + (b - a) * (i + 0.5) / k) * (a + (b - a) * (j + 0.5) / k);
        Array.Sort(v);
        return v[(int)(q * (v.Length - 1))];
    }

    [Fact]
    public void Chain_interval_matches_the_quantiles_of_a_product_of_uniforms()
    {
        var g = PropagationTestGraphs.Parse("s->a:1:0.4, a->t:1:0.4");
        var space = ParameterSpace.Resolve(g, null, [P("s", "a", 0.2, 0.6), P("a", "t", 0.2, 0.6)]);
        var r = CascadeUncertainty.Run(space, [g.V("s")], new CascadeUncertaintyOptions { Samples = 1000, Runs = 20_000, MaxDegreeOfParallelism = 2 });
        var t = r.Nodes[g.V("t")];
        Assert.Equal(0.16, t.Central, 0.015);
        Assert.Equal(0.16, t.Mean, 0.015);
        Assert.Equal(ProductQuantile(0.2, 0.6, 0.05), t.Interval90.Low, 0.015);
        Assert.Equal(ProductQuantile(0.2, 0.6, 0.95), t.Interval90.High, 0.015);
        Assert.Equal(Math.Sqrt(t.Central * (1 - t.Central) / r.Runs), t.MonteCarloError, 12);
        Assert.Equal(20_032, r.Runs); // rounded up to a multiple of 64
        var s = r.Nodes[g.V("s")];
        Assert.Equal((1.0, 0.0, new Interval(1, 1)), (s.Central, s.MonteCarloError, s.Interval90));
    }

    [Fact]
    public void Without_ranges_the_interval_is_the_central_value_and_the_MC_error_stays()
    {
        var g = PropagationTestGraphs.Parse("s->a:1:0.5");
        var r = CascadeUncertainty.Run(ParameterSpace.Resolve(g, null, []), [g.V("s")], new CascadeUncertaintyOptions { Runs = 4096 });
        var a = r.Nodes[g.V("a")];
        Assert.Equal(a.Central, a.Interval90.Low);
        Assert.Equal(a.Central, a.Interval90.High);
        Assert.InRange(a.MonteCarloError, 0.007, 0.0085);
    }

    [Fact]
    public void A_wider_range_gives_a_wider_interval_and_a_fixed_edge_none()
    {
        // a is reached through the ranged edge, b through a fixed one: only a's interval opens.
        var g = PropagationTestGraphs.Parse("s->a:1:0.5, s->b:1:0.5");
        CascadeUncertaintyResult Run(double half) => CascadeUncertainty.Run(
            ParameterSpace.Resolve(g, null, [P("s", "a", 0.5 - half, 0.5 + half)]), [g.V("s")], new CascadeUncertaintyOptions { Samples = 200 });
        var narrow = Run(0.1);
        var wide = Run(0.4);
        Assert.True(wide.Nodes[g.V("a")].Interval90.Width > narrow.Nodes[g.V("a")].Interval90.Width + 0.3);
        Assert.Equal(0.0, wide.Nodes[g.V("b")].Interval90.Width);
    }

    [Fact]
    public void Same_seed_gives_identical_results_for_1_2_and_4_threads()
    {
        var g = TestGraphs.Random(60, 200, 3);
        var ranges = Enumerable.Range(0, 20).Select(e => new ParameterRange(g.Id(g.Source(e)), g.Id(g.Target(e)), EdgeKind.SharesWith,
            EdgeParameter.Probability, new ParameterDistribution(0, 1, g.Probability(e)))).ToArray();
        var space = ParameterSpace.Resolve(g, null, ranges);
        var runs = new[] { 1, 2, 4 }.Select(t => CascadeUncertainty.Run(space, [0], new CascadeUncertaintyOptions { Samples = 64, Runs = 256, MaxDegreeOfParallelism = t })).ToList();
        Assert.All(runs, r => Assert.Equal(runs[0].Nodes, r.Nodes));
        var other = CascadeUncertainty.Run(space, [0], new CascadeUncertaintyOptions { Samples = 64, Runs = 256, Seed = 7 });
        Assert.NotEqual(runs[0].Nodes, other.Nodes);
    }

    [Theory]
    [InlineData(1, 1024)]
    [InlineData(500, 0)]
    [InlineData(2_000_000, 1024)]
    public void Out_of_range_options_are_rejected(int samples, int runs)
    {
        var g = PropagationTestGraphs.Parse("s->a:1:0.5");
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CascadeUncertainty.Run(ParameterSpace.Resolve(g, null, []), [0], new CascadeUncertaintyOptions { Samples = samples, Runs = runs }));
    }
}
