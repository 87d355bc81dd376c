using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Resilience;

public class VertexDisjointPathsTests
{
    [Fact]
    public void Guards()
    {
        var g = TestGraphs.Path(3);
        Assert.Throws<ArgumentNullException>(() => VertexDisjointPaths.Count(null!, 0, 1));
        Assert.Throws<ArgumentException>(() => VertexDisjointPaths.Count(g, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => VertexDisjointPaths.Count(g, 0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => VertexDisjointPaths.Count(g, -1, 2));
        Assert.Throws<ArgumentNullException>(() => VertexDisjointPaths.CountAll(g, 0, null!));
        Assert.Throws<ArgumentException>(() => VertexDisjointPaths.CountAll(g, 0, [1, 0]));
    }

    [Fact]
    public void Path_cycle_star()
    {
        Assert.Equal(1, VertexDisjointPaths.Count(TestGraphs.Path(5), 0, 4));
        Assert.Equal(0, VertexDisjointPaths.Count(TestGraphs.Path(5), 4, 0));
        Assert.Equal(1, VertexDisjointPaths.Count(TestGraphs.Cycle(5), 3, 1));
        Assert.Equal(1, VertexDisjointPaths.Count(TestGraphs.Star(5), 0, 3));
        Assert.Equal(0, VertexDisjointPaths.Count(TestGraphs.Star(5), 1, 3));
    }

    [Fact]
    public void Documented_examples()
    {
        var two = TestGraphs.Parse("s->a, s->b, a->t, b->t, a->b");
        Assert.Equal(2, VertexDisjointPaths.Count(two, two.IndexOf("s"), two.IndexOf("t")));
        var one = TestGraphs.Parse("s->a, a->t, a->b, b->t");
        Assert.Equal(1, VertexDisjointPaths.Count(one, one.IndexOf("s"), one.IndexOf("t")));
    }

    [Fact]
    public void Direct_edge_counts_once_however_many_copies()
    {
        var g = TestGraphs.Parse("s->t, s->t, s->a, a->t, s->s");
        Assert.Equal(2, VertexDisjointPaths.Count(g, g.IndexOf("s"), g.IndexOf("t")));
    }

    [Fact]
    public void Complete_digraph_has_n_minus_1_paths()
    {
        int n = 6;
        var g = TestGraphs.FromPairs(n, from u in Enumerable.Range(0, n) from v in Enumerable.Range(0, n) where u != v select (u, v));
        Assert.Equal(n - 1, VertexDisjointPaths.Count(g, 0, 5));
        Assert.Equal(new[] { (1, 5), (4, 5), (1, 5) }, VertexDisjointPaths.CountAll(g, 0, [1, 4, 1]));
    }

    [Fact]
    public void Needs_the_residual_reverse_arcs()
    {
        // The greedy first path s-a-b-t blocks both others; max flow must reroute to reach 2.
        var g = TestGraphs.Parse("s->a, a->b, b->t, s->c, c->b, a->d, d->t");
        Assert.Equal(2, VertexDisjointPaths.Count(g, g.IndexOf("s"), g.IndexOf("t")));
    }

    [Fact]
    public void Random_graphs_match_QuikGraph_max_flow_and_Menger_brute_force()
    {
        for (int seed = 0; seed < 300; seed++)
        {
            var g = BruteForce.RandomMultigraph(seed, maxN: 8);
            if (g.NodeCount < 2) continue;
            var rng = new Random(seed);
            int s = rng.Next(g.NodeCount), t = (s + 1 + rng.Next(g.NodeCount - 1)) % g.NodeCount;
            int paths = VertexDisjointPaths.Count(g, s, t);
            Assert.Equal(BruteForce.QuikDisjointPaths(g, s, t), paths);
            Assert.Equal(BruteForce.MengerDisjointPaths(g, s, t), paths);
            var targets = Enumerable.Range(0, g.NodeCount).Where(v => v != s).ToArray();
            var all = VertexDisjointPaths.CountAll(g, s, targets);
            Assert.Equal(targets.Select(v => (v, BruteForce.MengerDisjointPaths(g, s, v))), all);
        }
    }
}
