using Depgraph.Analysis.Uncertainty;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Tests.Uncertainty;

/// <summary>Arrival-hour intervals over assumed delay ranges, against closed forms.</summary>
public class ReachUncertaintyTests
{
    private static ParameterRange W(string s, string t, double low, double high) =>
        new(s, t, EdgeKind.Supplies, EdgeParameter.Weight, new ParameterDistribution(low, high, (low + high) / 2));

    /// <summary>The q-quantile of X + Y, X uniform on [a, b], Y on [c, d], by a fine grid.</summary>
    private static double SumQuantile(double a, double b, double c, double d, double q)
    {
        const int k = 1000;
        var v = new double[k * k];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++) v[i * k + j] = a + (b - a) * (i + 0.5) / k + c + (d - c) * (j + 0.5) / k;
        Array.Sort(v);
        return v[(int)(q * (v.Length - 1))];
    }

    [Fact]
    public void Chain_arrival_interval_is_the_quantiles_of_a_sum_of_uniforms()
    {
        var g = PropagationTestGraphs.Parse("s->a:2:1, a->t:4:1, x->y:1:1");
        var space = ParameterSpace.Resolve(g, null, [W("s", "a", 1, 3), W("a", "t", 2, 6), W("x", "y", 0, 5)]);
        var r = ReachUncertainty.Run(space, [g.V("s")], [g.V("a"), g.V("t")], samples: 2000, threads: 2);
        var t = r.Nodes[g.V("t")];
        Assert.Equal(6.0, t.Central);
        Assert.Equal(SumQuantile(1, 3, 2, 6, 0.05), t.Interval90.Low, 0.05);
        Assert.Equal(SumQuantile(1, 3, 2, 6, 0.95), t.Interval90.High, 0.05);
        Assert.Equal(t, r.Targets); // the latest of {a, t} is always t
        Assert.True(double.IsPositiveInfinity(r.Nodes[g.V("y")].Central));
        Assert.True(double.IsPositiveInfinity(r.Nodes[g.V("y")].Interval90.Low));
        Assert.Equal(new Interval(0, 0), r.Nodes[g.V("s")].Interval90);
    }

    [Fact]
    public void Targets_take_the_latest_arrival_per_parameter_set()
    {
        // a and b are reached over independent ranged edges; "all reached" is max(X, Y), whose 95th percentile
        // exceeds either's.
        var g = PropagationTestGraphs.Parse("s->a:2:1, s->b:2:1");
        var space = ParameterSpace.Resolve(g, null, [W("s", "a", 0, 4), W("s", "b", 0, 4)]);
        var r = ReachUncertainty.Run(space, [g.V("s")], [g.V("a"), g.V("b")], samples: 2000);
        Assert.Equal(2.0, r.Targets!.Central);
        Assert.Equal(4 * Math.Sqrt(0.05), r.Targets.Interval90.Low, 0.05);   // P(max ≤ x) = (x/4)²
        Assert.Equal(4 * Math.Sqrt(0.95), r.Targets.Interval90.High, 0.05);
        Assert.True(r.Targets.Interval90.High > r.Nodes[g.V("a")].Interval90.High);
    }

    [Fact]
    public void Probability_ranges_do_not_move_arrival_and_threads_do_not_change_it()
    {
        var g = PropagationTestGraphs.Parse("s->a:2:0.5, a->t:4:0.5");
        var p = new ParameterRange("s", "a", EdgeKind.Supplies, EdgeParameter.Probability, new ParameterDistribution(0, 1, 0.5));
        var only = ParameterSpace.Resolve(g, null, [p], EdgeParameter.Weight);
        Assert.Equal(0, only.Count);
        var r = ReachUncertainty.Run(only, [g.V("s")], null);
        Assert.Null(r.Targets);
        Assert.Equal(new Interval(6, 6), r.Nodes[g.V("t")].Interval90);
        var space = ParameterSpace.Resolve(g, null, [W("s", "a", 1, 3), W("a", "t", 2, 6)]);
        var one = ReachUncertainty.Run(space, [0], [2], 100, 9, 1);
        var four = ReachUncertainty.Run(space, [0], [2], 100, 9, 4);
        Assert.Equal(one.Nodes, four.Nodes);
        Assert.Equal(one.Targets, four.Targets);
    }
}
