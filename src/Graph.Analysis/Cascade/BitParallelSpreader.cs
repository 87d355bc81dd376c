using System.Numerics;
using Depgraph.Core.Compact;
using Depgraph.Core.Randomness;

namespace Depgraph.Analysis.Cascade;

/// <summary>
/// Up to 64 · <see cref="Words"/> runs of the independent cascade at once on reusable arrays: each vertex holds one bit
/// per run, and the failed bits of u travel along edge e as <c>failed(u) AND live(e)</c>, the live mask of runs
/// 64b … 64b + 63 coming from <see cref="LiveEdgeCoins.Mask"/>(b, e, p). The single implementation of the bit-parallel
/// cascade, shared by <see cref="BitParallelCascade"/>, <see cref="SequentialCascade"/> and the learning sampler, so all
/// give identical runs.
/// </summary>
/// <remarks>
/// <para>A vertex is queued (first in, first out) while it holds bits it has not yet passed on; when it is taken off
/// the queue it passes on only those, so every (vertex, run) pair is propagated once. An edge's coins are drawn
/// only when it could fail its target in some run not yet failed there, and the same (block, edge) always gives the
/// same coins, so neither the order of the work nor the number of words changes anything: the failed set of run r is
/// exactly the set reachable from the sources over the edges live in run r (Kempe et al. 2003's live-edge view of the
/// independent cascade).</para>
/// <para>The words of a vertex are adjacent, so one memory access serves up to 256 runs (the traversal is bound by
/// memory latency on large graphs). O(n · Words) memory once; a call costs O(failed vertices + their out-edges), the
/// out-edges re-scanned when a vertex receives new runs later. Not thread-safe: one per worker.</para>
/// </remarks>
public sealed class BitParallelSpreader
{
    /// <summary>Runs per machine word, and per block of <see cref="LiveEdgeCoins"/>.</summary>
    public const int BlockSize = 64;

    /// <summary>Largest <see cref="Words"/>.</summary>
    public const int MaxWords = 4;

    private const byte Touched = 1, Queued = 2;
    private readonly int _w;
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly double[] _p;
    private readonly ulong[] _failed;   // [v * words + w]
    private readonly ulong[] _pending;  // [v * words + w]: failed bits not yet passed on
    private readonly byte[] _state;
    private readonly int[] _queue;
    private readonly int[] _touched;
    private readonly ulong[] _planes = new ulong[MaxWords * 32];
    private int _touchedCount;

    /// <summary>Arrays for graph <paramref name="g"/>; the probabilities are those of its edges.</summary>
    /// <param name="g">The dependency graph, edges pointing from supplier to dependant.</param>
    /// <param name="words">Machine words per vertex, 1 to <see cref="MaxWords"/>: 64 runs each per call.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="words"/> is out of range.</exception>
    public BitParallelSpreader(CompactGraph g, int words = MaxWords)
    {
        ArgumentNullException.ThrowIfNull(g);
        ArgumentOutOfRangeException.ThrowIfLessThan(words, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(words, MaxWords);
        _w = words;
        (_offsets, _targets) = g.RawOut;
        _p = g.RawProbabilities;
        int n = g.NodeCount;
        _failed = new ulong[(long)n * words];
        _pending = new ulong[(long)n * words];
        _state = new byte[n];
        _queue = new int[Math.Max(1, n)];
        _touched = new int[n];
    }

    /// <summary>Machine words per vertex: <see cref="Runs"/> = 64 · Words runs per call.</summary>
    public int Words => _w;

    /// <summary>Runs per call.</summary>
    public int Runs => _w * BlockSize;

    /// <summary>
    /// Simulates runs <paramref name="firstRun"/> … <paramref name="firstRun"/> + <paramref name="runs"/> − 1; writes
    /// the number of failed vertices (sources included) of run firstRun + i to <paramref name="failedPerRun"/>[i] and,
    /// when <paramref name="counts"/> is given, adds to each vertex's count the number of those runs in which it failed.
    /// </summary>
    /// <param name="sources">Vertices that fail first (duplicates ignored).</param>
    /// <param name="coins">The live-edge coins (the seed).</param>
    /// <param name="firstRun">First run, a multiple of 64.</param>
    /// <param name="runs">Runs to simulate, 0 to <see cref="Runs"/>.</param>
    /// <param name="failedPerRun">At least <paramref name="runs"/> slots.</param>
    /// <param name="counts">Per-vertex failure counts to add to, or null.</param>
    /// <exception cref="ArgumentException">A run range or span that does not fit.</exception>
    public void Spread(ReadOnlySpan<int> sources, LiveEdgeCoins coins, int firstRun, int runs, Span<int> failedPerRun, int[]? counts)
    {
        if (firstRun < 0 || firstRun % BlockSize != 0) throw new ArgumentException("firstRun must be a non-negative multiple of 64.", nameof(firstRun));
        if (runs < 0 || runs > Runs) throw new ArgumentException($"runs must be in [0, {Runs}].", nameof(runs));
        if (failedPerRun.Length < runs) throw new ArgumentException($"failedPerRun needs {runs} slots.", nameof(failedPerRun));
        int words = _w, firstBlock = firstRun / BlockSize;
        var failed = _failed;
        var pending = _pending;
        var state = _state;
        var queue = _queue;
        var offsets = _offsets;
        var targets = _targets;
        var p = _p;
        int head = 0, tail = 0, size = queue.Length, queued = 0;
        Span<ulong> bits = stackalloc ulong[MaxWords];
        if (runs > 0)
            foreach (int s in sources)
            {
                if (state[s] != 0) continue;
                state[s] = Touched | Queued;
                _touched[_touchedCount++] = s;
                for (int w = 0; w < words; w++)
                    failed[s * words + w] = pending[s * words + w] = FirstRuns(runs - w * BlockSize);
                queue[tail] = s;
                if (++tail == size) tail = 0;
                queued++;
            }
        while (queued > 0)
        {
            int u = queue[head];
            if (++head == size) head = 0;
            queued--;
            state[u] &= unchecked((byte)~Queued);
            for (int w = 0, pu = u * words; w < words; w++)
            {
                bits[w] = pending[pu + w];
                pending[pu + w] = 0;
            }
            for (int e = offsets[u], end = offsets[u + 1]; e < end; e++)
            {
                int v = targets[e], fv = v * words;
                bool grew = false;
                for (int w = 0; w < words; w++)
                {
                    ulong fresh = bits[w] & ~failed[fv + w];
                    if (fresh == 0) continue;
                    fresh &= coins.Mask(firstBlock + w, e, p[e]);
                    if (fresh == 0) continue;
                    failed[fv + w] |= fresh;
                    pending[fv + w] |= fresh;
                    grew = true;
                }
                if (!grew) continue;
                byte sv = state[v];
                if ((sv & Touched) == 0) _touched[_touchedCount++] = v;
                if ((sv & Queued) == 0)
                {
                    queue[tail] = v;
                    if (++tail == size) tail = 0;
                    queued++;
                }
                state[v] = Touched | Queued;
            }
        }
        Collect(failedPerRun[..runs], counts);
    }

    /// <summary>The mask of the first <paramref name="count"/> runs of a word: all 64 bits for 64 or more, none for 0 or fewer.</summary>
    /// <param name="count">Runs.</param>
    public static ulong FirstRuns(int count) => count >= BlockSize ? ulong.MaxValue : count <= 0 ? 0 : (1UL << count) - 1;

    /// <summary>Sums the failed bits per run (bit-sliced counters: amortised O(1) per word) and per vertex, and clears.</summary>
    private void Collect(Span<int> failedPerRun, int[]? counts)
    {
        int words = _w;
        var planes = _planes;
        Array.Clear(planes);
        for (int i = 0; i < _touchedCount; i++)
        {
            int v = _touched[i];
            _state[v] = 0;
            int c = 0;
            for (int w = 0; w < words; w++)
            {
                ulong x = _failed[v * words + w];
                _failed[v * words + w] = 0;
                c += BitOperations.PopCount(x);
                for (int k = w * 32; x != 0; k++)
                {
                    ulong carry = planes[k] & x;
                    planes[k] ^= x;
                    x = carry;
                }
            }
            if (counts is not null) counts[v] += c;
        }
        _touchedCount = 0;
        for (int r = 0; r < failedPerRun.Length; r++)
        {
            int c = 0, baseK = r / BlockSize * 32, bit = r % BlockSize;
            for (int k = 0; k < 32; k++) c |= (int)((planes[baseK + k] >> bit) & 1) << k;
            failedPerRun[r] = c;
        }
    }
}
