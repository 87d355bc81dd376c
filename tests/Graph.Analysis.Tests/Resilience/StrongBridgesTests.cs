using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Resilience;

public class StrongBridgesTests
{
    [Fact]
    public void Null_graph_throws() => Assert.Throws<ArgumentNullException>(() => StrongBridges.Find((CompactGraph)null!));

    [Fact]
    public void Empty_single_and_acyclic_graphs_have_none()
    {
        Assert.Empty(StrongBridges.Find(CompactGraph.Empty));
        Assert.Empty(StrongBridges.Find(TestGraphs.Parse("a->a")));
        Assert.Empty(StrongBridges.Find(TestGraphs.Path(5)));
        Assert.Empty(StrongBridges.Find(TestGraphs.Star(5)));
    }

    [Fact]
    public void Every_edge_of_a_directed_cycle_is_one() =>
        Assert.Equal(new[] { (0, 1), (1, 2), (2, 3), (3, 0) }.Order(), StrongBridges.Find(TestGraphs.Cycle(4)));

    [Fact]
    public void Documented_example()
    {
        var g = TestGraphs.Parse("a->b, b->c, c->a");
        Assert.Equal(3, StrongBridges.Find(g).Count);
        Assert.Empty(StrongBridges.Find(TestGraphs.Parse("a->b, b->c, c->a, b->a, c->b, a->c")));
        // with only b->a and c->b added, a->b stays a strong bridge (a's only way out), and so does b->c
        Assert.Equal(new[] { (0, 1), (1, 2) }, StrongBridges.Find(TestGraphs.Parse("a->b, b->c, c->a, b->a, c->b")));
    }

    [Fact]
    public void Parallel_copy_is_redundant_but_its_reverse_is_not()
    {
        var g = TestGraphs.Parse("a->b, a->b, b->a");
        Assert.Equal(new[] { (g.IndexOf("b"), g.IndexOf("a")) }, StrongBridges.Find(g));
    }

    [Fact]
    public void Bidirected_path_edges_are_all_strong_bridges() =>
        Assert.Equal(new[] { (0, 1), (1, 0), (1, 2), (2, 1) }, StrongBridges.Find(TestGraphs.Parse("0->1, 1->0, 1->2, 2->1")));

    [Fact]
    public void Edges_between_components_and_self_loops_are_not()
    {
        var g = TestGraphs.Parse("a->b, b->a, b->b, b->c, c->d, d->c");
        Assert.Equal(new[] { ("a", "b"), ("b", "a"), ("c", "d"), ("d", "c") }.Select(p => (g.IndexOf(p.Item1), g.IndexOf(p.Item2))).Order(),
            StrongBridges.Find(g));
    }

    [Fact]
    public void Random_graphs_match_removal_and_QuikGraph_recount()
    {
        for (int seed = 0; seed < 400; seed++)
        {
            var g = BruteForce.RandomMultigraph(seed, maxN: 10);
            int baseCount = BruteForce.SccCount(g);
            var expected = Enumerable.Range(0, g.EdgeCount).Where(e => BruteForce.SccCount(g, skipEdge: e) > baseCount)
                .Select(e => (g.Source(e), g.Target(e))).Distinct().Order().ToArray();
            Assert.Equal(expected, StrongBridges.Find(g));
        }
    }
}
