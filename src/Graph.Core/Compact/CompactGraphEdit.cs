using Depgraph.Core.Model;

namespace Depgraph.Core.Compact;

/// <summary>
/// Changes to an immutable <see cref="CompactGraph"/> — vertices and edges removed, edges' numbers replaced, edges
/// added — and the graph they give (<see cref="Build"/>). The base graph is never touched: replaced numbers are kept
/// beside it until the build, so a what-if scenario is applied without loading or building the input twice.
/// </summary>
/// <remarks>
/// <para>The built graph keeps the vertex order (removed vertices left out) and the order of the remaining edges; added
/// edges follow the remaining edges of their source, in the order added. That is exactly the graph
/// <see cref="CompactGraph.FromDataset"/> builds from a dataset with the same changes (edges removed in place, added
/// ones appended), so analyses give byte-identical answers either way.</para>
/// <para>Removing a vertex removes every edge that touches it. O(1) per change, O(n + m) to build. Not thread-safe.</para>
/// </remarks>
public sealed class CompactGraphEdit
{
    private readonly CompactGraph _graph;
    private bool[]? _removedNodes;
    private bool[]? _removedEdges;
    private Dictionary<int, EdgeNumbers>? _set;
    private readonly List<(int Source, int Target, EdgeKind Kind, InfoFlow Flow, EdgeNumbers Numbers)> _added = [];

    private readonly record struct EdgeNumbers(double Weight, double Probability, double Strength, ParameterBases Bases);

    /// <summary>Starts an edit of <paramref name="graph"/> (all edges in stored direction, as built from a dataset).</summary>
    public CompactGraphEdit(CompactGraph graph) => _graph = Preconditions.NotNull(graph, nameof(graph));

    /// <summary>The graph being edited (unchanged).</summary>
    public CompactGraph Graph => _graph;

    /// <summary>True when nothing has been changed: <see cref="Build"/> returns <see cref="Graph"/> itself.</summary>
    public bool IsEmpty => _removedNodes is null && _removedEdges is null && _set is null && _added.Count == 0;

    /// <summary>True when vertex <paramref name="v"/> has been removed.</summary>
    public bool IsNodeRemoved(int v) => _removedNodes is not null && _removedNodes[v];

    /// <summary>True when edge <paramref name="e"/> has been removed, itself or with one of its ends.</summary>
    public bool IsEdgeRemoved(int e) =>
        (_removedEdges is not null && _removedEdges[e]) || IsNodeRemoved(_graph.Source(e)) || IsNodeRemoved(_graph.Target(e));

    /// <summary>Removes vertex <paramref name="v"/> and every edge that touches it.</summary>
    public void RemoveNode(int v)
    {
        Check(v, _graph.NodeCount, nameof(v));
        (_removedNodes ??= new bool[_graph.NodeCount])[v] = true;
    }

    /// <summary>Removes edge <paramref name="e"/>.</summary>
    public void RemoveEdge(int e)
    {
        Check(e, _graph.EdgeCount, nameof(e));
        (_removedEdges ??= new bool[_graph.EdgeCount])[e] = true;
    }

    /// <summary>Replaces the numbers of edge <paramref name="e"/> and what they rest on.</summary>
    public void SetEdge(int e, double weight, double probability, double strength, ParameterBases bases)
    {
        Check(e, _graph.EdgeCount, nameof(e));
        (_set ??= [])[e] = new EdgeNumbers(weight, probability, strength, bases);
    }

    /// <summary>Adds an edge between two vertices of the base graph (neither may be removed when building).</summary>
    public void AddEdge(int source, int target, EdgeKind kind, InfoFlow flow, double weight, double probability, double strength, ParameterBases bases)
    {
        Check(source, _graph.NodeCount, nameof(source));
        Check(target, _graph.NodeCount, nameof(target));
        _added.Add((source, target, kind, flow, new EdgeNumbers(weight, probability, strength, bases)));
    }

    /// <summary>The weight (hours) of edge <paramref name="e"/> after the changes so far.</summary>
    public double Weight(int e) => _set is not null && _set.TryGetValue(e, out var x) ? x.Weight : _graph.Weight(e);
    /// <summary>The probability of edge <paramref name="e"/> after the changes so far.</summary>
    public double Probability(int e) => _set is not null && _set.TryGetValue(e, out var x) ? x.Probability : _graph.Probability(e);
    /// <summary>The strength of edge <paramref name="e"/> after the changes so far.</summary>
    public double Strength(int e) => _set is not null && _set.TryGetValue(e, out var x) ? x.Strength : _graph.Strength(e);
    /// <summary>What the numbers of edge <paramref name="e"/> rest on after the changes so far.</summary>
    public ParameterBases Bases(int e) => _set is not null && _set.TryGetValue(e, out var x) ? x.Bases : _graph.ParameterBases(e);

    /// <summary>Builds the changed graph (the base graph itself when nothing changed).</summary>
    /// <exception cref="InvalidOperationException">An added edge touches a removed vertex.</exception>
    public CompactGraph Build()
    {
        if (IsEmpty) return _graph;
        var g = _graph;
        var b = new CompactGraphBuilder(g.NodeCount, g.EdgeCount + _added.Count);
        var map = new int[g.NodeCount];
        for (int v = 0; v < g.NodeCount; v++) map[v] = IsNodeRemoved(v) ? -1 : g.AddNodeTo(b, v);
        bool bases = g.HasParameterBases;
        for (int e = 0; e < g.EdgeCount; e++)
        {
            if (IsEdgeRemoved(e)) continue;
            int s = map[g.Source(e)], t = map[g.Target(e)];
            if (_set is not null && _set.TryGetValue(e, out var x))
                b.SetParameterBases(b.AddEdge(s, t, g.EdgeKindOf(e), x.Weight, x.Probability, x.Strength, g.FlowOf(e)), x.Bases);
            else
            {
                int ne = b.AddEdge(s, t, g.EdgeKindOf(e), g.Weight(e), g.Probability(e), g.Strength(e), g.FlowOf(e));
                if (bases) b.SetParameterBases(ne, g.ParameterBases(e));
            }
        }
        foreach (var (source, target, kind, flow, x) in _added)
        {
            int s = map[source], t = map[target];
            if (s < 0 || t < 0) throw new InvalidOperationException($"An added edge {g.Id(source)} -> {g.Id(target)} touches a removed vertex.");
            b.SetParameterBases(b.AddEdge(s, t, kind, x.Weight, x.Probability, x.Strength, flow), x.Bases);
        }
        return b.Build(g.Layer);
    }

    private static void Check(int i, int count, string name)
    {
        if ((uint)i >= (uint)count) throw new ArgumentOutOfRangeException(name, $"{i} is not in [0, {count}).");
    }
}
