using Depgraph.Analysis.Cascade;
using Depgraph.Analysis.Paths;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Cascade;

public class LinearThresholdCascadeTests
{
    private static string[] Show(CompactGraph g, ThresholdCascadeResult r) =>
        r.Failed.Select(f => $"{g.Id(f.Vertex)}@{f.Hours.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{f.Step}").ToArray();

    [Fact]
    public void Documented_example()
    {
        var g = PropagationTestGraphs.Parse("power->hospital:2:1:1, water->hospital:5:1:1");
        Assert.Equal(["power@0/0", "hospital@2/1"], Show(g, LinearThresholdCascade.Run(g, [g.V("power")], 0.5)));
    }

    [Fact]
    public void An_exactly_equal_share_fails_and_a_smaller_one_does_not()
    {
        // hospital: strengths power 1, water 1, fuel 2 -> power alone is 1/4, power + water is exactly 1/2.
        var g = PropagationTestGraphs.Parse("power->hospital:1:1:1, water->hospital:3:1:1, fuel->hospital:1:1:2");
        Assert.Equal(["power@0/0"], Show(g, LinearThresholdCascade.Run(g, [g.V("power")], 0.5)));
        Assert.Equal(["power@0/0", "water@0/0", "hospital@3/1"], Show(g, LinearThresholdCascade.Run(g, [g.V("power"), g.V("water")], 0.5)));
        Assert.Equal(["power@0/0", "water@0/0"], Show(g, LinearThresholdCascade.Run(g, [g.V("water"), g.V("power")], 0.51)));
        Assert.Equal(["power@0/0", "hospital@1/1"], Show(g, LinearThresholdCascade.Run(g, [g.V("power")], 0.25)));
        Assert.Equal(["fuel@0/0", "hospital@1/1"], Show(g, LinearThresholdCascade.Run(g, [g.V("fuel")], 0.5)));
    }

    [Fact]
    public void Times_add_along_the_chain_and_steps_take_the_deepest_supplier()
    {
        // d needs both b (step 1, t=1) and c (step 2, t=2+1=3); threshold 1 -> d fails at max(1+4, 3+1) = 5, step 3.
        var g = PropagationTestGraphs.Parse("a->b:1, a->x:2, x->c:1, b->d:4, c->d:1, d->e:0.5, q");
        var r = LinearThresholdCascade.Run(g, [g.V("a")], 1.0);
        Assert.Equal(["a@0/0", "b@1/1", "x@2/1", "c@3/2", "d@5/3", "e@5.5/4"], Show(g, r));
        Assert.Equal(1.0, r.Threshold);
        Assert.Equal([g.V("a")], r.Sources);
    }

    [Fact]
    public void Zero_delays_fail_the_same_instant_with_growing_steps()
    {
        var g = PropagationTestGraphs.Parse("s->a:0, a->b:0, b->c:2, s->c:2");
        // c: both suppliers arrive at hour 2 (s step 0, b step 2) -> step 3.
        Assert.Equal(["s@0/0", "a@0/1", "b@0/2", "c@2/3"], Show(g, LinearThresholdCascade.Run(g, [g.V("s")], 1.0)));
    }

    [Fact]
    public void Ties_are_ordered_by_hours_then_step_then_id_and_sources_by_id()
    {
        var g = PropagationTestGraphs.Parse("s2->z:1, s1->y:1, s1->m:0.5, m->b:0.5");
        var r = LinearThresholdCascade.Run(g, [g.V("s2"), g.V("s1")], 0.5);
        Assert.Equal(["s1@0/0", "s2@0/0", "m@0.5/1", "y@1/1", "z@1/1", "b@1/2"], Show(g, r));
        Assert.Equal([g.V("s2"), g.V("s1")], r.Sources);
    }

    [Fact]
    public void Vertices_without_incoming_strength_never_fail()
    {
        var g = PropagationTestGraphs.Parse("a->b:1:1:0, b->c, x");
        Assert.Equal(["a@0/0"], Show(g, LinearThresholdCascade.Run(g, [g.V("a")], 0.5)));
        Assert.Empty(LinearThresholdCascade.Run(CompactGraph.Empty, [], 0.5).Failed);
        Assert.Equal(["b@0/0", "c@1/1"], Show(g, g.ThresholdCascade(["b"])));
        Assert.Equal(["b@0/0", "c@1/1"], Show(g, g.ThresholdCascade(g.V("b"), 1)));
    }

    [Fact]
    public void With_threshold_close_to_zero_it_fails_the_reachable_set_at_earliest_arrival()
    {
        var g = TestGraphs.Random(80, 200, 4);
        var r = LinearThresholdCascade.Run(g, [0], 1e-9);
        var tree = Depgraph.Analysis.Paths.ShortestPaths.Dijkstra(g, [0]);
        var reach = PropagationOracles.Reachable(g, [0]);
        Assert.Equal(reach.Order(), r.Failed.Select(f => f.Vertex).Order());
        Assert.All(r.Failed, f => Assert.Equal(tree.Distance(f.Vertex), f.Hours));
        Assert.True(r.Failed.Zip(r.Failed.Skip(1)).All(p => p.First.Hours <= p.Second.Hours));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.0001)]
    [InlineData(double.NaN)]
    public void Threshold_is_validated(double t) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearThresholdCascade.Run(TestGraphs.Path(2), [0], t));

    [Fact]
    public void Guards()
    {
        Assert.Throws<ArgumentException>(() => LinearThresholdCascade.Run(PropagationTestGraphs.Parse("a->b:1:1:-1"), [0], 0.5));
        Assert.Throws<ArgumentException>(() => LinearThresholdCascade.Run(PropagationTestGraphs.Parse("a->b:-1"), [0], 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearThresholdCascade.Run(TestGraphs.Path(2), [3], 0.5));
        Assert.Throws<ArgumentNullException>(() => LinearThresholdCascade.Run(null!, [0], 0.5));
    }

    [Fact]
    public void A_million_vertex_path_and_star_do_not_overflow()
    {
        const int n = 1_000_000;
        var r = LinearThresholdCascade.Run(TestGraphs.Path(n), [0], 1);
        Assert.Equal(new FailedNode(n - 1, n - 1, n - 1), r.Failed[^1]);
        Assert.Equal(n, LinearThresholdCascade.Run(TestGraphs.Star(n), [0], 1).Failed.Count);
    }
}
