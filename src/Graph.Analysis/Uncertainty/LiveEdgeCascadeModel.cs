using System.Numerics;
using System.Runtime.Intrinsics;
using Depgraph.Analysis.Cascade;
using Depgraph.Analysis.Reach;
using Depgraph.Core;
using Depgraph.Core.Randomness;

namespace Depgraph.Analysis.Uncertainty;

/// <summary>
/// The independent cascade as a deterministic function of the uncertain edge probabilities: for a point
/// <c>u</c> of the unit cube, the failure probability of each output vertex, estimated from a fixed set of
/// <see cref="Runs"/> live-edge samples (common random numbers), with the probabilities of the
/// <see cref="ParameterSpace"/>'s edges substituted.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> The independent cascade from S fails exactly the vertices reachable from S over the
/// "live" edges, edge e being live with probability p_e independently (Kempe et al. 2003). Run r draws one uniform
/// U(e, r) per edge, once, from <see cref="Xoshiro256StarStar.ForRun"/>(seed, r / 64) in edge order; edge e is live in run r when
/// U(e, r) &lt; p_e. Runs are packed 64 to a machine word: for every uncertain edge and word the 64 uniforms are sorted
/// once with the cumulative bit masks, so the live mask for any p is one binary search. A cascade is then a
/// bit-parallel reachability: each vertex holds one bit per run, a worklist (lowest breadth-first rank first) pushes
/// <c>failed(u) AND live(e)</c> along every edge until nothing changes. One evaluation serves every output vertex.</para>
/// <para>Because the uniforms are fixed, equal parameter values give equal outputs on any thread (what the
/// samplers need), and differences between parameter sets are not blurred by independent noise. The Monte Carlo error
/// of each estimate is the binomial one, √(p(1 − p)/Runs), reported separately from the parameter uncertainty.
/// O(Runs/64 · (m + n)) per evaluation, O(m · Runs) memory for the uncertain edges' sorted uniforms.</para>
/// <para>Only <see cref="EdgeParameter.Probability"/> parameters act on it; others are accepted and have no effect.</para>
/// </remarks>
public sealed class LiveEdgeCascadeModel : IUncertaintyModel
{
    private readonly int _n, _m, _words;
    private readonly int[] _offsets, _targets;
    private readonly int[] _sources;
    private readonly int[] _outputs;
    private readonly ulong[] _fixedLive;     // [e * words + w]
    private readonly int[] _slotOfEdge;      // uncertain edge slot or -1
    private readonly double[] _sortedU;      // [(slot * words + w) * 64 + i]
    private readonly ulong[] _cumMask;       // [(slot * words + w) * 65 + c]: bits of the c smallest uniforms
    private readonly byte[] _bucketStart;    // [(slot * words + w) * 65 + b]: number of the 64 uniforms below b/64
    private readonly int[] _rank;            // breadth-first rank from the sources (processing priority)
    private readonly int[] _atRank;
    private readonly (int Parameter, int Index, int Edge)[] _uncertain;

    /// <summary>Builds the model; costs O(m · Runs) once.</summary>
    /// <param name="space">The uncertain parameters, resolved on the dependency graph (supplier → dependant).</param>
    /// <param name="sources">Vertices that fail first.</param>
    /// <param name="outputs">Vertices whose failure probability is an output, in output order.</param>
    /// <param name="runs">Live-edge samples, rounded up to a multiple of 64 (default 1024).</param>
    /// <param name="seed">Seed of the live-edge samples.</param>
    /// <exception cref="ArgumentOutOfRangeException">A vertex is out of range or runs &lt; 1.</exception>
    /// <exception cref="ArgumentException">An edge probability is outside [0, 1].</exception>
    public LiveEdgeCascadeModel(ParameterSpace space, IReadOnlyList<int> sources, IReadOnlyList<int> outputs, int runs = 1024, int seed = 42)
    {
        Preconditions.NotNull(space, nameof(space));
        Preconditions.NotNull(outputs, nameof(outputs));
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var g = space.Graph;
        _sources = GraphGuards.Sources(g, sources);
        GraphGuards.Probabilities(g);
        foreach (int t in outputs) Preconditions.ValidVertex(t, g.NodeCount, nameof(outputs));
        Space = space;
        _outputs = [.. outputs];
        _n = g.NodeCount;
        _m = g.EdgeCount;
        (_offsets, _targets) = g.RawOut;
        _words = (runs + 63) / 64;
        Runs = _words * 64;
        Seed = seed;
        _slotOfEdge = new int[_m];
        Array.Fill(_slotOfEdge, -1);
        var uncertain = new List<(int, int, int)>();
        for (int j = 0; j < space.Count; j++)
        {
            var p = space.Parameters[j];
            if (p.Parameter != EdgeParameter.Probability) continue;
            for (int i = 0; i < p.EdgeIds.Length; i++)
            {
                int e = p.EdgeIds[i];
                if (_slotOfEdge[e] < 0) _slotOfEdge[e] = uncertain.Count;
                uncertain.Add((j, i, e));
            }
        }
        _uncertain = [.. uncertain];
        (_rank, _atRank) = Ranks(g, _sources);
        int slots = _slotOfEdge.Count(s => s >= 0);
        _fixedLive = new ulong[(long)_m * _words];
        _sortedU = new double[(long)slots * _words * 64];
        _cumMask = new ulong[(long)slots * _words * 65];
        _bucketStart = new byte[(long)slots * _words * 65];
        var probability = g.RawProbabilities;
        var u = new double[64];
        var bit = new int[64];
        for (int w = 0; w < _words; w++)
        {
            var rng = Xoshiro256StarStar.ForRun(seed, w);
            for (int e = 0; e < _m; e++)
            {
                for (int i = 0; i < 64; i++) u[i] = rng.NextDouble();
                int slot = _slotOfEdge[e];
                if (slot < 0)
                {
                    double p = probability[e];
                    ulong mask = 0;
                    for (int i = 0; i < 64; i++) if (p >= 1 || u[i] < p) mask |= 1UL << i;
                    _fixedLive[(long)e * _words + w] = mask;
                    continue;
                }
                for (int i = 0; i < 64; i++) bit[i] = i;
                Array.Sort(u, bit);
                long baseU = ((long)slot * _words + w) * 64, baseM = ((long)slot * _words + w) * 65;
                ulong cum = 0;
                _cumMask[baseM] = 0;
                for (int i = 0; i < 64; i++)
                {
                    _sortedU[baseU + i] = u[i];
                    cum |= 1UL << bit[i];
                    _cumMask[baseM + i + 1] = cum;
                }
                for (int b = 0, c = 0; b <= 64; b++)
                {
                    while (c < 64 && u[c] < b / 64.0) c++;
                    _bucketStart[baseM + b] = (byte)c;
                }
            }
        }
    }

    private static (int[] Rank, int[] AtRank) Ranks(Depgraph.Core.Compact.CompactGraph g, int[] sources)
    {
        int n = g.NodeCount, next = 0;
        var rank = new int[n];
        Array.Fill(rank, -1);
        var order = new int[n];
        foreach (int s in sources) if (rank[s] < 0) { rank[s] = next; order[next++] = s; }
        for (int head = 0; head < next; head++)
            foreach (int v in g.OutNeighbors(order[head]))
                if (rank[v] < 0) { rank[v] = next; order[next++] = v; }
        for (int v = 0; v < n; v++) if (rank[v] < 0) { rank[v] = next; order[next++] = v; }
        return (rank, order);
    }

    /// <summary>The parameters.</summary>
    public ParameterSpace Space { get; }

    /// <summary>Live-edge samples per evaluation (a multiple of 64).</summary>
    public int Runs { get; }

    /// <summary>Seed of the live-edge samples.</summary>
    public int Seed { get; }

    /// <summary>The output vertices.</summary>
    public IReadOnlyList<int> Outputs => _outputs;

    /// <inheritdoc/>
    public int ParameterCount => Space.Count;

    /// <inheritdoc/>
    public int OutputCount => _outputs.Length;

    /// <summary>Binomial standard error of a probability estimated from <see cref="Runs"/> samples.</summary>
    public double StandardError(double p) => Math.Sqrt(Math.Max(0, p * (1 - p)) / Runs);

    /// <inheritdoc/>
    public IModelEvaluator CreateEvaluator() => new Evaluator(this);

    /// <summary>Failure probabilities of the outputs at the unit point <paramref name="unit"/> (one-off evaluation).</summary>
    public double[] Evaluate(ReadOnlySpan<double> unit)
    {
        var y = new double[_outputs.Length];
        new Evaluator(this).Evaluate(unit, y);
        return y;
    }

    private sealed class Evaluator : IModelEvaluator
    {
        private readonly LiveEdgeCascadeModel _md;
        private readonly ulong[] _live;
        private readonly ulong[] _failed;
        private readonly ulong[] _queued;     // bit per rank
        private readonly List<int> _touched = [];
        private readonly bool[] _isTouched;

        public Evaluator(LiveEdgeCascadeModel model)
        {
            _md = model;
            _live = (ulong[])model._fixedLive.Clone();
            _failed = new ulong[(long)model._n * model._words];
            _queued = new ulong[(model._n + 63) / 64 + 1];
            _isTouched = new bool[model._n];
        }

        public void Evaluate(ReadOnlySpan<double> parameters, Span<double> outputs)
        {
            var md = _md;
            int words = md._words;
            var sortedU = md._sortedU;
            var bucket = md._bucketStart;
            var cumMask = md._cumMask;
            foreach (var (j, i, e) in md._uncertain)
            {
                var par = md.Space.Parameters[j];
                double p = par.ValueAt(par.RangeOfEdge[i], parameters[j]);
                int slot = md._slotOfEdge[e];
                int b = p <= 0 ? 0 : p >= 1 ? 64 : (int)(p * 64);
                for (int w = 0; w < words; w++)
                {
                    long sw = (long)slot * words + w, baseU = sw * 64;
                    int c = bucket[sw * 65 + b];
                    while (c < 64 && sortedU[baseU + c] < p) c++;
                    _live[(long)e * words + w] = cumMask[sw * 65 + c];
                }
            }
            foreach (int v in _touched)
            {
                _isTouched[v] = false;
                Array.Clear(_failed, v * words, words);
            }
            _touched.Clear();
            int queuedCount = 0;
            foreach (int s in md._sources)
            {
                Touch(s);
                Array.Fill(_failed, ~0UL, s * words, words);
                Enqueue(md._rank[s], ref queuedCount);
            }
            var failed = _failed;
            var live = _live;
            bool vec = words % 4 == 0;
            while (queuedCount > 0)
            {
                int u = md._atRank[Dequeue(ref queuedCount)];
                int fu = u * words;
                for (int e = md._offsets[u], end = md._offsets[u + 1]; e < end; e++)
                {
                    int v = md._targets[e];
                    int fv = v * words, le = e * words;
                    bool changed = false;
                    if (vec)
                    {
                        for (int w = 0; w < words; w += 4)
                        {
                            var nv = Vector256.Create<ulong>(failed.AsSpan(fu + w, 4)) & Vector256.Create<ulong>(live.AsSpan(le + w, 4));
                            var fvw = Vector256.Create<ulong>(failed.AsSpan(fv + w, 4));
                            if ((nv & ~fvw) != Vector256<ulong>.Zero)
                            {
                                (fvw | nv).CopyTo(failed.AsSpan(fv + w, 4));
                                changed = true;
                            }
                        }
                    }
                    else
                    {
                        for (int w = 0; w < words; w++)
                        {
                            ulong nv = failed[fu + w] & live[le + w];
                            if ((nv & ~failed[fv + w]) != 0)
                            {
                                failed[fv + w] |= nv;
                                changed = true;
                            }
                        }
                    }
                    if (!changed) continue;
                    Touch(v);
                    Enqueue(md._rank[v], ref queuedCount);
                }
            }
            for (int o = 0; o < md._outputs.Length; o++)
            {
                long fo = (long)md._outputs[o] * words;
                long bits = 0;
                for (int w = 0; w < words; w++) bits += BitOperations.PopCount(_failed[fo + w]);
                outputs[o] = (double)bits / md.Runs;
            }
        }

        private void Enqueue(int rank, ref int count)
        {
            ulong bit = 1UL << (rank & 63);
            if ((_queued[rank >> 6] & bit) != 0) return;
            _queued[rank >> 6] |= bit;
            count++;
        }

        /// <summary>The queued vertex of lowest breadth-first rank (fewest re-visits on nearly acyclic graphs).</summary>
        private int Dequeue(ref int count)
        {
            int i = 0;
            while (_queued[i] == 0) i++;
            int rank = (i << 6) | BitOperations.TrailingZeroCount(_queued[i]);
            _queued[i] &= _queued[i] - 1;
            count--;
            return rank;
        }

        private void Touch(int v)
        {
            if (_isTouched[v]) return;
            _isTouched[v] = true;
            _touched.Add(v);
        }
    }
}
