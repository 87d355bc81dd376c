using Depgraph.Analysis.Cascade;
using Depgraph.Core.Compact;
using Depgraph.Core.Randomness;

namespace Depgraph.Learning;

/// <summary>
/// The Monte Carlo independent cascade from one source, 64 runs at a time on reused arrays: the same coins as
/// <see cref="BitParallelCascade"/> (<see cref="BitParallelSpreader"/> with <c>LiveEdgeCoins(seed)</c>), so
/// <see cref="MeanFailed"/> equals <c>BitParallelCascade.Run(g, [source], {Runs, Seed}).MeanFailed</c> exactly,
/// without allocating O(n) arrays per source. Not thread-safe: one per worker.
/// </summary>
internal sealed class CascadeSampler(CompactGraph g, int seed)
{
    private readonly BitParallelSpreader _spreader = new(g);
    private readonly LiveEdgeCoins _coins = new(seed);
    private readonly int[] _block = new int[BitParallelSpreader.MaxWords * BitParallelSpreader.BlockSize];

    /// <summary>Mean number of failed vertices (the source included) over <paramref name="runs"/> runs.</summary>
    public double MeanFailed(int source, int runs, CancellationToken ct)
    {
        long sum = 0;
        ReadOnlySpan<int> sources = [source];
        for (int start = 0; start < runs; start += _spreader.Runs)
        {
            ct.ThrowIfCancellationRequested();
            int count = Math.Min(_spreader.Runs, runs - start);
            _spreader.Spread(sources, _coins, start, count, _block, null);
            for (int i = 0; i < count; i++) sum += _block[i];
        }
        return (double)sum / runs;
    }
}
