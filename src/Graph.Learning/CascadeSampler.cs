using Depgraph.Analysis.Cascade;
using Depgraph.Core.Compact;

namespace Depgraph.Learning;

/// <summary>
/// The Monte Carlo independent cascade from one source, run after run on reused arrays: the same coin flips as
/// <see cref="IndependentCascade"/> (run r draws from <c>Xoshiro256StarStar.ForRun(seed, r)</c>, in the same breadth-first order),
/// so <see cref="MeanFailed"/> equals <c>IndependentCascade.Run(g, [source], {Runs, Seed}).MeanFailed</c> exactly,
/// without allocating O(n) arrays per source. Not thread-safe: one per worker.
/// </summary>
internal sealed class CascadeSampler(CompactGraph g, int seed)
{
    private readonly CascadeSpreader _spreader = new(g);

    /// <summary>Mean number of failed vertices (the source included) over <paramref name="runs"/> runs.</summary>
    public double MeanFailed(int source, int runs, CancellationToken ct)
    {
        long sum = 0;
        ReadOnlySpan<int> sources = [source];
        for (int r = 0; r < runs; r++)
        {
            if ((r & 63) == 0) ct.ThrowIfCancellationRequested();
            sum += _spreader.Spread(sources, seed, r, null);
        }
        return (double)sum / runs;
    }
}
