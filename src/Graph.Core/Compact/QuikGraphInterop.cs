using QuikGraph;

namespace Depgraph.Core.Compact;

/// <summary>Conversions to QuikGraph, the interop surface and the independent oracle in tests.</summary>
public static class QuikGraphInterop
{
    /// <summary>
    /// A QuikGraph bidirectional graph on vertex indices 0..n-1; each edge's tag is its compact edge id
    /// (so weights and probabilities can be looked up). Parallel edges are kept.
    /// </summary>
    public static BidirectionalGraph<int, TaggedEdge<int, int>> ToQuikGraph(this CompactGraph graph)
    {
        Preconditions.NotNull(graph, nameof(graph));
        var g = new BidirectionalGraph<int, TaggedEdge<int, int>>(allowParallelEdges: true, graph.NodeCount);
        for (int v = 0; v < graph.NodeCount; v++) g.AddVertex(v);
        for (int e = 0; e < graph.EdgeCount; e++) g.AddEdge(new TaggedEdge<int, int>(graph.Source(e), graph.Target(e), e));
        return g;
    }

    /// <summary>A QuikGraph adjacency graph keyed by the input ids, for users who work with ids.</summary>
    public static AdjacencyGraph<string, TaggedEdge<string, int>> ToQuikGraphById(this CompactGraph graph)
    {
        Preconditions.NotNull(graph, nameof(graph));
        var g = new AdjacencyGraph<string, TaggedEdge<string, int>>(allowParallelEdges: true, graph.NodeCount);
        for (int v = 0; v < graph.NodeCount; v++) g.AddVertex(graph.Id(v));
        for (int e = 0; e < graph.EdgeCount; e++) g.AddEdge(new TaggedEdge<string, int>(graph.Id(graph.Source(e)), graph.Id(graph.Target(e)), e));
        return g;
    }
}
