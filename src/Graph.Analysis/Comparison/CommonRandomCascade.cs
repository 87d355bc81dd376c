using System.Runtime.CompilerServices;
using Depgraph.Analysis.Reach;
using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Comparison;

/// <summary>
/// The independent cascade on two graphs (base and scenario) with common random numbers: in run r, the edge
/// u → v fires in both graphs on the same uniform draw, so the difference in each node's failure probability is
/// measured with the sampling noise of the changed edges only.
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> As <see cref="Cascade.IndependentCascade"/>: the sources fail; each newly failed u fails
/// each out-neighbour v over edge e with probability p(e). Here the coin of edge e in run r is
/// <c>U(seed, r, key(e)) &lt; p(e)</c>, where key(e) hashes the edge's source id, target id, kind, flow and its rank
/// among parallel edges with the same four (FNV-1a, then SplitMix64 with the seed and run). An edge present in both
/// graphs draws the same number in both; an edge whose probability changed draws the same number and compares it to
/// the new probability. Hence an identical scenario gives exactly zero difference.</para>
/// <para><b>Interval.</b> Per node, d_r = 1[fails in scenario] − 1[fails in base] ∈ {−1, 0, 1}; the difference is the
/// mean of d_r and its 95 % interval mean ± 1.96 · s/√R, s the sample standard deviation of d_r.</para>
/// <para><b>Method.</b> Each run is two breadth-first searches over the failed vertices' out-edges: O(R · (n + m)) at
/// worst. Runs are split in fixed blocks across threads and counted as integers, so results do not depend on the
/// number of threads.</para>
/// <para><b>Example.</b> Base <c>a->b:0.5</c>, scenario <c>a->b:1</c>, from a: b's failure probability goes from about
/// 0.5 to 1; the difference equals 1 − base exactly run by run.</para>
/// <para>Reference: D. Kempe, J. Kleinberg, É. Tardos, KDD 2003, doi:10.1145/956750.956769; common random numbers:
/// P. Glasserman and D. D. Yao, Management Science 38(6), 1992, doi:10.1287/mnsc.38.6.884.</para>
/// </remarks>
public static class CommonRandomCascade
{
    /// <summary>Runs both cascades and returns, per node id failing in either, base, scenario, difference and interval.</summary>
    /// <param name="baseGraph">The base dependency graph (edges supplier → dependant).</param>
    /// <param name="scenarioGraph">The scenario dependency graph.</param>
    /// <param name="sourceIds">Ids that fail first; ids missing from a graph are skipped there.</param>
    /// <param name="runs">Runs (≥ 1).</param>
    /// <param name="seed">Seed.</param>
    /// <param name="ct">Cancels.</param>
    /// <exception cref="ArgumentException">An edge probability is outside [0, 1].</exception>
    public static IReadOnlyList<CascadeDifference> Run(CompactGraph baseGraph, CompactGraph scenarioGraph,
        IReadOnlyList<string> sourceIds, int runs, int seed, CancellationToken ct = default)
    {
        Preconditions.NotNull(baseGraph, nameof(baseGraph));
        Preconditions.NotNull(scenarioGraph, nameof(scenarioGraph));
        Preconditions.NotNull(sourceIds, nameof(sourceIds));
        if (runs < 1) throw new ArgumentOutOfRangeException(nameof(runs), runs, "Runs must be at least 1.");
        GraphGuards.Probabilities(baseGraph);
        GraphGuards.Probabilities(scenarioGraph);
        // union index space: base vertices, then scenario-only vertices.
        int nb = baseGraph.NodeCount;
        var toUnion = new int[scenarioGraph.NodeCount];
        var extraIds = new List<string>();
        for (int v = 0; v < scenarioGraph.NodeCount; v++)
        {
            int b = baseGraph.IndexOf(scenarioGraph.Id(v));
            toUnion[v] = b >= 0 ? b : nb + extraIds.Count;
            if (b < 0) extraIds.Add(scenarioGraph.Id(v));
        }
        int nu = nb + extraIds.Count;
        var srcB = sourceIds.Select(baseGraph.IndexOf).Where(v => v >= 0).Distinct().ToArray();
        var srcS = sourceIds.Select(scenarioGraph.IndexOf).Where(v => v >= 0).Distinct().ToArray();
        var keysB = EdgeKeys(baseGraph);
        var keysS = EdgeKeys(scenarioGraph);

        var failB = new long[nu];
        var failS = new long[nu];
        var differ = new long[nu];
        int threads = Math.Max(1, Math.Min(Environment.ProcessorCount, (runs + 63) / 64));
        int blockSize = Math.Max(1, Math.Min(256, runs / (threads * 8)));
        int blocks = (runs + blockSize - 1) / blockSize, next = -1;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = ct }, _ =>
        {
            var wb = new Spreader(baseGraph, keysB);
            var ws = new Spreader(scenarioGraph, keysS);
            var fb = new long[nu];
            var fs = new long[nu];
            var df = new long[nu];
            var markB = new int[nu];
            var markS = new int[nu];
            int epoch = 0;
            while (true)
            {
                int b = Interlocked.Increment(ref next);
                if (b >= blocks || ct.IsCancellationRequested) break;
                for (int r = b * blockSize, end = Math.Min(runs, r + blockSize); r < end; r++)
                {
                    epoch++;
                    int cb = wb.Spread(srcB, seed, r);
                    int cs = ws.Spread(srcS, seed, r);
                    for (int i = 0; i < cb; i++) { int u = wb.Queue[i]; markB[u] = epoch; fb[u]++; }
                    for (int i = 0; i < cs; i++) { int u = toUnion[ws.Queue[i]]; markS[u] = epoch; fs[u]++; if (markB[u] != epoch) df[u]++; }
                    for (int i = 0; i < cb; i++) { int u = wb.Queue[i]; if (markS[u] != epoch) df[u]++; }
                }
            }
            lock (failB)
                for (int v = 0; v < nu; v++) { failB[v] += fb[v]; failS[v] += fs[v]; differ[v] += df[v]; }
        });
        ct.ThrowIfCancellationRequested();

        var result = new List<CascadeDifference>();
        for (int v = 0; v < nu; v++)
        {
            if (failB[v] == 0 && failS[v] == 0) continue;
            double pb = (double)failB[v] / runs, ps = (double)failS[v] / runs;
            double mean = (double)(failS[v] - failB[v]) / runs;
            double half = 0;
            if (runs > 1 && differ[v] > 0)
            {
                double var = Math.Max(0, (differ[v] - runs * mean * mean) / (runs - 1));
                half = 1.96 * Math.Sqrt(var / runs);
            }
            string id = v < nb ? baseGraph.Id(v) : extraIds[v - nb];
            result.Add(new CascadeDifference(id, pb, ps, mean, mean - half, mean + half));
        }
        result.Sort((x, y) =>
        {
            int c = Math.Abs(y.Difference).CompareTo(Math.Abs(x.Difference));
            if (c == 0) c = y.Base.CompareTo(x.Base);
            return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
        });
        return result;
    }

    /// <summary>
    /// Stable 64-bit keys of the edges of <paramref name="g"/>: FNV-1a over source id, target id, kind and flow, mixed
    /// with the edge's rank among parallel edges with the same four (in edge-id order).
    /// </summary>
    public static ulong[] EdgeKeys(CompactGraph g)
    {
        Preconditions.NotNull(g, nameof(g));
        var keys = new ulong[g.EdgeCount];
        var seen = new Dictionary<ulong, int>();
        for (int e = 0; e < g.EdgeCount; e++)
        {
            ulong h = 14695981039346656037UL;
            h = Fnv(h, g.Id(g.Source(e)));
            h = (h ^ 0xFF) * 1099511628211UL;
            h = Fnv(h, g.Id(g.Target(e)));
            h = (h ^ (ulong)(1 + (int)g.EdgeKindOf(e))) * 1099511628211UL;
            h = (h ^ (ulong)(1 + (int)g.FlowOf(e))) * 1099511628211UL;
            int rank = seen.TryGetValue(h, out var r) ? r + 1 : 0;
            seen[h] = rank;
            keys[e] = Mix(h + (ulong)rank * 0x9E3779B97F4A7C15UL);
        }
        return keys;
    }

    private static ulong Fnv(ulong h, string s)
    {
        foreach (char c in s) { h = (h ^ (c & 0xFFu)) * 1099511628211UL; h = (h ^ (uint)(c >> 8)) * 1099511628211UL; }
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The uniform draw of the edge with key <paramref name="key"/> in run <paramref name="run"/>, in [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Draw(int seed, int run, ulong key) =>
        (Mix(key ^ Mix(((ulong)(uint)seed << 32) | (uint)run)) >> 11) * (1.0 / (1UL << 53));

    private sealed class Spreader(CompactGraph g, ulong[] keys)
    {
        private readonly int[] _offsets = g.RawOut.Offsets;
        private readonly int[] _targets = g.RawOut.Targets;
        private readonly double[] _p = g.RawProbabilities;
        private readonly int[] _stamp = new int[g.NodeCount];
        private int _epoch;

        public int[] Queue { get; } = new int[g.NodeCount];

        public int Spread(int[] sources, int seed, int run)
        {
            int epoch = ++_epoch, tail = 0;
            ulong runKey = Mix(((ulong)(uint)seed << 32) | (uint)run);
            foreach (int s in sources)
            {
                if (_stamp[s] == epoch) continue;
                _stamp[s] = epoch;
                Queue[tail++] = s;
            }
            for (int head = 0; head < tail; head++)
            {
                int u = Queue[head];
                for (int e = _offsets[u], end = _offsets[u + 1]; e < end; e++)
                {
                    int v = _targets[e];
                    if (_stamp[v] == epoch) continue;
                    double p = _p[e];
                    if (p >= 1 || (p > 0 && (Mix(keys[e] ^ runKey) >> 11) * (1.0 / (1UL << 53)) < p))
                    {
                        _stamp[v] = epoch;
                        Queue[tail++] = v;
                    }
                }
            }
            return tail;
        }
    }
}
