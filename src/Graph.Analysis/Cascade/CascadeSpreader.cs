using Depgraph.Core.Compact;
using Depgraph.Core.Randomness;

namespace Depgraph.Analysis.Cascade;

/// <summary>
/// One run of the independent cascade on reusable arrays: breadth-first from the sources, each newly failed vertex
/// u fails each out-neighbour over edge e with probability <c>Probability(e)</c>, drawing from
/// <c>Xoshiro256StarStar.ForRun(seed, run)</c> in edge order. The single implementation of the coin flips, shared by
/// <see cref="IndependentCascade"/> and the learning sampler, so both give identical runs.
/// </summary>
/// <remarks>O(n) memory once; each run costs O(failed vertices + their out-edges). A stamp array (one epoch per run)
/// replaces clearing. Not thread-safe: one per worker.</remarks>
public sealed class CascadeSpreader(CompactGraph g)
{
    private readonly int[] _offsets = g.RawOut.Offsets;
    private readonly int[] _targets = g.RawOut.Targets;
    private readonly double[] _p = g.RawProbabilities;
    private readonly int[] _stamp = new int[g.NodeCount];
    private readonly int[] _queue = new int[g.NodeCount];
    private int _epoch;

    /// <summary>Runs run number <paramref name="run"/>; returns the number of failed vertices (sources included) and,
    /// when <paramref name="counts"/> is given, adds one to the count of every failed vertex.</summary>
    public int Spread(ReadOnlySpan<int> sources, int seed, int run, int[]? counts)
    {
        if (_epoch == int.MaxValue)
        {
            Array.Clear(_stamp);
            _epoch = 0;
        }
        int epoch = ++_epoch, tail = 0;
        var rng = Xoshiro256StarStar.ForRun(seed, run);
        foreach (int s in sources)
        {
            if (_stamp[s] == epoch) continue;
            _stamp[s] = epoch;
            _queue[tail++] = s;
            if (counts is not null) counts[s]++;
        }
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
                    if (counts is not null) counts[v]++;
                }
            }
        }
        return tail;
    }
}
