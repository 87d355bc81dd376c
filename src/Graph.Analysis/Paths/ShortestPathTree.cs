namespace Depgraph.Analysis.Paths;

/// <summary>
/// The result of <see cref="ShortestPaths.Dijkstra"/>: earliest arrival (hours) at every vertex from the
/// nearest source, and one shortest path to it, stored as predecessor pointers.
/// </summary>
/// <remarks>
/// Immutable. Arrays of length n indexed by vertex: distance, hop count of the chosen path, predecessor
/// vertex and predecessor edge. Among paths of equal length the tree keeps the one with the fewest hops,
/// then the one whose last vertex before <c>v</c> has the smaller vertex index, then (parallel edges) the
/// smaller edge id.
/// </remarks>
public sealed class ShortestPathTree
{
    private readonly ArrivalLabel[] _label;
    private readonly int[] _predEdge;

    internal ShortestPathTree(int[] sources, ArrivalLabel[] label, int[] predEdge)
    {
        Sources = sources;
        _label = label;
        _predEdge = predEdge;
    }

    /// <summary>The distinct sources, in input order.</summary>
    public IReadOnlyList<int> Sources { get; }

    /// <summary>Number of vertices of the graph the tree was computed on.</summary>
    public int NodeCount => _label.Length;

    /// <summary>Length in hours of a shortest path from the nearest source to <paramref name="v"/>; +∞ when unreachable.</summary>
    public double Distance(int v) => _label[v].Hours;

    /// <summary>True when some source reaches <paramref name="v"/>.</summary>
    public bool IsReachable(int v) => _label[v].Hops >= 0;

    /// <summary>Number of edges on the tree path to <paramref name="v"/> (the fewest among shortest paths); -1 when unreachable.</summary>
    public int Hops(int v) => _label[v].Hops;

    /// <summary>The vertex before <paramref name="v"/> on its tree path; -1 for sources and unreachable vertices.</summary>
    public int Predecessor(int v) => _label[v].Pred;

    /// <summary>The edge id entering <paramref name="v"/> on its tree path; -1 for sources and unreachable vertices.</summary>
    public int PredecessorEdge(int v) => _predEdge[v];

    /// <summary>The tree path from a source to <paramref name="v"/> (source first, <paramref name="v"/> last); empty when unreachable.</summary>
    public IReadOnlyList<int> PathTo(int v)
    {
        Depgraph.Core.Preconditions.ValidVertex(v, _label.Length, nameof(v));
        if (!IsReachable(v)) return [];
        var path = new int[_label[v].Hops + 1];
        for (int i = path.Length - 1, x = v; i >= 0; i--, x = _label[x].Pred) path[i] = x;
        return path;
    }
}
