using Depgraph.Analysis.Paths;
using Depgraph.Analysis.Reach;
using Depgraph.Core.Compact;
using QuikGraph.Algorithms.ShortestPath;

namespace Depgraph.Analysis.Tests.Paths;

public class ShortestPathsTests
{
    [Fact]
    public void Fewer_hops_win_among_equally_short_paths()
    {
        var g = TestGraphs.Parse("a->b:1, b->c:1, a->c:2");
        var t = ShortestPaths.Dijkstra(g, [g.V("a")]);
        Assert.Equal(2.0, t.Distance(g.V("c")));
        Assert.Equal(["a", "c"], g.Ids(t.PathTo(g.V("c"))));
        Assert.Equal(1, t.Hops(g.V("c")));
        Assert.Equal(g.V("a"), t.Predecessor(g.V("c")));
        Assert.Equal(g.FindEdge(g.V("a"), g.V("c")), t.PredecessorEdge(g.V("c")));
    }

    [Fact]
    public void Distances_on_a_known_graph()
    {
        var g = TestGraphs.Parse("s->a:4, s->b:1, b->a:2, a->c:1, b->c:5, c->d:3, x");
        var t = ShortestPaths.Dijkstra(g, [g.V("s")]);
        Assert.Equal([0.0, 3, 1, 4, 7, double.PositiveInfinity],
            new[] { "s", "a", "b", "c", "d", "x" }.Select(id => t.Distance(g.V(id))));
        Assert.Equal(["s", "b", "a", "c", "d"], g.Ids(t.PathTo(g.V("d"))));
        Assert.Empty(t.PathTo(g.V("x")));
        Assert.False(t.IsReachable(g.V("x")));
        Assert.Equal(-1, t.Hops(g.V("x")));
        Assert.Equal(-1, t.Predecessor(g.V("x")));
        Assert.Equal(-1, t.PredecessorEdge(g.V("s")));
        Assert.Equal(["s"], g.Ids(t.PathTo(g.V("s"))));
    }

    [Fact]
    public void Equal_distance_and_hops_prefer_the_smaller_predecessor_index()
    {
        // c gets index 1, b index 2: d's predecessor is c although b -> d comes later in the input.
        var g = TestGraphs.Parse("a->c:1, a->b:1, b->d:1, c->d:1");
        var t = ShortestPaths.Dijkstra(g, [g.V("a")]);
        Assert.Equal(g.V("c"), t.Predecessor(g.V("d")));
        var g2 = TestGraphs.Parse("a->b:1, a->c:1, c->d:1, b->d:1");
        Assert.Equal(g2.V("b"), ShortestPaths.Dijkstra(g2, [g2.V("a")]).Predecessor(g2.V("d")));
    }

    [Fact]
    public void Parallel_edges_use_the_cheapest()
    {
        var g = TestGraphs.Parse("a->b:3, a->b:1, a->b:1");
        var t = ShortestPaths.Dijkstra(g, [g.V("a")]);
        Assert.Equal(1.0, t.Distance(g.V("b")));
        Assert.Equal(1, t.PredecessorEdge(g.V("b"))); // the first of the two 1-hour edges
    }

    [Fact]
    public void Zero_delays_keep_the_fewest_hops()
    {
        var g = TestGraphs.Parse("a->b:0, b->c:0, a->c:0, c->a:0");
        var t = ShortestPaths.Dijkstra(g, [g.V("a")]);
        Assert.Equal(0.0, t.Distance(g.V("c")));
        Assert.Equal(1, t.Hops(g.V("c")));
    }

    [Fact]
    public void Several_sources_start_together()
    {
        var g = TestGraphs.Parse("a->c:5, b->c:2, c->d:1");
        var t = ShortestPaths.Dijkstra(g, [g.V("a"), g.V("b"), g.V("a")]);
        Assert.Equal(3.0, t.Distance(g.V("d")));
        Assert.Equal(["b", "c", "d"], g.Ids(t.PathTo(g.V("d"))));
        Assert.Equal([g.V("a"), g.V("b")], t.Sources);
    }

    [Fact]
    public void Empty_and_single_vertex_graphs()
    {
        Assert.Equal(0, ShortestPaths.Dijkstra(CompactGraph.Empty, []).NodeCount);
        var one = TestGraphs.Parse("x");
        var t = ShortestPaths.Dijkstra(one, [0]);
        Assert.Equal(0.0, t.Distance(0));
        Assert.Equal(double.PositiveInfinity, ShortestPaths.Dijkstra(one, []).Distance(0));
    }

    [Fact]
    public void Guards()
    {
        var g = TestGraphs.Parse("a->b");
        Assert.Throws<ArgumentNullException>(() => ShortestPaths.Dijkstra(null!, [0]));
        Assert.Throws<ArgumentNullException>(() => ShortestPaths.Dijkstra(g, null!));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ShortestPaths.Dijkstra(g, [0, 2]));
        Assert.Contains("sources[1] = 2", ex.Message);
        var neg = TestGraphs.Parse("a->b:-1");
        Assert.Contains("non-negative", Assert.Throws<ArgumentException>(() => ShortestPaths.Dijkstra(neg, [0])).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => ShortestPaths.Dijkstra(g, [0]).PathTo(5));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Agrees_with_QuikGraph_on_random_graphs(int seed)
    {
        var g = seed % 2 == 0 ? TestGraphs.Random(60, 240, seed) : PropagationTestGraphs.RandomIntegerWeights(50, 200, seed, 3, parallel: true);
        var qg = g.ToQuikGraph();
        for (int s = 0; s < g.NodeCount; s += 7)
        {
            var t = ShortestPaths.Dijkstra(g, [s]);
            var dijkstra = new DijkstraShortestPathAlgorithm<int, QuikGraph.TaggedEdge<int, int>>(qg, e => g.Weight(e.Tag));
            dijkstra.Compute(s);
            for (int v = 0; v < g.NodeCount; v++)
            {
                bool reachable = dijkstra.TryGetDistance(v, out double d) && d < double.MaxValue;
                Assert.Equal(reachable, t.IsReachable(v));
                if (!reachable) { Assert.Equal(double.PositiveInfinity, t.Distance(v)); continue; }
                Assert.Equal(d, t.Distance(v), 9);
                // the tree is consistent: distance and hops follow the predecessor edge
                if (v == s) continue;
                int e = t.PredecessorEdge(v), u = t.Predecessor(v);
                Assert.Equal(u, g.Source(e));
                Assert.Equal(v, g.Target(e));
                Assert.Equal(t.Distance(u) + g.Weight(e), t.Distance(v));
                Assert.Equal(t.Hops(u) + 1, t.Hops(v));
                Assert.Equal(PropagationOracles.Cost(g, t.PathTo(v)), t.Distance(v), 9);
            }
            // no shortest path has fewer hops than the tree's: check every tight edge
            for (int e = 0; e < g.EdgeCount; e++)
            {
                int u = g.Source(e), v = g.Target(e);
                if (v == s || !t.IsReachable(u) || t.Distance(u) + g.Weight(e) != t.Distance(v)) continue;
                Assert.True(t.Hops(u) + 1 >= t.Hops(v));
                if (t.Hops(u) + 1 == t.Hops(v)) Assert.True(t.Predecessor(v) <= u);
            }
        }
    }

    private static CompactGraph RandomMultigraph(int n, int m, int seed, int family) =>
        PathTestGraphs.RandomMultigraph(n, m, seed, PathTestGraphs.MixedDelay, family);

    /// <summary>Bucket widths: the heap alone (0), the automatic choice (-1), and fixed widths that put many or few
    /// distances in one bucket.</summary>
    public static TheoryData<int, double> FamiliesAndWidths()
    {
        var d = new TheoryData<int, double>();
        for (int family = 0; family <= 6; family++)
            foreach (double width in new[] { 0, -1, 0.5, 0.01, 3 })
                d.Add(family, width);
        return d;
    }

    [Theory]
    [MemberData(nameof(FamiliesAndWidths))]
    public void Every_queue_gives_the_oracle_tree_bit_for_bit(int family, double width)
    {
        // every distance, hop count, predecessor and predecessor edge must equal the Bellman–Ford fixed point
        for (int trial = 0; trial < 150; trial++)
        {
            int n = 1 + trial % 60, m = trial % 7 * n;
            var g = RandomMultigraph(n, m, 1000 * family + trial, family);
            var rng = new Random(trial);
            int[] sources = trial % 5 == 0 ? [rng.Next(n), rng.Next(n), rng.Next(n)] : [rng.Next(n)];
            var t = ShortestPaths.DijkstraWith(g, sources, width);
            PathTestGraphs.AssertOracleTree(PathOracles.EarliestArrival(g, sources.Distinct().ToList()), t);
        }
    }

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(2, -1)]
    [InlineData(2, 0.01)]
    [InlineData(4, -1)]
    [InlineData(5, -1)]
    public void Buckets_give_the_heap_tree_on_a_larger_graph_with_ties(int family, double width)
    {
        var g = RandomMultigraph(20_000, 100_000, 7, family);
        var a = ShortestPaths.DijkstraWith(g, [0, 1], width);
        var b = ShortestPaths.DijkstraWith(g, [0, 1], 0);
        PathTestGraphs.AssertSameTree(b, a);
        int reached = Enumerable.Range(0, g.NodeCount).Count(a.IsReachable);
        Assert.True(reached > 10_000); // the sweep exercised many buckets
    }

    [Fact]
    public void The_bucket_width_follows_the_weights()
    {
        Assert.Equal(0, ShortestPaths.BucketWidth([1, 2, 3])); // a small graph keeps the heap alone
        var halfHours = Enumerable.Range(0, 2000).Select(i => i % 10 * 0.5).ToArray();
        Assert.Equal(0.5, ShortestPaths.BucketWidth(halfHours)); // Dial: one distance per bucket
        var hundredths = Enumerable.Range(0, 2000).Select(i => 0.5 + i % 50 * 0.01).ToArray();
        Assert.Equal(0, ShortestPaths.BucketWidth(hundredths)); // not multiples of the smallest: the heap alone
        var wide = Enumerable.Range(0, 2000).Select(i => i == 0 ? 1 : i == 1 ? 8192 : 2.0).ToArray();
        Assert.Equal(0, ShortestPaths.BucketWidth(wide)); // the widest edge would span more than MaxBucketSpan buckets
        Assert.Equal(0, ShortestPaths.BucketWidth(new double[2000])); // all zero
        var subnormal = Enumerable.Repeat(double.Epsilon, 2000).ToArray();
        Assert.Equal(0, ShortestPaths.BucketWidth(subnormal));
        var infinite = Enumerable.Range(0, 2000).Select(i => i == 0 ? double.PositiveInfinity : 2.0).ToArray();
        Assert.Equal(2, ShortestPaths.BucketWidth(infinite)); // +∞ (an unusable edge) is ignored
        // a large graph: buckets of max / MaxBucketSpan when not multiples of the smallest, Dial's width when they are
        var large = Enumerable.Range(0, ShortestPaths.LargeGraphEdges).Select(i => 0.5 + i % 7151 * 0.01).ToArray();
        Assert.Equal(large.Max() / ShortestPaths.MaxBucketSpan, ShortestPaths.BucketWidth(large));
        var largeHalfHours = Enumerable.Range(0, ShortestPaths.LargeGraphEdges).Select(i => 0.5 + i % 10 * 0.5).ToArray();
        Assert.Equal(0.5, ShortestPaths.BucketWidth(largeHalfHours));
        largeHalfHours[7] = 0;
        largeHalfHours[8] = double.PositiveInfinity;
        Assert.Equal(0.5, ShortestPaths.BucketWidth(largeHalfHours));
    }

    [Fact]
    public void A_million_vertex_path_and_star_do_not_overflow()
    {
        const int n = 1_000_000;
        var path = TestGraphs.Path(n);
        var t = ShortestPaths.Dijkstra(path, [0]);
        Assert.Equal(n - 1, t.Distance(n - 1));
        Assert.Equal(n, t.PathTo(n - 1).Count);
        var star = TestGraphs.Star(n);
        var ts = ShortestPaths.Dijkstra(star, [0]);
        Assert.Equal(1.0, ts.Distance(n - 1));
    }
}
