using Depgraph.Analysis.Reach;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Reach;

public class BreadthFirstTests
{
    [Fact]
    public void Path_with_a_hop_limit()
    {
        Assert.Equal([0, 1, 2, -1], BreadthFirst.Hops(TestGraphs.Path(4), [0], maxHops: 2));
        Assert.Equal([0, 1, 2, 3], BreadthFirst.Hops(TestGraphs.Path(4), [0]));
        Assert.Equal([0, -1, -1, -1], BreadthFirst.Hops(TestGraphs.Path(4), [0], maxHops: 0));
    }

    [Fact]
    public void Ignores_delays_and_counts_hand_overs()
    {
        var g = TestGraphs.Parse("a->b:1, b->c:1, a->c:100, c->a, x");
        var h = BreadthFirst.Hops(g, [g.V("a")]);
        Assert.Equal([0, 1, 1, -1], new[] { "a", "b", "c", "x" }.Select(id => h[g.V(id)]));
    }

    [Fact]
    public void Several_sources_cycles_and_empty_graphs()
    {
        Assert.Equal([0, 1, 2, 0, 1], BreadthFirst.Hops(TestGraphs.Cycle(5), [0, 3]));
        Assert.Empty(BreadthFirst.Hops(CompactGraph.Empty, []));
        Assert.Equal([-1], BreadthFirst.Hops(TestGraphs.Parse("x"), []));
    }

    [Fact]
    public void Guards()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BreadthFirst.Hops(TestGraphs.Path(2), [0], -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => BreadthFirst.Hops(TestGraphs.Path(2), [-1]));
        Assert.Throws<ArgumentNullException>(() => BreadthFirst.Hops(null!, [0]));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Agrees_with_brute_force_relaxation(int seed)
    {
        var g = TestGraphs.Random(40, 90, seed);
        var rng = new Random(seed);
        for (int trial = 0; trial < 10; trial++)
        {
            var sources = Enumerable.Range(0, 1 + rng.Next(3)).Select(_ => rng.Next(g.NodeCount)).ToArray();
            var expected = PropagationOracles.HopsByRelaxation(g, sources);
            Assert.Equal(expected, BreadthFirst.Hops(g, sources));
            int limit = rng.Next(4);
            Assert.Equal(expected.Select(h => h <= limit ? h : -1), BreadthFirst.Hops(g, sources, limit));
        }
    }

    [Fact]
    public void A_million_vertex_path_and_star_do_not_overflow()
    {
        const int n = 1_000_000;
        Assert.Equal(n - 1, BreadthFirst.Hops(TestGraphs.Path(n), [0])[n - 1]);
        Assert.Equal(1, BreadthFirst.Hops(TestGraphs.Star(n), [0])[n - 1]);
    }
}

public class BreadthFirstNeighborhoodTests
{
    [Fact]
    public void Path_neighborhood_in_breadth_first_order()
    {
        var g = TestGraphs.Path(4);
        Assert.Equal(new[] { (0, 0), (1, 1), (2, 2) }, BreadthFirst.Neighborhood(g, [0], 2));
        Assert.Equal(new[] { (0, 0) }, BreadthFirst.Neighborhood(g, [0], 0));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Agrees_with_the_dense_hop_array_on_random_graphs(int maxHops)
    {
        for (int seed = 0; seed < 20; seed++)
        {
            var g = TestGraphs.Random(60, 150, seed);
            var dense = BreadthFirst.Hops(g, [0, 5], maxHops);
            var sparse = BreadthFirst.Neighborhood(g, [0, 5, 0], maxHops).ToDictionary(x => x.Vertex, x => x.Hops);
            for (int v = 0; v < g.NodeCount; v++)
                Assert.Equal(dense[v], sparse.TryGetValue(v, out var h) ? h : -1);
        }
    }

    [Fact]
    public void Guards()
    {
        var g = TestGraphs.Path(3);
        Assert.Throws<ArgumentOutOfRangeException>(() => BreadthFirst.Neighborhood(g, [0], -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => BreadthFirst.Neighborhood(g, [9], 1));
    }
}

public class BreadthFirstDirectionOptimisingTests
{
    /// <summary>
    /// A seeded random multigraph: a few blocks with edges only inside (disconnected), a dense or sparse mix, hubs,
    /// self-loops, parallel edges and isolated vertices.
    /// </summary>
    private static CompactGraph RandomGraph(int seed)
    {
        var rng = new Random(seed);
        int n = rng.Next(1, 300);
        int blocks = 1 + rng.Next(3);
        int degree = rng.Next(4) switch { 0 => 1, 1 => 3, 2 => 8, _ => 20 };
        int isolated = rng.Next(Math.Max(1, n / 10));
        int live = Math.Max(1, n - isolated);
        var pairs = new List<(int, int)>();
        for (int i = 0; i < live * degree / 2; i++)
        {
            int block = rng.Next(blocks);
            int lo = live * block / blocks, hi = Math.Max(lo + 1, live * (block + 1) / blocks);
            int u = rng.Next(6) == 0 ? lo : rng.Next(lo, hi); // the block's first vertex is a hub
            int v = rng.Next(10) == 0 ? u : rng.Next(lo, hi);
            pairs.Add((u, v));
            if (rng.Next(8) == 0) pairs.Add((u, v));
        }
        return TestGraphs.FromPairs(n, pairs);
    }

    [Fact]
    public void Equals_the_plain_search_on_random_multigraphs_for_every_hop_limit()
    {
        int bottomUpSearches = 0;
        for (int seed = 0; seed < 300; seed++)
        {
            var g = RandomGraph(seed);
            var rng = new Random(~seed);
            int k = rng.Next(4);
            var sources = Enumerable.Range(0, k).Select(_ => rng.Next(g.NodeCount)).ToList();
            if (k > 0 && rng.Next(3) == 0) sources.Add(sources[0]); // duplicates are ignored
            foreach (int limit in new[] { 0, 1, 2, 3, 4, 5, int.MaxValue })
            {
                var expected = BreadthFirst.HopsWith(g, sources, limit, directionOptimising: false);
                Assert.Equal(expected, BreadthFirst.HopsWith(g, sources, limit, directionOptimising: true));
                if (DirectionOptimisingBfs.LastBottomUpLevels > 0) bottomUpSearches++;
            }
            if (seed % 10 == 0)
                Assert.Equal(PropagationOracles.HopsByRelaxation(g, [.. sources]), BreadthFirst.HopsWith(g, sources, int.MaxValue, true));
        }
        Assert.True(bottomUpSearches > 300, $"only {bottomUpSearches} searches went bottom-up");
    }

    [Fact]
    public void Equals_the_plain_search_on_the_locality_layout()
    {
        using var _ = LocalityLayout.OverrideThreshold(0);
        for (int seed = 1000; seed < 1040; seed++)
        {
            var g = RandomGraph(seed);
            int[] sources = [seed % g.NodeCount];
            foreach (int limit in new[] { 0, 2, int.MaxValue })
                Assert.Equal(BreadthFirst.HopsWith(g, sources, limit, false), BreadthFirst.HopsWith(g, sources, limit, true));
        }
    }

    [Fact]
    public void Large_path_star_and_random_graph_switch_direction_and_agree()
    {
        const int n = 200_000;
        Assert.Equal(n - 1, BreadthFirst.HopsWith(TestGraphs.Path(n), [0], int.MaxValue, true)[n - 1]);
        Assert.Equal(0, DirectionOptimisingBfs.LastBottomUpLevels);
        var star = BreadthFirst.HopsWith(TestGraphs.Star(n), [0], int.MaxValue, true);
        Assert.Equal(1, star[n - 1]);
        Assert.Equal(1, DirectionOptimisingBfs.LastBottomUpLevels);
        var g = TestGraphs.Random(n, 5 * n, seed: 7);
        Assert.Equal(BreadthFirst.HopsWith(g, [0, 1, 1], int.MaxValue, false), BreadthFirst.Hops(g, [0, 1, 1]));
        Assert.InRange(DirectionOptimisingBfs.LastBottomUpLevels, 1, 10);
    }
}
