using System.Runtime.CompilerServices;
using Depgraph.Core.Model;

namespace Depgraph.Core.Compact;

/// <summary>
/// An immutable directed multigraph in compressed-sparse-row form, on dense <c>int</c> vertex ids
/// 0..<see cref="NodeCount"/>-1 and edge ids 0..<see cref="EdgeCount"/>-1. Every analysis runs on it.
/// </summary>
/// <remarks>
/// <para>Memory layout (after GDS <c>HugeGraph</c> and QuikGraph <c>CompressedSparseRowGraph</c>):</para>
/// <list type="bullet">
/// <item>forward adjacency: <c>outOffsets[v]..outOffsets[v+1]</c> is the range of edge ids leaving <c>v</c>;
/// edges are numbered in that order, so edge <c>e</c>'s target is <c>targets[e]</c> and its source <c>sources[e]</c>;
/// edges leaving a vertex keep their input order (stable, so results are deterministic);</item>
/// <item>reverse adjacency: <c>inOffsets[v]..inOffsets[v+1]</c> indexes <c>inEdges</c> (edge ids entering <c>v</c>,
/// ascending) and <c>inSources</c> (their sources);</item>
/// <item>edge attributes in parallel arrays indexed by edge id: weight (hours), probability, strength (not stored
/// when every edge has strength 1, as on a generic CSV graph), kind, flow;</item>
/// <item>node attributes in parallel arrays indexed by vertex: id, kind, label(s), member weight.</item>
/// </list>
/// <para>About 33 bytes per edge and 20 bytes per vertex plus the id strings. Build once, share freely:
/// all members are thread-safe for reading.</para>
/// </remarks>
public sealed class CompactGraph
{
    private readonly int[] _outOffsets;
    private readonly int[] _targets;
    private readonly int[] _sources;
    private readonly int[] _inOffsets;
    private readonly int[] _inEdges;
    private readonly int[] _inSources;
    private readonly double[] _weight;
    private readonly double[] _probability;
    private readonly double[]? _strength; // null when every strength is 1
    private readonly ParameterBases[]? _basis;
    private readonly EdgeKind[] _edgeKind;
    private readonly InfoFlow[] _flow;
    private readonly string[] _ids;
    private readonly NodeKind[] _nodeKind;
    private readonly string[] _labels;
    private readonly string[]? _labelsEn;
    private readonly MemberCount[][]? _members;
    private readonly long[] _memberWeight;
    private Dictionary<string, int>? _index;

    internal CompactGraph(int[] outOffsets, int[] targets, int[] sources, double[] weight, double[] probability,
        double[]? strength, EdgeKind[] edgeKind, InfoFlow[] flow, string[] ids, NodeKind[] nodeKind, string[] labels,
        string[]? labelsEn, MemberCount[][]? members, Dictionary<string, int>? index, string layer, long[]? memberWeightOverride = null, ParameterBases[]? basis = null)
    {
        _basis = basis;
        _outOffsets = outOffsets;
        _targets = targets;
        _sources = sources;
        _weight = weight;
        _probability = probability;
        _strength = strength;
        _edgeKind = edgeKind;
        _flow = flow;
        _ids = ids;
        _nodeKind = nodeKind;
        _labels = labels;
        _labelsEn = labelsEn;
        _members = members;
        _index = index;
        Layer = layer;
        int n = ids.Length, m = targets.Length;
        _memberWeight = new long[n];
        for (int v = 0; v < n; v++)
        {
            if (nodeKind[v] != NodeKind.Member) continue;
            if (memberWeightOverride is not null && memberWeightOverride[v] >= 0) { _memberWeight[v] = memberWeightOverride[v]; continue; }
            var ms = members?[v];
            if (ms is { Length: > 0 }) { long s = 0; foreach (var c in ms) s += c.Count; _memberWeight[v] = s; }
            else _memberWeight[v] = 1; // a plain member node is one organisation
        }
        // reverse adjacency by counting sort on targets; edge ids ascending within each vertex. The positions are
        // held in _inSources until _inEdges is placed, then overwritten (no third array of m).
        _inEdges = new int[m];
        _inSources = new int[m];
        _inOffsets = CountingSort.OffsetsAndPositions(n, targets, m, _inSources);
        int[] inEdges = _inEdges, inSources = _inSources; // two threads on a large graph: the writes go to distinct places
        CountingSort.InHalves(m, (from, to) => { for (int e = from; e < to; e++) inEdges[inSources[e]] = e; });
        CountingSort.InHalves(m, (from, to) => { for (int p = from; p < to; p++) inSources[p] = sources[inEdges[p]]; });
    }

    /// <summary>Node attribute naming the aggregate member node that already counts this named member (weight 0 here).</summary>
    public const string IncludedInAttribute = "included_in";

    /// <summary>An empty graph.</summary>
    public static CompactGraph Empty { get; } = new CompactGraphBuilder().Build();

    /// <summary>Number of vertices.</summary>
    public int NodeCount => _ids.Length;
    /// <summary>Number of (directed) edges, parallel edges counted.</summary>
    public int EdgeCount => _targets.Length;
    /// <summary>Which edges this graph holds and in which direction (e.g. <c>shares_with:provide</c>, <c>all</c>).</summary>
    public string Layer { get; }
    /// <summary>True when the nodes carry member counts by unit (curated dataset).</summary>
    public bool HasMemberUnits => _members is not null;

    /// <summary>The input id of vertex <paramref name="v"/>.</summary>
    public string Id(int v) => _ids[v];
    /// <summary>The kind of vertex <paramref name="v"/>.</summary>
    public NodeKind Kind(int v) => _nodeKind[v];
    /// <summary>Display label of <paramref name="v"/> (Japanese name on the curated dataset); <paramref name="language"/> English gives the English name when there is one.</summary>
    public string Label(int v, Language language = Language.Japanese)
    {
        var s = language == Language.English && _labelsEn is not null && _labelsEn[v].Length > 0 ? _labelsEn[v] : _labels[v];
        return s.Length > 0 ? s : _ids[v];
    }
    /// <summary>Member counts by unit of <paramref name="v"/> (empty when none recorded).</summary>
    public ReadOnlySpan<MemberCount> Members(int v) => _members?[v] ?? [];
    /// <summary>
    /// Number of member organisations <paramref name="v"/> stands for: for a <see cref="NodeKind.Member"/> vertex the sum of
    /// its counts, or 1 when it has none; 0 for every other kind (external recipients are not members). A builder may
    /// override the weight (the curated dataset gives 0 to named members whose attribute <c>included_in</c> says they
    /// are already inside an aggregate count, so they are not counted twice).
    /// </summary>
    public long MemberWeight(int v) => _memberWeight[v];

    /// <summary>
    /// Number of outside recipients (構成員以外の情報展開先) <paramref name="v"/> stands for: for a
    /// <see cref="NodeKind.External"/> vertex the sum of its counts; 0 for every other kind. An external vertex without
    /// counts stands for 1 on a graph without member units, and for 0 on a graph with units (its count is not given,
    /// e.g. it may be inside another recipient's count, so it is not counted again, as in the dataset summary).
    /// A total over several units is a 延べ count (e.g. 社 and 事業体 added); show the units beside it.
    /// </summary>
    public long OutsideRecipientWeight(int v)
    {
        if (_nodeKind[v] != NodeKind.External) return 0;
        var ms = Members(v);
        if (ms.Length == 0) return HasMemberUnits ? 0 : 1;
        long s = 0;
        foreach (var c in ms) s += c.Count;
        return s;
    }

    /// <summary>
    /// The default source of the information flow: the vertex with id <c>nisc</c>, else the only
    /// <see cref="NodeKind.Government"/> vertex; -1 when there is neither or more than one government vertex.
    /// </summary>
    public int DefaultSource()
    {
        int nisc = IndexOf("nisc");
        if (nisc >= 0) return nisc;
        int found = -1;
        for (int v = 0; v < _nodeKind.Length; v++)
        {
            if (_nodeKind[v] != NodeKind.Government) continue;
            if (found >= 0) return -1;
            found = v;
        }
        return found;
    }

    /// <summary>Vertex index of an input id, or -1.</summary>
    public int IndexOf(string id) => TryGetIndex(id, out var v) ? v : -1;

    /// <summary>Vertex index of an input id.</summary>
    /// <remarks>A command on a large graph usually resolves only a few ids (<c>--from</c>, <c>--to</c>): the first
    /// <see cref="ScannedLookups"/> lookups on a graph of at least <see cref="ScanMinVertices"/> vertices scan the id
    /// column (one ordinal comparison per vertex, ≈ 30 ms at 10M) instead of building the id dictionary (≈ 0.8 CPU s and
    /// hundreds of MB at 10M); later lookups build it. Both give the first vertex with that id.</remarks>
    public bool TryGetIndex(string id, out int v)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_index is null && _ids.Length >= ScanMinVertices && Interlocked.Increment(ref _scannedLookups) <= ScannedLookups)
        {
            v = Array.IndexOf(_ids, id);
            return v >= 0;
        }
        return EnsureIndex().TryGetValue(id, out v);
    }

    /// <summary>Lookups answered by scanning before the id dictionary is built (see <see cref="TryGetIndex"/>).</summary>
    internal const int ScannedLookups = 4;
    /// <summary>Graphs with fewer vertices build the id dictionary at the first lookup.</summary>
    internal const int ScanMinVertices = 1 << 18;
    private int _scannedLookups;

    private Dictionary<string, int> EnsureIndex()
    {
        var idx = _index;
        if (idx is not null) return idx;
        idx = new Dictionary<string, int>(_ids.Length, StringComparer.Ordinal);
        for (int v = 0; v < _ids.Length; v++) idx.TryAdd(_ids[v], v);
        return _index = idx;
    }

    /// <summary>Out-degree of <paramref name="v"/> (parallel edges counted).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int OutDegree(int v) => _outOffsets[v + 1] - _outOffsets[v];
    /// <summary>In-degree of <paramref name="v"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int InDegree(int v) => _inOffsets[v + 1] - _inOffsets[v];
    /// <summary>First edge id leaving <paramref name="v"/>; edges leaving v are <c>OutStart(v)..OutStart(v+1)-1</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int OutStart(int v) => _outOffsets[v];
    /// <summary>One past the last edge id leaving <paramref name="v"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int OutEnd(int v) => _outOffsets[v + 1];
    /// <summary>Targets of the edges leaving <paramref name="v"/>, in edge-id order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> OutNeighbors(int v) => new(_targets, _outOffsets[v], _outOffsets[v + 1] - _outOffsets[v]);
    /// <summary>Sources of the edges entering <paramref name="v"/>, in ascending edge-id order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> InNeighbors(int v) => new(_inSources, _inOffsets[v], _inOffsets[v + 1] - _inOffsets[v]);
    /// <summary>Ids of the edges entering <paramref name="v"/>, ascending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> InEdges(int v) => new(_inEdges, _inOffsets[v], _inOffsets[v + 1] - _inOffsets[v]);

    /// <summary>Target of edge <paramref name="e"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Target(int e) => _targets[e];
    /// <summary>Source of edge <paramref name="e"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Source(int e) => _sources[e];
    /// <summary>Weight of edge <paramref name="e"/>: delay (information) or time to impact (dependency), in hours.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Weight(int e) => _weight[e];
    /// <summary>Probability of delivery/transmission on edge <paramref name="e"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Probability(int e) => _probability[e];
    /// <summary>Dependency strength of edge <paramref name="e"/> (1 unless given).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Strength(int e) => _strength is null ? 1 : _strength[e];

    /// <summary>
    /// What edge <paramref name="e"/>'s numbers (hours, probability, strength) rest on: evidence, survey, the user's
    /// input, a scenario or an assumption. Results say which of these they used through <c>ResultBasis</c> in Analysis.
    /// </summary>
    public Basis ParameterBasis(int e) => _basis is null ? Basis.Input : _basis[e].Weakest;

    /// <summary>
    /// What each of edge <paramref name="e"/>'s numbers rests on (hours, probability, strength); <see cref="ParameterBasis"/>
    /// is the weakest of them. A result that reads only the probability (an independent cascade) takes its basis from
    /// <see cref="ParameterBases.Probability"/>, one that reads the strength from <see cref="ParameterBases.Strength"/>.
    /// </summary>
    public ParameterBases ParameterBases(int e) => _basis is null ? Model.ParameterBases.All(Basis.Input) : _basis[e];
    /// <summary>Kind of edge <paramref name="e"/>.</summary>
    public EdgeKind EdgeKindOf(int e) => _edgeKind[e];
    /// <summary>Flow of edge <paramref name="e"/>.</summary>
    public InfoFlow FlowOf(int e) => _flow[e];

    /// <summary>Raw forward arrays for hot loops: offsets (length n+1) and targets (length m). Do not modify.</summary>
    public (int[] Offsets, int[] Targets) RawOut => (_outOffsets, _targets);
    /// <summary>Raw reverse arrays for hot loops: offsets (n+1), sources (m), edge ids (m). Do not modify.</summary>
    public (int[] Offsets, int[] Sources, int[] EdgeIds) RawIn => (_inOffsets, _inSources, _inEdges);
    /// <summary>Raw edge weights (hours), indexed by edge id. Do not modify.</summary>
    public double[] RawWeights => _weight;
    /// <summary>Raw edge probabilities, indexed by edge id. Do not modify.</summary>
    public double[] RawProbabilities => _probability;

    /// <summary>Finds the first edge id from <paramref name="u"/> to <paramref name="v"/>, or -1.</summary>
    public int FindEdge(int u, int v)
    {
        for (int e = _outOffsets[u]; e < _outOffsets[u + 1]; e++) if (_targets[e] == v) return e;
        return -1;
    }

    /// <summary>
    /// The graph of the edges a layer selects, oriented the way an alert or a failure travels
    /// (e.g. <c>depends_on</c> reversed). Vertices are kept (same ids, same indices).
    /// </summary>
    public CompactGraph Select(EdgeLayer layer)
    {
        Preconditions.NotNull(layer, nameof(layer));
        if (layer.IsIdentityOn(this)) return this;
        var b = new CompactGraphBuilder(NodeCount, EdgeCount);
        for (int v = 0; v < NodeCount; v++) AddNodeTo(b, v);
        for (int e = 0; e < EdgeCount; e++)
        {
            var dir = layer.Direction(_edgeKind[e], _flow[e]);
            if (dir == 0) continue;
            int s = _sources[e], t = _targets[e];
            if (dir < 0) (s, t) = (t, s);
            int ne = b.AddEdge(s, t, _edgeKind[e], _weight[e], _probability[e], Strength(e), _flow[e]);
            if (_basis is not null) b.SetParameterBases(ne, _basis[e]);
        }
        return b.Build(layer.Name, _index);
    }

    /// <summary>Adds vertex <paramref name="v"/> (id, kind, labels, members, member weight) to <paramref name="b"/>; returns its index there.</summary>
    internal int AddNodeTo(CompactGraphBuilder b, int v) => b.AddNode(_ids[v], _nodeKind[v], _labels[v], _labelsEn?[v], _members?[v], _memberWeight[v]);

    /// <summary>True when the edges record what their numbers rest on (a dataset); false for a generic graph (all <see cref="Basis.Input"/>).</summary>
    internal bool HasParameterBases => _basis is not null;

    /// <summary>Builds the compact graph of a dataset: every edge, in its stored direction.</summary>
    public static CompactGraph FromDataset(GraphDataset dataset)
    {
        Preconditions.NotNull(dataset, nameof(dataset));
        var b = new CompactGraphBuilder(dataset.Nodes.Length, dataset.Edges.Length);
        bool units = dataset.Nodes.Any(n => !n.Members.IsEmpty);
        foreach (var n in dataset.Nodes)
            b.AddNode(n.Id, n.Kind, n.NameJa, n.NameEn, units ? n.Members.ToArray() : null,
                n.Kind == NodeKind.Member && n.Members.IsEmpty && n.Attributes.ContainsKey(IncludedInAttribute) ? 0 : null);
        foreach (var e in dataset.Edges)
        {
            int s = b.IndexOf(e.Source), t = b.IndexOf(e.Target);
            if (s < 0 || t < 0) throw new ArgumentException($"Edge {e.Source} -> {e.Target} refers to an unknown node; validate the dataset first.", nameof(dataset));
            int ne = b.AddEdge(s, t, e.Kind, e.DelayHours, e.Probability, e.Strength, e.Flow);
            b.SetParameterBases(ne, e.ParameterBases);
        }
        return b.Build("all");
    }
}
