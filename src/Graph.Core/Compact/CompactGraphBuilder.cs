using Depgraph.Core.Model;

namespace Depgraph.Core.Compact;

/// <summary>
/// Accumulates vertices and edges in growable arrays (no per-edge objects) and builds a
/// <see cref="CompactGraph"/> by a stable counting sort on the source vertex.
/// </summary>
/// <remarks>Not thread-safe. A builder can build once.</remarks>
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
    private double[] _strength;
    private ParameterBases[]? _basis; // allocated on the first SetParameterBases; null means every edge is Basis.Input
    private EdgeKind[] _edgeKind;
    private InfoFlow[] _flow;
    private int _m;
    private readonly Dictionary<string, int> _index;
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
        _strength = new double[edgeCapacity];
        _edgeKind = new EdgeKind[edgeCapacity];
        _flow = new InfoFlow[edgeCapacity];
        _index = new Dictionary<string, int>(nodeCapacity, StringComparer.Ordinal);
    }

    /// <summary>Number of vertices added so far.</summary>
    public int NodeCount => _n;
    /// <summary>Number of edges added so far.</summary>
    public int EdgeCount => _m;

    /// <summary>Index of an id added earlier, or -1.</summary>
    public int IndexOf(string id) => _index.TryGetValue(id, out var v) ? v : -1;

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
        if (_index.TryGetValue(id, out var existing)) return existing;
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
        _index.Add(id, v);
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
        _strength[e] = strength;
        _edgeKind[e] = kind;
        _flow[e] = flow;
        return e;
    }

    private void GrowNodes()
    {
        int cap = _ids.Length * 2;
        Array.Resize(ref _ids, cap);
        Array.Resize(ref _nodeKind, cap);
        Array.Resize(ref _labels, cap);
        if (_labelsEn is not null) Array.Resize(ref _labelsEn, cap);
        if (_members is not null) Array.Resize(ref _members, cap);
        if (_weight0 is not null) { int old = _weight0.Length; Array.Resize(ref _weight0, cap); Array.Fill(_weight0, -1, old, cap - old); }
    }

    private void GrowEdges()
    {
        int cap = _src.Length * 2;
        Array.Resize(ref _src, cap);
        Array.Resize(ref _dst, cap);
        Array.Resize(ref _weight, cap);
        Array.Resize(ref _probability, cap);
        Array.Resize(ref _strength, cap);
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
            _basis = new ParameterBases[_strength.Length];
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
        var offsets = CountingSort.Offsets(n, _src.AsSpan(0, m));
        // Each edge's CSR position once, then one scatter per attribute, dropping the builder's array right after:
        // at most one attribute is held twice at a time (the builder is spent after Build), not all seven.
        var pos = new int[m];
        CountingSort.Positions(offsets, _src.AsSpan(0, m), pos);
        var targets = Scatter(_dst, pos, m); _dst = [];
        var sources = Scatter(_src, pos, m); _src = [];
        var weight = Scatter(_weight, pos, m); _weight = [];
        var prob = Scatter(_probability, pos, m); _probability = [];
        var strength = Scatter(_strength, pos, m); _strength = [];
        var basis = _basis is null ? null : Scatter(_basis, pos, m); _basis = null;
        var kind = Scatter(_edgeKind, pos, m); _edgeKind = [];
        var flow = Scatter(_flow, pos, m); _flow = [];
        var ids = Exact(_ids, n);
        var labelsEn = _labelsEn is null ? null : Fill(_labelsEn, n);
        var members = _members is null ? null : _members.AsSpan(0, n).ToArray();
        return new CompactGraph(offsets, targets, sources, weight, prob, strength, kind, flow, ids,
            Exact(_nodeKind, n), Exact(_labels, n), labelsEn, members,
            sharedIndex ?? _index, layer, _weight0 is null ? null : _weight0.AsSpan(0, n).ToArray(), basis);
    }

    // The builder's own array when it has exactly n items (the builder is spent after Build), else a trimmed copy.
    private static T[] Exact<T>(T[] a, int n) => a.Length == n ? a : a.AsSpan(0, n).ToArray();

    private static T[] Scatter<T>(T[] from, int[] pos, int m)
    {
        var to = new T[m];
        for (int e = 0; e < m; e++) to[pos[e]] = from[e];
        return to;
    }

    private static string[] Fill(string[] a, int n)
    {
        var r = new string[n];
        for (int i = 0; i < n; i++) r[i] = a[i] ?? "";
        return r;
    }
}
