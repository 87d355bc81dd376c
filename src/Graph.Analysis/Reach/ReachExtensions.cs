using Depgraph.Analysis.Paths;
using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Reach;

/// <summary>One-line reach queries on a <see cref="CompactGraph"/> (the common case; use <see cref="ReachAnalysis"/> for control).</summary>
public static class ReachExtensions
{
    /// <summary>Reach from one vertex (see <see cref="ReachAnalysis.Run"/>).</summary>
    /// <param name="g">The graph.</param>
    /// <param name="source">Source vertex.</param>
    /// <param name="options">Limits; none by default.</param>
    public static ReachResult Reach(this CompactGraph g, int source, ReachOptions? options = null) =>
        ReachAnalysis.Run(g, [source], options ?? ReachOptions.Default);

    /// <summary>Reach from the vertices with these input ids (see <see cref="ReachAnalysis.Run"/>).</summary>
    /// <param name="g">The graph.</param>
    /// <param name="sourceIds">Input ids of the sources.</param>
    /// <param name="options">Limits; none by default.</param>
    /// <exception cref="ArgumentException">An id is unknown.</exception>
    public static ReachResult Reach(this CompactGraph g, IEnumerable<string> sourceIds, ReachOptions? options = null)
    {
        Preconditions.NotNull(g, nameof(g));
        Preconditions.NotNull(sourceIds, nameof(sourceIds));
        return ReachAnalysis.Run(g, sourceIds.Select(id => GraphGuards.Vertex(g, id, nameof(sourceIds))).ToArray(), options ?? ReachOptions.Default);
    }

    /// <summary>Reach from the vertex with this input id.</summary>
    /// <param name="g">The graph.</param>
    /// <param name="sourceId">Input id of the source.</param>
    /// <param name="options">Limits; none by default.</param>
    /// <exception cref="ArgumentException">The id is unknown.</exception>
    public static ReachResult Reach(this CompactGraph g, string sourceId, ReachOptions? options = null) =>
        g.Reach([sourceId], options);

    /// <summary>Earliest-arrival tree from one vertex (see <see cref="ShortestPaths.Dijkstra"/>).</summary>
    /// <param name="g">The graph.</param>
    /// <param name="source">Source vertex.</param>
    public static ShortestPathTree ShortestPathsFrom(this CompactGraph g, int source) => ShortestPaths.Dijkstra(g, [source]);

    /// <summary>Hop counts from one vertex (see <see cref="BreadthFirst.Hops"/>).</summary>
    /// <param name="g">The graph.</param>
    /// <param name="source">Source vertex.</param>
    /// <param name="maxHops">Stop after this many hops.</param>
    public static int[] HopsFrom(this CompactGraph g, int source, int maxHops = int.MaxValue) => BreadthFirst.Hops(g, [source], maxHops);
}
