using System.Numerics;
using Depgraph.Core.Randomness;

namespace Depgraph.Core.Tests.Randomness;

public class LiveEdgeCoinsTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(0.1)]
    [InlineData(0.37)]
    [InlineData(0.93)]
    [InlineData(0.001)]
    [InlineData(0.999999)]
    public void Each_run_is_live_with_the_edge_probability(double p)
    {
        var coins = new LiveEdgeCoins(7);
        const int masks = 20_000;
        var perBit = new long[64];
        long total = 0;
        for (int i = 0; i < masks; i++)
        {
            ulong m = coins.Mask(i % 97, i / 97, p);
            total += BitOperations.PopCount(m);
            for (int b = 0; b < 64; b++) perBit[b] += (long)(m >> b) & 1;
        }
        double n = 64.0 * masks;
        // 5 standard errors, plus 4 counts where p is so extreme that the normal approximation fails
        double Tolerance(double trials, double z) => z * Math.Sqrt(p * (1 - p) / trials) + 4 / trials;
        Assert.InRange(total / n, p - Tolerance(n, 5), p + Tolerance(n, 5));
        // every run position on its own (6 standard errors: 64 positions × 6 probabilities)
        foreach (long c in perBit) Assert.InRange(c / (double)masks, p - Tolerance(masks, 6), p + Tolerance(masks, 6));
    }

    [Fact]
    public void Runs_edges_and_blocks_are_independent()
    {
        // pairs of bits in one mask, the same bit of neighbouring edges, and of neighbouring blocks: P(both) = p²
        const double p = 0.3;
        var coins = new LiveEdgeCoins(11);
        const int trials = 40_000;
        long inMask = 0, edges = 0, blocks = 0;
        for (int i = 0; i < trials; i++)
        {
            ulong m = coins.Mask(5, i, p);
            inMask += BitOperations.PopCount(m & (m >> 1) & 0x5555_5555_5555_5555UL);
            edges += BitOperations.PopCount(m & coins.Mask(5, i + trials, p));
            blocks += BitOperations.PopCount(m & coins.Mask(6, i, p));
        }
        foreach (var (both, pairs) in new[] { (inMask, 32.0 * trials), (edges, 64.0 * trials), (blocks, 64.0 * trials) })
            Assert.InRange(both / pairs, p * p - 5 * Math.Sqrt(p * p * (1 - p * p) / pairs), p * p + 5 * Math.Sqrt(p * p * (1 - p * p) / pairs));
    }

    [Fact]
    public void Certain_and_impossible_edges_draw_nothing_and_masks_grow_with_p()
    {
        var coins = new LiveEdgeCoins(3);
        for (int e = 0; e < 1000; e++)
        {
            Assert.Equal(0UL, coins.Mask(e, e, 0));
            Assert.Equal(0UL, coins.Mask(e, e, -0.0));
            Assert.Equal(ulong.MaxValue, coins.Mask(e, e, 1));
            // the same uniforms decide every p: a run live at p is live at every larger p
            ulong previous = 0;
            foreach (double p in (double[])[1e-300, 0.01, 0.25, 0.5, 0.5000001, 0.75, 0.99, 1 - 1e-16])
            {
                ulong m = coins.Mask(3, e, p);
                Assert.Equal(previous, previous & m);
                previous = m;
            }
        }
    }

    [Fact]
    public void A_pure_function_of_seed_block_and_edge()
    {
        var a = new LiveEdgeCoins(42);
        var b = new LiveEdgeCoins(42);
        Assert.Equal(42, a.Seed);
        var seen = new HashSet<ulong>();
        for (int block = 0; block < 50; block++)
            for (int e = 0; e < 200; e++)
            {
                Assert.Equal(a.Mask(block, e, 0.5), b.Mask(block, e, 0.5));
                seen.Add(a.Mask(block, e, 0.5));
            }
        Assert.Equal(50 * 200, seen.Count); // no two (block, edge) pairs share a stream
        Assert.NotEqual(a.Mask(0, 0, 0.5), new LiveEdgeCoins(43).Mask(0, 0, 0.5));
        Assert.NotEqual(a.Mask(1, 0, 0.5), a.Mask(0, 1, 0.5));
    }
}
