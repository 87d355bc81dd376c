using System.Numerics;
using System.Runtime.Intrinsics;

namespace Depgraph.Analysis.Uncertainty;

public sealed partial class LiveEdgeCascadeModel
{
    /// <summary>
    /// Scratch memory and the state of the last full evaluation (its live masks and failed bits), from which
    /// <see cref="EvaluateChange"/> recomputes only the runs one parameter can change.
    /// </summary>
    private sealed class Evaluator : IIncrementalEvaluator
    {
        private readonly LiveEdgeCascadeModel _md;
        private readonly int _words;
        private readonly ulong[] _live;       // [e * words + w] at the last full evaluation's point
        private readonly ulong[] _failed;     // [v * words + w] at that point
        private readonly ulong[] _work;       // [v * words + w]: a change's failures in the runs it alters (see EvaluateChange)
        private readonly ulong[] _reach;      // [v * words + w]: in lost runs, the vertices a flipped edge can reach
        private readonly ulong[] _queued;     // bit per vertex (the kept numbering is the priority)
        private readonly Touched _failedRows, _workRows, _reachRows;
        private readonly double[] _baseOutputs;
        private readonly ulong[] _lost, _gained;   // per word: runs in which a change killed / only added live edges used at the base
        private readonly int[] _lostWords, _gainedWords;
        private readonly ulong[] _saved;      // live masks displaced by a change
        private readonly ulong[] _flip;       // live bits a change flipped, per edge of the parameter
        private bool _hasBase;
        private int _queuedCount, _cursor;

        public Evaluator(LiveEdgeCascadeModel model)
        {
            _md = model;
            _words = model._words;
            int n = model.KeptVertexCount;
            _live = (ulong[])model._fixedLive.Clone();
            _failed = new ulong[(long)n * _words];
            _work = new ulong[(long)n * _words];
            _reach = new ulong[(long)n * _words];
            _queued = new ulong[(n + 63) / 64 + 1];
            _failedRows = new Touched(n);
            _workRows = new Touched(n);
            _reachRows = new Touched(n);
            _baseOutputs = new double[model._outputs.Length];
            _lost = new ulong[_words];
            _gained = new ulong[_words];
            _lostWords = new int[_words];
            _gainedWords = new int[_words];
            int most = model._edgesOf.Length == 0 ? 0 : model._edgesOf.Max(es => es.Length);
            _saved = new ulong[(long)most * _words];
            _flip = new ulong[(long)most * _words];
        }

        public void Evaluate(ReadOnlySpan<double> parameters, Span<double> outputs)
        {
            var md = _md;
            int words = _words;
            md.WriteLiveMasks(parameters, _live, rowBySlot: false);
            _failedRows.Clear(_failed, words);
            foreach (int s in md._sources)
            {
                _failedRows.Add(s);
                Array.Fill(_failed, ~0UL, s * words, words);
                Enqueue(s);
            }
            PropagateAllWords(_failed, _failedRows);
            for (int o = 0; o < md._outputKept.Length; o++)
            {
                long fo = (long)md._outputKept[o] * words;
                long bits = 0;
                for (int w = 0; w < words; w++) bits += BitOperations.PopCount(_failed[fo + w]);
                outputs[o] = _baseOutputs[o] = (double)bits / md.Runs;
            }
            _hasBase = true;
        }

        /// <summary>
        /// The vertices reached from <paramref name="from"/> (failed in every run) over the live edges of a fresh
        /// evaluator, i.e. over the fixed-live edges only ([v * words + w]; valid until the next call).
        /// </summary>
        public ulong[] FixedReach(ReadOnlySpan<int> from)
        {
            if (_hasBase) throw new InvalidOperationException("FixedReach needs an evaluator that has not evaluated a point.");
            _failedRows.Clear(_failed, _words);
            foreach (int s in from)
            {
                _failedRows.Add(s);
                Array.Fill(_failed, ~0UL, s * _words, _words);
                Enqueue(s);
            }
            PropagateAllWords(_failed, _failedRows);
            return _failed;
        }

        /// <remarks>
        /// <para>A run in which an edge of the parameter flips while its source failed at the base point is dirty; the
        /// others keep the base bits (the base failed set is still closed under the new live edges). Where edges only
        /// became live (gained runs) the base failed set stays failed and the new failures are pushed forward from the
        /// edges' targets.</para>
        /// <para>Where an edge died (lost runs) only vertices reachable over live edges from a flipped edge's target can
        /// change (take the last flipped edge on any route that changed). That set R is cleared and grown again from the
        /// failed vertices outside it, over the new live edges. Both cost what the change reaches, not the cascade.</para>
        /// </remarks>
        public void EvaluateChange(int parameter, double value, Span<double> outputs)
        {
            if (!_hasBase) throw new InvalidOperationException("EvaluateChange needs a full Evaluate first.");
            var md = _md;
            var (edges, par) = md.ChangeOf(parameter);
            int words = _words;
            Array.Clear(_lost);
            Array.Clear(_gained);
            for (int x = 0; x < edges.Length; x++)
            {
                var (e, range) = edges[x];
                double p = par.ValueAt(range, value);
                int slot = md._slotOfEdge[e];
                long src = (long)md._edgeSource[e] * words;
                for (int w = 0; w < words; w++)
                {
                    long le = (long)e * words + w;
                    ulong old = _live[le], now = md.LiveMask(slot, w, p), f = _failed[src + w];
                    _saved[(long)x * words + w] = old;
                    _flip[(long)x * words + w] = old ^ now;
                    _live[le] = now;
                    _lost[w] |= old & ~now & f;
                    _gained[w] |= now & ~old & f;
                }
            }
            int lostCount = 0, gainedCount = 0;
            for (int w = 0; w < words; w++)
            {
                _gained[w] &= ~_lost[w];
                if (_lost[w] != 0) _lostWords[lostCount++] = w;
                if (_gained[w] != 0) _gainedWords[gainedCount++] = w;
            }
            if (lostCount == 0 && gainedCount == 0) _baseOutputs.CopyTo(outputs);
            else
            {
                if (lostCount > 0) RegrowLost(edges, lostCount);
                if (gainedCount > 0) PushGained(edges, gainedCount);
                for (int o = 0; o < md._outputKept.Length; o++)
                {
                    long fo = (long)md._outputKept[o] * words;
                    long bits = 0;
                    for (int w = 0; w < words; w++) bits += BitOperations.PopCount(_failed[fo + w] & ~_reach[fo + w]) + BitOperations.PopCount(_work[fo + w]);
                    outputs[o] = (double)bits / md.Runs;
                }
                _workRows.Clear(_work, words);
                _reachRows.Clear(_reach, words);
            }
            for (int x = 0; x < edges.Length; x++)
                Array.Copy(_saved, (long)x * words, _live, (long)edges[x].Edge * words, words);
        }

        /// <summary>
        /// In the lost runs: R (<see cref="_reach"/>) = what the flipped edges' targets reach over live edges; then the
        /// failures inside R again (into <see cref="_work"/>), from the failed vertices outside R and the sources.
        /// </summary>
        private void RegrowLost((int Edge, int Range)[] edges, int lostCount)
        {
            var md = _md;
            int words = _words;
            var reach = _reach;
            var work = _work;
            var failed = _failed;
            var live = _live;
            var lostWords = _lostWords.AsSpan(0, lostCount);
            for (int x = 0; x < edges.Length; x++)
            {
                int t = md._targets[edges[x].Edge], ft = t * words;
                bool changed = false;
                foreach (int w in lostWords)
                {
                    ulong nv = _flip[(long)x * words + w] & _lost[w] & ~reach[ft + w];
                    if (nv == 0) continue;
                    reach[ft + w] |= nv;
                    changed = true;
                }
                if (!changed) continue;
                _reachRows.Add(t);
                Enqueue(t);
            }
            while (TryDequeue(out int u))
            {
                int fu = u * words;
                for (int e = md._offsets[u], end = md._offsets[u + 1]; e < end; e++)
                {
                    int fv = md._targets[e] * words, le = e * words;
                    bool changed = false;
                    foreach (int w in lostWords)
                    {
                        ulong nv = reach[fu + w] & live[le + w] & ~reach[fv + w];
                        if (nv == 0) continue;
                        reach[fv + w] |= nv;
                        changed = true;
                    }
                    if (!changed) continue;
                    _reachRows.Add(md._targets[e]);
                    Enqueue(md._targets[e]);
                }
            }
            foreach (int s in md._sources)
            {
                int fs = s * words;
                bool any = false;
                foreach (int w in lostWords) any |= (work[fs + w] = reach[fs + w]) != 0;
                if (!any) continue;
                _workRows.Add(s);
                Enqueue(s);
            }
            foreach (int v in _reachRows.Rows)
            {
                int fv = v * words;
                bool changed = false;
                for (int i = md._inOffsets[v], end = md._inOffsets[v + 1]; i < end; i++)
                {
                    int e = md._inEdges[i], fu = md._edgeSource[e] * words, le = e * words;
                    foreach (int w in lostWords)
                    {
                        ulong nv = failed[fu + w] & ~reach[fu + w] & live[le + w] & reach[fv + w] & ~work[fv + w];
                        if (nv == 0) continue;
                        work[fv + w] |= nv;
                        changed = true;
                    }
                }
                if (!changed) continue;
                _workRows.Add(v);
                Enqueue(v);
            }
            while (TryDequeue(out int u))
            {
                int fu = u * words;
                for (int e = md._offsets[u], end = md._offsets[u + 1]; e < end; e++)
                {
                    int fv = md._targets[e] * words, le = e * words;
                    bool changed = false;
                    foreach (int w in lostWords)
                    {
                        ulong nv = work[fu + w] & live[le + w] & reach[fv + w] & ~work[fv + w];
                        if (nv == 0) continue;
                        work[fv + w] |= nv;
                        changed = true;
                    }
                    if (!changed) continue;
                    _workRows.Add(md._targets[e]);
                    Enqueue(md._targets[e]);
                }
            }
        }

        /// <summary>
        /// In the gained runs, the failures the newly live edges add to the base failed set (into <see cref="_work"/>,
        /// disjoint from the base bits).
        /// </summary>
        private void PushGained((int Edge, int Range)[] edges, int gainedCount)
        {
            var md = _md;
            int words = _words;
            var work = _work;
            var failed = _failed;
            var live = _live;
            var gainedWords = _gainedWords.AsSpan(0, gainedCount);
            foreach (var (e, _) in edges)
            {
                int fu = md._edgeSource[e] * words, fv = md._targets[e] * words, le = e * words;
                bool changed = false;
                foreach (int w in gainedWords)
                {
                    ulong nv = _gained[w] & failed[fu + w] & live[le + w] & ~failed[fv + w] & ~work[fv + w];
                    if (nv == 0) continue;
                    work[fv + w] |= nv;
                    changed = true;
                }
                if (!changed) continue;
                _workRows.Add(md._targets[e]);
                Enqueue(md._targets[e]);
            }
            while (TryDequeue(out int u))
            {
                int fu = u * words;
                for (int e = md._offsets[u], end = md._offsets[u + 1]; e < end; e++)
                {
                    int fv = md._targets[e] * words, le = e * words;
                    bool changed = false;
                    foreach (int w in gainedWords)
                    {
                        ulong nv = work[fu + w] & _gained[w] & live[le + w] & ~failed[fv + w] & ~work[fv + w];
                        if (nv == 0) continue;
                        work[fv + w] |= nv;
                        changed = true;
                    }
                    if (!changed) continue;
                    _workRows.Add(md._targets[e]);
                    Enqueue(md._targets[e]);
                }
            }
        }

        /// <summary>Pushes <c>bits(u) AND live(e)</c> along every edge, over every word, until nothing changes (queued vertices first).</summary>
        private void PropagateAllWords(ulong[] bits, Touched rows)
        {
            var md = _md;
            int words = _words;
            var live = _live;
            bool vec = words % 4 == 0;
            while (TryDequeue(out int u))
            {
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
                            var nv = Vector256.Create<ulong>(bits.AsSpan(fu + w, 4)) & Vector256.Create<ulong>(live.AsSpan(le + w, 4));
                            var fvw = Vector256.Create<ulong>(bits.AsSpan(fv + w, 4));
                            if ((nv & ~fvw) != Vector256<ulong>.Zero)
                            {
                                (fvw | nv).CopyTo(bits.AsSpan(fv + w, 4));
                                changed = true;
                            }
                        }
                    }
                    else
                    {
                        for (int w = 0; w < words; w++)
                        {
                            ulong nv = bits[fu + w] & live[le + w];
                            if ((nv & ~bits[fv + w]) != 0)
                            {
                                bits[fv + w] |= nv;
                                changed = true;
                            }
                        }
                    }
                    if (!changed) continue;
                    rows.Add(v);
                    Enqueue(v);
                }
            }
        }

        private void Enqueue(int v)
        {
            int i = v >> 6;
            ulong bit = 1UL << (v & 63);
            if ((_queued[i] & bit) != 0) return;
            _queued[i] |= bit;
            _queuedCount++;
            if (i < _cursor) _cursor = i;
        }

        /// <summary>The queued vertex of lowest rank (fewest re-visits on nearly acyclic graphs), if any.</summary>
        /// <remarks>Scans from the lowest word that can hold a queued vertex, so a sweep costs O(n/64) word reads in all.</remarks>
        private bool TryDequeue(out int v)
        {
            if (_queuedCount == 0)
            {
                v = -1;
                return false;
            }
            int i = _cursor;
            while (_queued[i] == 0) i++;
            _cursor = i;
            v = (i << 6) | BitOperations.TrailingZeroCount(_queued[i]);
            _queued[i] &= _queued[i] - 1;
            _queuedCount--;
            return true;
        }
    }

    /// <summary>The rows of a [vertex × words] bit matrix that hold bits, so clearing it costs what was written.</summary>
    private sealed class Touched(int n)
    {
        private readonly bool[] _is = new bool[n];
        private readonly List<int> _rows = [];

        /// <summary>The rows written since the last <see cref="Clear"/>, in first-written order.</summary>
        public List<int> Rows => _rows;

        public void Add(int v)
        {
            if (_is[v]) return;
            _is[v] = true;
            _rows.Add(v);
        }

        public void Clear(ulong[] bits, int words)
        {
            foreach (int v in _rows)
            {
                _is[v] = false;
                Array.Clear(bits, v * words, words);
            }
            _rows.Clear();
        }
    }
}
