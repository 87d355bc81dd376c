using Depgraph.Analysis.Paths;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Paths;

/// <summary>
/// <see cref="DinitzBuckets"/> (no heap) against the Bellman–Ford oracle and against the 4-ary heap alone: every
/// distance (bit pattern), hop count, predecessor and predecessor edge equal, on seeded random multigraphs.
/// </summary>
public class DinitzBucketsTests
{
    private const int PositiveFamilies = PathTestGraphs.DinitzPositiveFamilies;

    private static CompactGraph RandomMultigraph(int n, int m, int seed, int family) =>
        PathTestGraphs.RandomMultigraph(n, m, seed, PathTestGraphs.DinitzDelay, family);

    private static bool Applies(CompactGraph g) => DinitzBuckets.Width(DelayScan.Of(g.RawWeights), g.NodeCount) > 0;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Small_graphs_give_the_oracle_tree_bit_for_bit(int family)
    {
        int used = 0;
        for (int trial = 0; trial < 300; trial++)
        {
            int n = 1 + trial % 70, m = trial % 9 * n;
            var g = RandomMultigraph(n, m, 7919 * family + trial, family);
            var rng = new Random(trial);
            int[] sources = trial % 5 == 0 ? [rng.Next(n), rng.Next(n), rng.Next(n)] : trial % 11 == 0 ? [] : [rng.Next(n)];
            var t = ShortestPaths.DijkstraWith(g, sources, ShortestPaths.Dinitz);
            if (Applies(g)) used++;
            PathTestGraphs.AssertOracleTree(PathOracles.EarliestArrival(g, sources.Distinct().ToList()), t);
        }
        if (family < PositiveFamilies) Assert.True(used > 250, $"{used}"); // the buckets ran (graphs with an edge)
        else if (family < 8) Assert.True(used < 100, $"{used}"); // and these mostly fell back (tiny graphs may lack a zero)
    }

    public static TheoryData<int, int> LargeCases()
    {
        var d = new TheoryData<int, int>();
        for (int family = 0; family < PositiveFamilies; family++)
            foreach (int seed in new[] { 1, 2 })
                d.Add(family, seed);
        return d;
    }

    [Theory]
    [MemberData(nameof(LargeCases))]
    public void Large_graphs_give_the_heap_tree_bit_for_bit(int family, int seed)
    {
        // 30,000 vertices, 150,000 edges: the automatic choice (-1) takes Dinitz's buckets; some vertices unreachable
        var g = RandomMultigraph(30_000, 150_000, 100 * family + seed, family);
        Assert.True(Applies(g));
        Assert.Equal(ShortestPaths.Queue(g.NodeCount, g.RawWeights, DelayScan.Of(g.RawWeights), -1).DinitzWidth,
            DinitzBuckets.Width(DelayScan.Of(g.RawWeights), g.NodeCount));
        int[] sources = seed == 1 ? [0] : [5, 17, 29_999, 5];
        var heap = ShortestPaths.DijkstraWith(g, sources, 0);
        var auto = ShortestPaths.Dijkstra(g, sources);
        PathTestGraphs.AssertSameTree(heap, auto);
        PathTestGraphs.AssertSameTree(heap, ShortestPaths.DijkstraWith(g, sources, 0.25)); // and the bucketed heap agrees too
        int reached = Enumerable.Range(0, g.NodeCount).Count(heap.IsReachable);
        Assert.InRange(reached, 20_000, g.NodeCount - 10);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void On_the_locality_layout_the_tree_is_the_same(int family)
    {
        var g = RandomMultigraph(5_000, 25_000, 31 + family, family);
        var heap = ShortestPaths.DijkstraWith(g, [3, 4], 0);
        using var _ = LocalityLayout.OverrideThreshold(0);
        Assert.NotNull(LocalityLayout.For(g));
        PathTestGraphs.AssertSameTree(heap, ShortestPaths.DijkstraWith(g, [3, 4], ShortestPaths.Dinitz));
        PathTestGraphs.AssertSameTree(heap, ShortestPaths.Dijkstra(g, [3, 4]));
    }

    [Fact]
    public void Distances_to_a_target_are_the_heap_ones()
    {
        // the reverse search of KShortestPaths' heuristic takes the same queue
        var g = RandomMultigraph(8_000, 40_000, 5, 0);
        Assert.True(Applies(g));
        var to = ShortestPaths.DistancesTo(g, 42);
        var reverse = new CompactGraphBuilder(g.NodeCount, g.EdgeCount);
        for (int v = 0; v < g.NodeCount; v++) reverse.AddNode(g.Id(v));
        for (int e = 0; e < g.EdgeCount; e++) reverse.AddEdge(g.Target(e), g.Source(e), weight: g.Weight(e));
        var r = reverse.Build();
        var heap = ShortestPaths.DijkstraWith(r, [42], 0);
        for (int v = 0; v < g.NodeCount; v++)
            Assert.Equal(BitConverter.DoubleToInt64Bits(heap.Distance(v)), BitConverter.DoubleToInt64Bits(to[v]));
    }

    [Fact]
    public void The_width_is_half_the_smallest_delay_where_the_buckets_apply()
    {
        static double Width(int n, params double[] w) => DinitzBuckets.Width(DelayScan.Of(w), n);
        Assert.Equal(0.25, Width(10, 0.5, 3, 72));
        Assert.Equal(0.25, Width(10, 0.5, double.PositiveInfinity)); // +∞ (an unusable edge) is ignored
        Assert.Equal(0.5, Width(10, 1, 4096)); // the widest range allowed
        Assert.Equal(0, Width(10, 1, 4097)); // wider: falls back
        Assert.Equal(0, Width(10, 0, 1, 2)); // a zero delay: falls back
        Assert.Equal(0, Width(10, double.PositiveInfinity)); // no usable delay
        Assert.Equal(0, Width(10)); // no edge
        Assert.Equal(0, Width(10, double.Epsilon)); // half of it is not representable
        Assert.Equal(0, Width(10, 3 * double.Epsilon, 4 * double.Epsilon));
        Assert.Equal(1e-300 / 2, Width(10, 1e-300, 1e-299));
        Assert.Equal(0, Width(10, BitConverter.Int64BitsToDouble(0x0010_0000_0000_0001))); // half of it would round
    }

    [Fact]
    public void The_automatic_choice_keeps_small_graphs_on_the_heap()
    {
        var small = RandomMultigraph(100, 1_000, 1, 0);
        Assert.True(Applies(small));
        Assert.Equal(0, ShortestPaths.Queue(small.NodeCount, small.RawWeights, DelayScan.Of(small.RawWeights), -1).DinitzWidth);
        Assert.True(ShortestPaths.Queue(small.NodeCount, small.RawWeights, DelayScan.Of(small.RawWeights), ShortestPaths.Dinitz).DinitzWidth > 0);
        Assert.Equal((0.5, 0.0), ShortestPaths.Queue(small.NodeCount, small.RawWeights, DelayScan.Of(small.RawWeights), 0.5));
        var zeros = RandomMultigraph(100, 2_000, 1, 5);
        Assert.Equal(0, ShortestPaths.Queue(zeros.NodeCount, zeros.RawWeights, DelayScan.Of(zeros.RawWeights), -1).DinitzWidth);
    }
}
