using Depgraph.Analysis.Cascade;
using Depgraph.Core;
using Depgraph.Core.Compact;
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
/// <para><b>Pruning.</b> Only edges on some path from a source to an output can change an output, so the model keeps
/// just those (<see cref="KeptEdgeCount"/>) and the vertices they join (an edge into a source is dropped too: a source
/// fails in every run); a parameter whose edges are all pruned has no effect. The random numbers are still drawn for every edge in edge order, so pruning changes no output.</para>
/// <para><b>Changing one parameter.</b> The evaluator is an <see cref="IIncrementalEvaluator"/>: after a full
/// evaluation at a point A, moving parameter i alone recomputes only the runs it can change: run r can differ only if
/// an edge of i changes its live bit in r while its source failed in r at A (otherwise the failed set at A is still
/// closed under the new live edges and is still the smallest such set). Those runs are recomputed from the sources;
/// the others keep A's bits. This is what makes the Saltelli design (rows that differ from A in one column) cheap, and
/// the outputs are the same bits as a full evaluation.</para>
/// <para><b>Condensation onto the uncertain edges.</b> The live bits of every edge no parameter sets are the same at
/// every point, so with few uncertain edges the model precomputes once, on the fixed-live subgraph F (the kept edges
/// no parameter sets), a bit-parallel reach from each start x: the sources together, and each distinct target (head)
/// of an uncertain edge. It keeps only the bits the reach leaves at the tails of the uncertain edges and at the
/// outputs. An evaluation is then a fixpoint on that small condensed graph: act(sources) = all runs; when act(x)
/// gains runs Δ, a tail t fails in the new runs Δ ∧ reach_x(t), and each uncertain edge e out of t passes those of
/// them in which it is live to act(head_e); output o fails in ⋁_x act(x) ∧ reach_x(o). This is exact: a live path
/// from a source splits into segments over F joined by uncertain edges, so v fails in run r iff v is F-reachable in
/// r from the sources or from the head of an uncertain edge that is live in r and whose tail fails in r, and the
/// least fixpoint computes exactly that set. The outputs are the same bits as the direct sweep. Cost: |X| sweeps of
/// F once (X the starts), then O(|X| · (|T| + |O|) · Runs/64) per evaluation instead of a sweep of the kept graph
/// (T the tails, O the outputs). The model condenses when that is well below the kept edge count and the
/// precomputed bits fit in 256 MB, and sweeps the kept graph directly otherwise (for instance with thousands of
/// uncertain edges, or every vertex an output); the choice changes no output.</para>
/// <para>Because the uniforms are fixed, equal parameter values give equal outputs on any thread (what the
/// samplers need), and differences between parameter sets are not blurred by independent noise. The Monte Carlo error
/// of each estimate is the binomial one, √(p(1 − p)/Runs), reported separately from the parameter uncertainty.
/// O(Runs/64 · (m + n)) per full evaluation, O(m · Runs) random numbers once, O(Runs) memory per uncertain edge for
/// its sorted uniforms.</para>
/// <para>Only <see cref="EdgeParameter.Probability"/> parameters act on it; others are accepted and have no effect.</para>
/// </remarks>
public sealed partial class LiveEdgeCascadeModel : IUncertaintyModel
{
    private readonly int _words;
    private readonly int[] _offsets, _targets;    // kept graph, vertices by breadth-first rank from the sources
    private readonly int[] _edgeSource;           // kept edge → its source (kept numbering)
    private readonly int[] _inOffsets, _inEdges;  // reverse adjacency of the kept graph: kept edge ids by target
    private readonly int[] _sources;              // kept numbering
    private readonly int[] _outputs;              // input numbering, output order
    private readonly int[] _outputKept;           // kept numbering, output order
    private readonly ulong[] _fixedLive;          // [e * words + w], kept edges
    private readonly int[] _slotOfEdge;           // kept edge → uncertain slot or -1
    private readonly double[] _sortedU;           // [(slot * words + w) * 64 + i]
    private readonly ulong[] _cumMask;            // [(slot * words + w) * 65 + c]: bits of the c smallest uniforms
    private readonly byte[] _bucketStart;         // [(slot * words + w) * 65 + b]: number of the 64 uniforms below b/64
    private readonly (int Edge, int Range)[][] _edgesOf; // per parameter: the kept edges it sets (the last parameter to name an edge sets it)
    private readonly int _slots;                  // uncertain kept edges
    private readonly Lazy<Condensation>? _condensation; // set when condensed (built on first use)

    /// <summary>Builds the model; costs O(m · Runs) once.</summary>
    /// <param name="space">The uncertain parameters, resolved on the dependency graph (supplier → dependant).</param>
    /// <param name="sources">Vertices that fail first.</param>
    /// <param name="outputs">Vertices whose failure probability is an output, in output order.</param>
    /// <param name="runs">Live-edge samples, rounded up to a multiple of 64 (default 1024).</param>
    /// <param name="seed">Seed of the live-edge samples.</param>
    /// <exception cref="ArgumentOutOfRangeException">A vertex is out of range or runs &lt; 1.</exception>
    /// <exception cref="ArgumentException">An edge probability is outside [0, 1].</exception>
    public LiveEdgeCascadeModel(ParameterSpace space, IReadOnlyList<int> sources, IReadOnlyList<int> outputs, int runs = 1024, int seed = 42)
        : this(space, sources, outputs, runs, seed, CascadeStrategy.Auto)
    {
    }

    /// <summary>Builds the model with the evaluation strategy forced (tests compare the two).</summary>
    internal LiveEdgeCascadeModel(ParameterSpace space, IReadOnlyList<int> sources, IReadOnlyList<int> outputs, int runs, int seed, CascadeStrategy strategy)
    {
        Preconditions.NotNull(space, nameof(space));
        Preconditions.NotNull(outputs, nameof(outputs));
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var g = space.Graph;
        var inputSources = GraphGuards.Sources(g, sources);
        GraphGuards.Probabilities(g);
        foreach (int t in outputs) Preconditions.ValidVertex(t, g.NodeCount, nameof(outputs));
        Space = space;
        _outputs = [.. outputs];
        _words = (runs + 63) / 64;
        Runs = _words * 64;
        Seed = seed;
        int m = g.EdgeCount;
        var (kept, keptEdge, offsets, targets, edgeSource) = Prune(g, inputSources, _outputs);
        (_offsets, _targets, _edgeSource) = (offsets, targets, edgeSource);
        (_inOffsets, _inEdges) = Reverse(offsets.Length - 1, targets);
        _sources = inputSources.Select(s => kept[s]).Distinct().ToArray();
        _outputKept = _outputs.Select(o => kept[o]).ToArray();
        int edges = _targets.Length;

        _slotOfEdge = new int[edges];
        Array.Fill(_slotOfEdge, -1);
        var entries = new List<(int Parameter, int Edge, int Range)>();
        for (int j = 0; j < space.Count; j++)
        {
            var p = space.Parameters[j];
            if (p.Parameter != EdgeParameter.Probability) continue;
            for (int i = 0; i < p.EdgeIds.Length; i++)
            {
                int e = keptEdge[p.EdgeIds[i]];
                if (e < 0) continue;
                entries.Add((j, e, p.RangeOfEdge[i]));
            }
        }
        int slots = 0;
        var last = new Dictionary<int, int>();
        for (int x = 0; x < entries.Count; x++)
        {
            last[entries[x].Edge] = x;
            if (_slotOfEdge[entries[x].Edge] < 0) _slotOfEdge[entries[x].Edge] = slots++;
        }
        _edgesOf = Enumerable.Range(0, space.Count)
            .Select(j => entries.Where((en, x) => en.Parameter == j && last[en.Edge] == x).Select(en => (en.Edge, en.Range)).ToArray())
            .ToArray();

        _slots = slots;
        bool condensed = strategy switch
        {
            CascadeStrategy.Direct => false,
            CascadeStrategy.Condensed => true,
            _ => CondensationPays(),
        };
        if (condensed) _condensation = new Lazy<Condensation>(Condense);
        _fixedLive = new ulong[(long)edges * _words];
        _sortedU = new double[(long)slots * _words * 64];
        _cumMask = new ulong[(long)slots * _words * 65];
        _bucketStart = new byte[(long)slots * _words * 65];
        var probability = g.RawProbabilities;
        var u = new double[64];
        var bit = new int[64];
        for (int w = 0; w < _words; w++)
        {
            var rng = Xoshiro256StarStar.ForRun(seed, w);
            for (int ge = 0; ge < m; ge++)
            {
                for (int i = 0; i < 64; i++) u[i] = rng.NextDouble();
                int e = keptEdge[ge];
                if (e < 0) continue;
                int slot = _slotOfEdge[e];
                if (slot < 0)
                {
                    double p = probability[ge];
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

    /// <summary>
    /// The edges on some path from a source to an output and the vertices they join (plus every source and output); an
    /// edge into a source is dropped (a source fails in every run whatever reaches it). Vertices are numbered by
    /// breadth-first rank from the sources over those edges (unreached outputs last): the numbering is the worklist's
    /// priority, so a nearly acyclic graph is swept in few passes.
    /// </summary>
    private static (int[] Kept, int[] KeptEdge, int[] Offsets, int[] Targets, int[] EdgeSource) Prune(CompactGraph g, int[] sources, int[] outputs)
    {
        int n = g.NodeCount, m = g.EdgeCount;
        var (outOffsets, outTargets) = g.RawOut;
        var (inOffsets, inSources, _) = g.RawIn;
        var isSource = new bool[n];
        foreach (int s in sources) isSource[s] = true;
        var forward = Closure(n, sources, outOffsets, outTargets, null);
        var backward = Closure(n, outputs, inOffsets, inSources, isSource);
        var kept = new int[n];
        Array.Fill(kept, -1);
        var order = new List<int>();
        void Keep(int v)
        {
            if (kept[v] >= 0) return;
            kept[v] = order.Count;
            order.Add(v);
        }
        foreach (int s in sources) Keep(s);
        for (int head = 0; head < order.Count; head++)
        {
            int v = order[head];
            for (int e = outOffsets[v]; e < outOffsets[v + 1]; e++)
                if (backward[outTargets[e]] && !isSource[outTargets[e]]) Keep(outTargets[e]);
        }
        foreach (int o in outputs) Keep(o);
        var keptEdge = new int[m];
        Array.Fill(keptEdge, -1);
        var offsets = new int[order.Count + 1];
        var targets = new List<int>();
        var edgeSource = new List<int>();
        for (int v = 0; v < order.Count; v++)
        {
            int gv = order[v];
            if (forward[gv])
                for (int e = outOffsets[gv]; e < outOffsets[gv + 1]; e++)
                {
                    if (!backward[outTargets[e]] || isSource[outTargets[e]]) continue;
                    keptEdge[e] = targets.Count;
                    targets.Add(kept[outTargets[e]]);
                    edgeSource.Add(v);
                }
            offsets[v + 1] = targets.Count;
        }
        return (kept, keptEdge, offsets, [.. targets], [.. edgeSource]);
    }

    /// <summary>The kept edges grouped by target (counting sort, each group in edge order).</summary>
    private static (int[] Offsets, int[] Edges) Reverse(int n, int[] targets)
    {
        var offsets = new int[n + 1];
        foreach (int t in targets) offsets[t + 1]++;
        for (int v = 0; v < n; v++) offsets[v + 1] += offsets[v];
        var next = offsets[..^1].ToArray();
        var edges = new int[targets.Length];
        for (int e = 0; e < targets.Length; e++) edges[next[targets[e]]++] = e;
        return (offsets, edges);
    }

    /// <summary>Vertices reachable from <paramref name="from"/> over the given adjacency (iterative), not leaving a vertex marked in <paramref name="stop"/>.</summary>
    private static bool[] Closure(int n, int[] from, int[] offsets, int[] adjacent, bool[]? stop)
    {
        var seen = new bool[n];
        var stack = new Stack<int>();
        foreach (int s in from) if (!seen[s]) { seen[s] = true; stack.Push(s); }
        while (stack.Count > 0)
        {
            int v = stack.Pop();
            if (stop is not null && stop[v]) continue;
            for (int e = offsets[v]; e < offsets[v + 1]; e++)
                if (!seen[adjacent[e]]) { seen[adjacent[e]] = true; stack.Push(adjacent[e]); }
        }
        return seen;
    }

    /// <summary>The parameters.</summary>
    public ParameterSpace Space { get; }

    /// <summary>Live-edge samples per evaluation (a multiple of 64).</summary>
    public int Runs { get; }

    /// <summary>Seed of the live-edge samples.</summary>
    public int Seed { get; }

    /// <summary>The output vertices.</summary>
    public IReadOnlyList<int> Outputs => _outputs;

    /// <summary>Edges on some path from a source to an output (the only ones an evaluation visits).</summary>
    public int KeptEdgeCount => _targets.Length;

    /// <summary>Vertices joined by <see cref="KeptEdgeCount"/> edges, with the sources and outputs.</summary>
    public int KeptVertexCount => _offsets.Length - 1;

    /// <inheritdoc/>
    public int ParameterCount => Space.Count;

    /// <inheritdoc/>
    public int OutputCount => _outputs.Length;

    /// <summary>Binomial standard error of a probability estimated from <see cref="Runs"/> samples.</summary>
    public double StandardError(double p) => Math.Sqrt(Math.Max(0, p * (1 - p)) / Runs);

    /// <summary>Whether evaluations run on the graph condensed onto the uncertain edges (see the remarks).</summary>
    internal bool IsCondensed => _condensation is not null;

    /// <summary>Kept edges that some parameter sets.</summary>
    internal int UncertainEdgeCount => _slots;

    /// <inheritdoc/>
    public IModelEvaluator CreateEvaluator() => _condensation is null ? new Evaluator(this) : new CondensedEvaluator(this, _condensation.Value);

    /// <summary>Failure probabilities of the outputs at the unit point <paramref name="unit"/> (one-off evaluation).</summary>
    public double[] Evaluate(ReadOnlySpan<double> unit)
    {
        var y = new double[_outputs.Length];
        CreateEvaluator().Evaluate(unit, y);
        return y;
    }

    /// <summary>
    /// The live masks of every uncertain edge at the point <paramref name="parameters"/>, into <paramref name="live"/>
    /// (<c>[row * words + w]</c>, the row being the kept edge, or its uncertain slot when <paramref name="rowBySlot"/>).
    /// </summary>
    private void WriteLiveMasks(ReadOnlySpan<double> parameters, ulong[] live, bool rowBySlot)
    {
        int words = _words;
        for (int j = 0; j < _edgesOf.Length; j++)
        {
            var par = Space.Parameters[j];
            foreach (var (e, range) in _edgesOf[j])
            {
                double p = par.ValueAt(range, parameters[j]);
                int slot = _slotOfEdge[e];
                long row = (long)(rowBySlot ? slot : e) * words;
                for (int w = 0; w < words; w++) live[row + w] = LiveMask(slot, w, p);
            }
        }
    }

    /// <summary>The kept edges that parameter <paramref name="parameter"/> sets, with the parameter (for a one-parameter
    /// change of either evaluator; the index is checked here).</summary>
    private ((int Edge, int Range)[] Edges, UncertainParameter Parameter) ChangeOf(int parameter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(parameter);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(parameter, _edgesOf.Length);
        return (_edgesOf[parameter], Space.Parameters[parameter]);
    }

    /// <summary>The live bits of word <paramref name="w"/> of uncertain slot <paramref name="slot"/> at probability <paramref name="p"/>.</summary>
    private ulong LiveMask(int slot, int w, double p)
    {
        int b = p <= 0 ? 0 : p >= 1 ? 64 : (int)(p * 64);
        long sw = (long)slot * _words + w, baseU = sw * 64;
        int c = _bucketStart[sw * 65 + b];
        while (c < 64 && _sortedU[baseU + c] < p) c++;
        return _cumMask[sw * 65 + c];
    }
}
