using System.Numerics;

namespace Depgraph.Analysis.Uncertainty;

public sealed partial class LiveEdgeCascadeModel
{
    /// <summary>Largest precomputed condensation the automatic choice accepts, in bytes.</summary>
    private const long CondensationByteLimit = 256L << 20;

    /// <summary>
    /// The cost estimate behind <see cref="CascadeStrategy.Auto"/>: condense when the condensed graph's rows,
    /// |X| · (|T| + |O|), are at most a quarter of the kept edges (a direct evaluation sweeps every kept edge at least
    /// once) and their bits fit in <see cref="CondensationByteLimit"/>.
    /// </summary>
    private bool CondensationPays()
    {
        var (heads, tails) = (new HashSet<int>(), new HashSet<int>());
        for (int e = 0; e < _slotOfEdge.Length; e++)
        {
            if (_slotOfEdge[e] < 0) continue;
            heads.Add(_targets[e]);
            tails.Add(_edgeSource[e]);
        }
        long rows = (heads.Count + 1L) * (tails.Count + _outputKept.Length);
        return rows * 4 <= _targets.Length && rows * _words * 8 <= CondensationByteLimit;
    }

    /// <summary>
    /// The model condensed onto its uncertain edges (see the class remarks): starts X (0 = the sources, then the
    /// distinct heads of uncertain edges), tails T (the distinct tails), and per start the non-zero rows of its reach
    /// over the fixed-live edges at the tails and at the outputs. Immutable once built; shared by every evaluator.
    /// </summary>
    /// <remarks>Memory: [row * words + w] bit rows, rows grouped by start (compressed sparse rows).</remarks>
    private sealed class Condensation
    {
        public required int Starts { get; init; }
        public required int Tails { get; init; }
        public required int[] HeadStart { get; init; }      // uncertain slot → start of its head
        public required int[] SlotTail { get; init; }       // uncertain slot → its tail
        public required int[] SlotStart { get; init; }      // tail → its first entry in SlotList (CSR)
        public required int[] SlotList { get; init; }       // uncertain slots grouped by tail, in slot order
        public required int[] TailRowStart { get; init; }   // start → its first tail row (CSR)
        public required int[] TailRowTail { get; init; }    // tail row → tail
        public required ulong[] TailBits { get; init; }     // [row * words + w]
        public required int[] OutRowStart { get; init; }    // start → its first output row (CSR)
        public required int[] OutRowOutput { get; init; }   // output row → output index
        public required ulong[] OutBits { get; init; }      // [row * words + w]
    }

    /// <summary>Builds the condensation: one bit-parallel reach over the fixed-live edges per start, serially.</summary>
    private Condensation Condense()
    {
        int words = _words, slots = _slots;
        var slotEdge = new int[slots];
        for (int e = 0; e < _slotOfEdge.Length; e++)
            if (_slotOfEdge[e] >= 0) slotEdge[_slotOfEdge[e]] = e;
        var startOf = new Dictionary<int, int>();
        var startVertex = new List<int> { -1 };
        var tailOf = new Dictionary<int, int>();
        var tailVertex = new List<int>();
        var headStart = new int[slots];
        var slotTail = new int[slots];
        for (int s = 0; s < slots; s++)
        {
            int h = _targets[slotEdge[s]], t = _edgeSource[slotEdge[s]];
            if (!startOf.TryGetValue(h, out int x))
            {
                startOf[h] = x = startVertex.Count;
                startVertex.Add(h);
            }
            if (!tailOf.TryGetValue(t, out int ti))
            {
                tailOf[t] = ti = tailVertex.Count;
                tailVertex.Add(t);
            }
            headStart[s] = x;
            slotTail[s] = ti;
        }
        int starts = startVertex.Count, tails = tailVertex.Count;
        var slotStart = new int[tails + 1];
        foreach (int t in slotTail) slotStart[t + 1]++;
        for (int t = 0; t < tails; t++) slotStart[t + 1] += slotStart[t];
        var next = slotStart[..^1].ToArray();
        var slotList = new int[slots];
        for (int s = 0; s < slots; s++) slotList[next[slotTail[s]]++] = s;

        var tailRowStart = new int[starts + 1];
        var outRowStart = new int[starts + 1];
        var tailRowTail = new List<int>();
        var outRowOutput = new List<int>();
        var tailBits = new List<ulong>();
        var outBits = new List<ulong>();
        var sweeper = new Evaluator(this);
        for (int x = 0; x < starts; x++)
        {
            var reach = sweeper.FixedReach(x == 0 ? _sources : [startVertex[x]]);
            for (int t = 0; t < tails; t++)
                if (Row(reach, tailVertex[t], tailBits)) tailRowTail.Add(t);
            for (int o = 0; o < _outputKept.Length; o++)
                if (Row(reach, _outputKept[o], outBits)) outRowOutput.Add(o);
            tailRowStart[x + 1] = tailRowTail.Count;
            outRowStart[x + 1] = outRowOutput.Count;
        }
        return new Condensation
        {
            Starts = starts,
            Tails = tails,
            HeadStart = headStart,
            SlotTail = slotTail,
            SlotStart = slotStart,
            SlotList = slotList,
            TailRowStart = tailRowStart,
            TailRowTail = [.. tailRowTail],
            TailBits = [.. tailBits],
            OutRowStart = outRowStart,
            OutRowOutput = [.. outRowOutput],
            OutBits = [.. outBits],
        };

        // appends vertex v's row of the reach when it holds a bit
        bool Row(ulong[] reach, int v, List<ulong> into)
        {
            var row = reach.AsSpan(v * words, words);
            if (row.IndexOfAnyExcept(0UL) < 0) return false;
            foreach (ulong b in row) into.Add(b);
            return true;
        }
    }

    /// <summary>
    /// Evaluates on the <see cref="Condensation"/>: the live masks of the uncertain edges, then the fixpoint over the
    /// starts (a FIFO worklist pushing only newly gained runs), then the outputs. A one-parameter change swaps that
    /// parameter's masks, solves again unless no flipped bit falls in a run where the edge's tail failed at the base
    /// point (then the base outputs stand), and restores the masks.
    /// </summary>
    private sealed class CondensedEvaluator : IIncrementalEvaluator
    {
        private readonly LiveEdgeCascadeModel _md;
        private readonly Condensation _c;
        private readonly int _words;
        private readonly ulong[] _live;                 // [slot * words + w] at the base point (a change swaps its slots in and out)
        private readonly ulong[] _act, _tailFailed;     // base point: [start * words + w], [tail * words + w]
        private readonly ulong[] _actWork, _tailWork;   // a change's solution
        private readonly ulong[] _pending;              // [start * words + w]: runs gained and not yet pushed
        private readonly ulong[] _delta, _newTail;      // [words]
        private readonly ulong[] _outputBits;           // [output * words + w]
        private readonly int[] _queue;
        private readonly bool[] _queued;
        private readonly ulong[] _saved;                // masks displaced by a change
        private readonly double[] _baseOutputs;
        private bool _hasBase;

        public CondensedEvaluator(LiveEdgeCascadeModel model, Condensation c)
        {
            _md = model;
            _c = c;
            int words = _words = model._words;
            _live = new ulong[(long)model._slots * words];
            _act = new ulong[(long)c.Starts * words];
            _actWork = new ulong[(long)c.Starts * words];
            _pending = new ulong[(long)c.Starts * words];
            _tailFailed = new ulong[(long)c.Tails * words];
            _tailWork = new ulong[(long)c.Tails * words];
            _delta = new ulong[words];
            _newTail = new ulong[words];
            _outputBits = new ulong[(long)model._outputKept.Length * words];
            _queue = new int[c.Starts];
            _queued = new bool[c.Starts];
            int most = model._edgesOf.Length == 0 ? 0 : model._edgesOf.Max(es => es.Length);
            _saved = new ulong[(long)most * words];
            _baseOutputs = new double[model._outputs.Length];
        }

        public void Evaluate(ReadOnlySpan<double> parameters, Span<double> outputs)
        {
            _md.WriteLiveMasks(parameters, _live, rowBySlot: true);
            Solve(_act, _tailFailed, outputs);
            outputs.CopyTo(_baseOutputs);
            _hasBase = true;
        }

        public void EvaluateChange(int parameter, double value, Span<double> outputs)
        {
            if (!_hasBase) throw new InvalidOperationException("EvaluateChange needs a full Evaluate first.");
            var md = _md;
            var (edges, par) = md.ChangeOf(parameter);
            int words = _words;
            bool matters = false;
            for (int x = 0; x < edges.Length; x++)
            {
                var (e, range) = edges[x];
                double p = par.ValueAt(range, value);
                int slot = md._slotOfEdge[e];
                int tail = _c.SlotTail[slot];
                for (int w = 0; w < words; w++)
                {
                    long ls = (long)slot * words + w;
                    ulong old = _live[ls], now = md.LiveMask(slot, w, p);
                    _saved[(long)x * words + w] = old;
                    _live[ls] = now;
                    // a flip matters only in runs where the edge's tail failed at the base point
                    if (((old ^ now) & _tailFailed[(long)tail * words + w]) != 0) matters = true;
                }
            }
            if (matters) Solve(_actWork, _tailWork, outputs);
            else _baseOutputs.CopyTo(outputs);
            for (int x = 0; x < edges.Length; x++)
                Array.Copy(_saved, (long)x * words, _live, (long)md._slotOfEdge[edges[x].Edge] * words, words);
        }

        /// <summary>The least fixpoint from the sources (see the class remarks), then the outputs.</summary>
        private void Solve(ulong[] act, ulong[] tailFailed, Span<double> outputs)
        {
            var c = _c;
            int words = _words;
            var live = _live;
            var pending = _pending;
            var delta = _delta;
            var nb = _newTail;
            Array.Clear(act);
            Array.Clear(tailFailed);
            Array.Fill(act, ~0UL, 0, words);
            Array.Fill(pending, ~0UL, 0, words);
            int head = 0, count = 1, starts = c.Starts;
            _queue[0] = 0;
            _queued[0] = true;
            while (count > 0)
            {
                int x = _queue[head];
                head = head + 1 == starts ? 0 : head + 1;
                count--;
                _queued[x] = false;
                long fx = (long)x * words;
                for (int w = 0; w < words; w++)
                {
                    delta[w] = pending[fx + w];
                    pending[fx + w] = 0;
                }
                for (int r = c.TailRowStart[x], end = c.TailRowStart[x + 1]; r < end; r++)
                {
                    int t = c.TailRowTail[r];
                    long fr = (long)r * words, ft = (long)t * words;
                    ulong any = 0;
                    for (int w = 0; w < words; w++)
                    {
                        ulong n = delta[w] & c.TailBits[fr + w] & ~tailFailed[ft + w];
                        nb[w] = n;
                        tailFailed[ft + w] |= n;
                        any |= n;
                    }
                    if (any == 0) continue;
                    for (int k = c.SlotStart[t], kEnd = c.SlotStart[t + 1]; k < kEnd; k++)
                    {
                        int s = c.SlotList[k], h = c.HeadStart[s];
                        long fs = (long)s * words, fh = (long)h * words;
                        ulong got = 0;
                        for (int w = 0; w < words; w++)
                        {
                            ulong d = nb[w] & live[fs + w] & ~act[fh + w];
                            act[fh + w] |= d;
                            pending[fh + w] |= d;
                            got |= d;
                        }
                        if (got == 0 || _queued[h]) continue;
                        _queued[h] = true;
                        int tailPos = head + count;
                        _queue[tailPos >= starts ? tailPos - starts : tailPos] = h;
                        count++;
                    }
                }
            }
            var orBits = OutputBits(act);
            for (int o = 0; o < _baseOutputs.Length; o++)
            {
                long n = 0;
                for (int w = 0; w < words; w++) n += BitOperations.PopCount(orBits[(long)o * words + w]);
                outputs[o] = (double)n / _md.Runs;
            }
        }

        /// <summary>[o * words + w]: ⋁ over the starts of act(x) ∧ reach_x(o).</summary>
        private ulong[] OutputBits(ulong[] act)
        {
            var c = _c;
            int words = _words;
            var or = _outputBits;
            Array.Clear(or);
            for (int x = 0; x < c.Starts; x++)
            {
                long fx = (long)x * words;
                if (act.AsSpan((int)fx, words).IndexOfAnyExcept(0UL) < 0) continue;
                for (int r = c.OutRowStart[x], end = c.OutRowStart[x + 1]; r < end; r++)
                {
                    long fr = (long)r * words, fo = (long)c.OutRowOutput[r] * words;
                    for (int w = 0; w < words; w++) or[fo + w] |= act[fx + w] & c.OutBits[fr + w];
                }
            }
            return or;
        }
    }
}
