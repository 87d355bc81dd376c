using Depgraph.Analysis.Cascade;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Learning;

/// <summary>
/// The Monte Carlo independent cascade from one source, run after run on reused arrays: the same coin flips as
/// <see cref="IndependentCascade"/> (run r draws from <c>CascadeRandom(seed, r)</c>, in the same breadth-first order),
/// so <see cref="MeanFailed"/> equals <c>IndependentCascade.Run(g, [source], {Runs, Seed}).MeanFailed</c> exactly,
/// without allocating O(n) arrays per source. Not thread-safe: one per worker.
/// </summary>
internal sealed class CascadeSampler(CompactGraph g, int seed)
{
    private readonly int[] _offsets = g.RawOut.Offsets;
    private readonly int[] _targets = g.RawOut.Targets;
    private readonly double[] _p = g.RawProbabilities;
    private readonly int[] _stamp = new int[g.NodeCount];
    private readonly int[] _queue = new int[g.NodeCount];
    private int _epoch;

    /// <summary>Mean number of failed vertices (the source included) over <paramref name="runs"/> runs.</summary>
    public double MeanFailed(int source, int runs, CancellationToken ct)
    {
        long sum = 0;
        for (int r = 0; r < runs; r++)
        {
            if ((r & 63) == 0) ct.ThrowIfCancellationRequested();
            sum += Run(source, r);
        }
        return (double)sum / runs;
    }

    private int Run(int source, int run)
    {
        if (_epoch == int.MaxValue)
        {
            Array.Clear(_stamp);
            _epoch = 0;
        }
        int epoch = ++_epoch, tail = 0;
        var rng = new CascadeRandom(seed, run);
        _stamp[source] = epoch;
        _queue[tail++] = source;
        for (int head = 0; head < tail; head++)
        {
            int u = _queue[head];
            for (int e = _offsets[u], end = _offsets[u + 1]; e < end; e++)
            {
                int v = _targets[e];
                if (_stamp[v] == epoch) continue;
                double p = _p[e];
                if (p >= 1 || (p > 0 && rng.NextDouble() < p))
                {
                    _stamp[v] = epoch;
                    _queue[tail++] = v;
                }
            }
        }
        return tail;
    }
}
