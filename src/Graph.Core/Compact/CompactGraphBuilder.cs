using System.Runtime.CompilerServices;
using Depgraph.Core.Model;

// the CSV fast path hands over its column arrays without a copy (AddNodesUnchecked, AddEdgesUnchecked)
[assembly: InternalsVisibleTo("Depgraph.Loader")]

namespace Depgraph.Core.Compact;

/// <summary>
/// Accumulates vertices and edges in growable arrays (no per-edge objects) and builds a
/// <see cref="CompactGraph"/> by a stable counting sort on the source vertex.
/// </summary>
/// <remarks>Not thread-safe. A builder can build once. The strength column is only allocated when an edge has a
/// strength other than 1 (a generic graph has none), and <see cref="Build(string)"/> scatters the edge columns on two
/// threads.</remarks>
public sealed class CompactGraphBuilder
{
    private string[] _ids;
    private NodeKind[] _nodeKind;
    private string[] _labels;
    private string[]? _labelsEn;
    private MemberCount[][]? _members;
    private long[]? _weight0;
    private int _n;
    private int[] _src;
    private int[] _dst;
    private double[] _weight;
    private double[] _probability;
    private double[]? _strength; // null while every strength is 1
    private ParameterBases[]? _basis; // allocated on the first SetParameterBases; null means every edge is Basis.Input
    private EdgeKind[] _edgeKind;
    private InfoFlow[] _flow;
    private int _m;
    private Dictionary<string, int>? _index; // null after AddNodesUnchecked until an id is looked up
    private bool _built;

    /// <summary>Creates a builder with capacity hints.</summary>
    public CompactGraphBuilder(int nodeCapacity = 16, int edgeCapacity = 16)
    {
        nodeCapacity = Math.Max(nodeCapacity, 4);
        edgeCapacity = Math.Max(edgeCapacity, 4);
        _ids = new string[nodeCapacity];
        _nodeKind = new NodeKind[nodeCapacity];
        _labels = new string[nodeCapacity];
        _src = new int[edgeCapacity];
        _dst = new int[edgeCapacity];
        _weight = new double[edgeCapacity];
        _probability = new double[edgeCapacity];
        _edgeKind = new EdgeKind[edgeCapacity];
        _flow = new InfoFlow[edgeCapacity];
        _index = new Dictionary<string, int>(nodeCapacity, StringComparer.Ordinal);
    }

    /// <summary>Number of vertices added so far.</summary>
    public int NodeCount => _n;
    /// <summary>Number of edges added so far.</summary>
    public int EdgeCount => _m;

    /// <summary>Index of an id added earlier, or -1.</summary>
    public int IndexOf(string id) => EnsureIndex().TryGetValue(id, out var v) ? v : -1;

    private Dictionary<string, int> EnsureIndex()
    {
        if (_index is { } index) return index;
        index = new Dictionary<string, int>(Math.Max(_n, 4), StringComparer.Ordinal);
        for (int v = 0; v < _n; v++) index.TryAdd(_ids[v], v);
        return _index = index;
    }

    /// <summary>Adds a vertex and returns its index; an id already present returns the existing index.</summary>
    /// <param name="id">Input id.</param>
    /// <param name="kind">Node kind.</param>
    /// <param name="label">Display label (Japanese name on the dataset).</param>
    /// <param name="labelEn">English label.</param>
    /// <param name="members">Member counts by unit.</param>
    /// <param name="memberWeight">Overrides <see cref="CompactGraph.MemberWeight"/> for a member vertex (e.g. 0 for a named member already inside an aggregate).</param>
    /// <exception cref="InvalidOperationException">a new id is added after <see cref="Build(string)"/> (the graph owns the node arrays then).</exception>
    public int AddNode(string id, NodeKind kind = NodeKind.Member, string? label = null, string? labelEn = null, MemberCount[]? members = null, long? memberWeight = null)
    {
        if (EnsureIndex().TryGetValue(id, out var existing)) return existing;
        if (_built) throw new InvalidOperationException("This CompactGraphBuilder has built its graph; start a new builder to add nodes.");
        if (_n == _ids.Length) GrowNodes();
        int v = _n++;
        _ids[v] = id;
        _nodeKind[v] = kind;
        _labels[v] = label ?? "";
        if (!string.IsNullOrEmpty(labelEn))
        {
            _labelsEn ??= new string[_ids.Length];
            _labelsEn[v] = labelEn;
        }
        if (members is { Length: > 0 })
        {
            _members ??= new MemberCount[_ids.Length][];
            _members[v] = members;
        }
        if (memberWeight is { } mw)
        {
            if (_weight0 is null) { _weight0 = new long[_ids.Length]; Array.Fill(_weight0, -1); }
            _weight0[v] = mw;
        }
        _index!.Add(id, v);
        return v;
    }

    /// <summary>Adds a directed edge between vertex indices and returns its insertion number.</summary>
    /// <exception cref="InvalidOperationException">called after <see cref="Build(string)"/>.</exception>
    public int AddEdge(int source, int target, EdgeKind kind = EdgeKind.SharesWith, double weight = 1, double probability = 1, double strength = 1, InfoFlow flow = InfoFlow.None)
    {
        if (_built) throw new InvalidOperationException("This CompactGraphBuilder has built its graph; start a new builder to add edges.");
        Preconditions.ValidVertex(source, _n, nameof(source));
        Preconditions.ValidVertex(target, _n, nameof(target));
        if (_m == _src.Length) GrowEdges();
        int e = _m++;
        _src[e] = source;
        _dst[e] = target;
        _weight[e] = weight;
        _probability[e] = probability;
        if (_strength is null && strength != 1)
        {
            _strength = new double[_src.Length];
            Array.Fill(_strength, 1.0, 0, e);
        }
        if (_strength is not null) _strength[e] = strength;
        _edgeKind[e] = kind;
        _flow[e] = flow;
        return e;
    }

    private void GrowNodes()
    {
        int cap = Math.Max(_ids.Length * 2, 4);
        Array.Resize(ref _ids, cap);
        Array.Resize(ref _nodeKind, cap);
        Array.Resize(ref _labels, cap);
        if (_labelsEn is not null) Array.Resize(ref _labelsEn, cap);
        if (_members is not null) Array.Resize(ref _members, cap);
        if (_weight0 is not null) { int old = _weight0.Length; Array.Resize(ref _weight0, cap); Array.Fill(_weight0, -1, old, cap - old); }
    }

    private void GrowEdges()
    {
        int cap = Math.Max(_src.Length * 2, 4);
        Array.Resize(ref _src, cap);
        Array.Resize(ref _dst, cap);
        Array.Resize(ref _weight, cap);
        Array.Resize(ref _probability, cap);
        if (_strength is not null) Array.Resize(ref _strength, cap);
        if (_basis is not null) Array.Resize(ref _basis, cap);
        Array.Resize(ref _edgeKind, cap);
        Array.Resize(ref _flow, cap);
    }

    /// <summary>Records what edge <paramref name="edge"/>'s numbers rest on (see <see cref="CompactGraph.ParameterBasis"/>); edges never set are <see cref="Basis.Input"/>.</summary>
    public void SetParameterBasis(int edge, Basis basis) => SetParameterBases(edge, ParameterBases.All(basis));

    /// <summary>Records what each of edge <paramref name="edge"/>'s numbers rests on (see <see cref="CompactGraph.ParameterBases"/>); edges never set are <see cref="Basis.Input"/>.</summary>
    public void SetParameterBases(int edge, ParameterBases bases)
    {
        if ((uint)edge >= (uint)_m) throw new ArgumentOutOfRangeException(nameof(edge), "no such edge");
        if (_basis is null)
        {
            if (bases == ParameterBases.All(Basis.Input)) return;
            _basis = new ParameterBases[_src.Length];
            Array.Fill(_basis, ParameterBases.All(Basis.Input));
        }
        _basis[edge] = bases;
    }

    /// <summary>Builds the immutable graph. Edges leaving each vertex keep their insertion order.</summary>
    public CompactGraph Build(string layer = "all") => Build(layer, null);

    internal CompactGraph Build(string layer, Dictionary<string, int>? sharedIndex)
    {
        if (_built) throw new InvalidOperationException("A CompactGraphBuilder can build only once.");
        _built = true;
        int n = _n, m = _m;
        // Each edge's CSR position once (a stable counting sort by source), then one scatter per attribute
        var pos = new int[m];
        var offsets = CountingSort.OffsetsAndPositions(n, _src, m, pos);
        // two columns at a time (the scatter is bound by memory latency, so two threads nearly halve it); each builder
        // column is dropped right after its scatter, so at most two columns are held twice at a time
        int[] targets = [], sources = [];
        double[] weight = [], prob = [];
        double[]? strength = null;
        ParameterBases[]? basis = null;
        EdgeKind[] kind = [];
        InfoFlow[] flow = [];
        bool parallel = m >= CountingSort.ParallelItems && Environment.ProcessorCount > 1;
        _src = []; // the positions and offsets say all it said: the sources in CSR order are each vertex repeated over its range
        Pair(parallel, () => { targets = Scatter(_dst, pos, m); _dst = []; }, () => { weight = Scatter(_weight, pos, m); _weight = []; });
        Pair(parallel, () => { prob = Scatter(_probability, pos, m); _probability = []; }, () => { kind = Scatter(_edgeKind, pos, m); _edgeKind = []; });
        Pair(parallel, () => { flow = Scatter(_flow, pos, m); _flow = []; }, () => sources = Expand(offsets, n, m));
        Pair(parallel, () => { if (_strength is not null) strength = Scatter(_strength, pos, m); _strength = null; },
            () => { if (_basis is not null) basis = Scatter(_basis, pos, m); _basis = null; });
        pos = null!; // not held while the graph builds its reverse adjacency
        var ids = Exact(_ids, n);
        var labelsEn = _labelsEn is null ? null : Fill(_labelsEn, n);
        var members = _members is null ? null : _members.AsSpan(0, n).ToArray();
        return new CompactGraph(offsets, targets, sources, weight, prob, strength, kind, flow, ids,
            Exact(_nodeKind, n), Exact(_labels, n), labelsEn, members,
            sharedIndex ?? _index, layer, _weight0 is null ? null : _weight0.AsSpan(0, n).ToArray(), basis);
    }

    private static void Pair(bool parallel, Action a, Action b)
    {
        if (parallel) Parallel.Invoke(a, b);
        else { a(); b(); }
    }

    /// <summary>
    /// Takes <paramref name="count"/> vertices from column arrays, without copying them (the builder owns the arrays
    /// afterwards) and without checking that the ids are distinct: the caller has checked. The builder must be empty.
    /// The id lookup table is only built if an id is looked up later.
    /// </summary>
    internal void AddNodesUnchecked(string[] ids, NodeKind[] kinds, string[] labels, int count)
    {
        if (_n != 0 || _built) throw new InvalidOperationException("AddNodesUnchecked needs an empty builder.");
        if (ids.Length < count || kinds.Length < count || labels.Length < count) throw new ArgumentException("a column is shorter than count");
        _ids = ids;
        _nodeKind = kinds;
        _labels = labels;
        _labelsEn = null;
        _members = null;
        _weight0 = null;
        _index = null;
        _n = count;
    }

    /// <summary>
    /// Takes <paramref name="count"/> edges (strength 1) from column arrays, without copying them (the builder owns the
    /// arrays afterwards); the caller has checked the vertex indices. The builder must have no edges yet.
    /// </summary>
    internal void AddEdgesUnchecked(int[] sources, int[] targets, EdgeKind[] kinds, InfoFlow[] flows, double[] weights, double[] probabilities, int count)
    {
        if (_m != 0 || _built) throw new InvalidOperationException("AddEdgesUnchecked needs a builder without edges.");
        int cap = sources.Length;
        if (targets.Length != cap || kinds.Length != cap || flows.Length != cap || weights.Length != cap || probabilities.Length != cap || count > cap)
            throw new ArgumentException("the columns differ in length or are shorter than count");
        _src = sources;
        _dst = targets;
        _edgeKind = kinds;
        _flow = flows;
        _weight = weights;
        _probability = probabilities;
        _strength = null;
        _basis = null;
        _m = count;
    }

    // The builder's own array when it has exactly n items (the builder is spent after Build), else a trimmed copy.
    private static T[] Exact<T>(T[] a, int n) => a.Length == n ? a : a.AsSpan(0, n).ToArray();

    private static T[] Scatter<T>(T[] from, int[] pos, int m)
    {
        var to = new T[m];
        for (int e = 0; e < m; e++) to[pos[e]] = from[e];
        return to;
    }

    // sources[e] = v for every edge e in offsets[v]..offsets[v+1]-1
    private static int[] Expand(int[] offsets, int n, int m)
    {
        var to = new int[m];
        for (int v = 0; v < n; v++) to.AsSpan(offsets[v], offsets[v + 1] - offsets[v]).Fill(v);
        return to;
    }

    private static string[] Fill(string[] a, int n)
    {
        var r = new string[n];
        for (int i = 0; i < n; i++) r[i] = a[i] ?? "";
        return r;
    }
}
