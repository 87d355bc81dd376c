using Depgraph.Analysis.Paths;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Paths;

/// <summary>
/// The random multigraphs and tree comparisons shared by <see cref="ShortestPathsTests"/> and
/// <see cref="DinitzBucketsTests"/>: delays from a family, every comparison bit for bit.
/// </summary>
internal static class PathTestGraphs
{
    /// <summary>Mixed delay families (the queues' tests): integers (many ties), half hours, hundredths (like the bench
    /// graphs), zeros, tiny and huge.</summary>
    public static double MixedDelay(Random rng, int family) => family switch
    {
        0 => rng.Next(4),
        1 => rng.Next(8) * 0.5,
        2 => Math.Round(rng.NextDouble() * 24, 2),
        3 => rng.Next(3) == 0 ? 0 : rng.Next(1, 3),
        4 => rng.Next(4) switch { 0 => 0, 1 => 1e-300, 2 => double.Epsilon, _ => 1 },
        5 => rng.Next(5) == 0 ? double.PositiveInfinity : rng.NextDouble() * 1e6,
        _ => rng.NextDouble(),
    };

    /// <summary>Dinitz delay families: the first <see cref="DinitzPositiveFamilies"/> are all positive (Dinitz's buckets
    /// apply), the rest have zeros, huge ranges or only +∞ somewhere (they must fall back and still give the oracle's tree).</summary>
    public static double DinitzDelay(Random rng, int family) => family switch
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

    /// <summary>The <see cref="DinitzDelay"/> families whose delays are all positive.</summary>
    public const int DinitzPositiveFamilies = 5;

    /// <summary>A seeded multigraph on "0".."n-1" with <paramref name="m"/> random edges (loops and parallel edges too), delays from <paramref name="delay"/>.</summary>
    public static CompactGraph RandomMultigraph(int n, int m, int seed, Func<Random, int, double> delay, int family)
    {
        var rng = new Random(seed);
        var b = new CompactGraphBuilder(n, m);
        for (int i = 0; i < n; i++) b.AddNode(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (int k = 0; k < m && n > 0; k++) b.AddEdge(rng.Next(n), rng.Next(n), weight: delay(rng, family));
        return b.Build();
    }

    /// <summary>Asserts two trees equal: every distance (bit pattern), hop count, predecessor and predecessor edge.</summary>
    public static void AssertSameTree(ShortestPathTree expected, ShortestPathTree actual)
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

    /// <summary>Asserts a tree equals the oracle's arrays (<c>PathOracles.EarliestArrival</c>), bit for bit.</summary>
    public static void AssertOracleTree((double[] Dist, int[] Hops, int[] Pred, int[] PredEdge) oracle, ShortestPathTree actual)
    {
        for (int v = 0; v < oracle.Dist.Length; v++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(oracle.Dist[v]), BitConverter.DoubleToInt64Bits(actual.Distance(v)));
            Assert.Equal(oracle.Hops[v], actual.Hops(v));
            Assert.Equal(oracle.Pred[v], actual.Predecessor(v));
            Assert.Equal(oracle.PredEdge[v], actual.PredecessorEdge(v));
        }
    }
}
