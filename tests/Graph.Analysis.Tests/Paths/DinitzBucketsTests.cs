using Depgraph.Analysis.Paths;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Paths;

/// <summary>
/// <see cref="DinitzBuckets"/> (no heap) against the Bellman–Ford oracle and against the 4-ary heap alone: every
/// distance (bit pattern), hop count, predecessor and predecessor edge equal, on seeded random multigraphs.
/// </summary>
public class DinitzBucketsTests
{
    /// <summary>Delay families: the first five are all positive (Dinitz's buckets apply), the rest have zeros, huge
    /// ranges or only +∞ somewhere (they must fall back and still give the oracle's tree).</summary>
    private static double Delay(Random rng, int family) => family switch
    {
        0 => Math.Round(0.5 + rng.NextDouble() * 71.5, 2), // hundredths from 0.5 h, like the bench graphs
        1 => rng.Next(1, 4), // small integers: many equal distances, hop and predecessor ties
        2 => rng.Next(1, 9) * 0.5, // half hours
        3 => rng.Next(6) == 0 ? double.PositiveInfinity : rng.Next(2) == 0 ? 0.1 : 0.3, // 0.1 + 0.2 ≠ 0.3 sums; unusable edges
        4 => rng.Next(2) == 0 ? 1 : 4096, // the widest range allowed
        5 => rng.Next(3) == 0 ? 0 : rng.Next(1, 3), // zeros: falls back
        6 => rng.Next(2) == 0 ? 1 : 4097, // wider than MaxBucketSpan: falls back
        7 => rng.Next(2) == 0 ? double.Epsilon : 2 * double.Epsilon, // subnormal: falls back
        _ => rng.NextDouble() + 1e-3,
    };

    private const int PositiveFamilies = 5;

    private static CompactGraph RandomMultigraph(int n, int m, int seed, int family)
    {
        var rng = new Random(seed);
        var b = new CompactGraphBuilder(n, m);
        for (int i = 0; i < n; i++) b.AddNode(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (int k = 0; k < m && n > 0; k++) b.AddEdge(rng.Next(n), rng.Next(n), weight: Delay(rng, family)); // loops and parallel edges too
        return b.Build();
    }

    private static void AssertSameTree(ShortestPathTree expected, ShortestPathTree actual)
    {
        Assert.Equal(expected.NodeCount, actual.NodeCount);
        Assert.Equal(expected.Sources, actual.Sources);
        for (int v = 0; v < expected.NodeCount; v++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Distance(v)), BitConverter.DoubleToInt64Bits(actual.Distance(v)));
            Assert.Equal(expected.Hops(v), actual.Hops(v));
            Assert.Equal(expected.Predecessor(v), actual.Predecessor(v));
            Assert.Equal(expected.PredecessorEdge(v), actual.PredecessorEdge(v));
        }
    }

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
            var (dist, hops, pred, predEdge) = PathOracles.EarliestArrival(g, sources.Distinct().ToList());
            for (int v = 0; v < n; v++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(dist[v]), BitConverter.DoubleToInt64Bits(t.Distance(v)));
                Assert.Equal(hops[v], t.Hops(v));
                Assert.Equal(pred[v], t.Predecessor(v));
                Assert.Equal(predEdge[v], t.PredecessorEdge(v));
            }
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
        AssertSameTree(heap, auto);
        AssertSameTree(heap, ShortestPaths.DijkstraWith(g, sources, 0.25)); // and the bucketed heap agrees too
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
        AssertSameTree(heap, ShortestPaths.DijkstraWith(g, [3, 4], ShortestPaths.Dinitz));
        AssertSameTree(heap, ShortestPaths.Dijkstra(g, [3, 4]));
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
