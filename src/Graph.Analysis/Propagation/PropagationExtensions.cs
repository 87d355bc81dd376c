using Depgraph.Analysis.Reach;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Propagation;

/// <summary>One-line propagation-path queries on a <see cref="CompactGraph"/> (see <see cref="Propagation.KShortestPaths"/> for details).</summary>
public static class PropagationExtensions
{
    /// <summary>The <paramref name="k"/> shortest loopless paths between two vertices (see <see cref="Propagation.KShortestPaths.Find"/>).</summary>
    /// <param name="g">The graph.</param>
    /// <param name="source">Start vertex.</param>
    /// <param name="target">End vertex.</param>
    /// <param name="k">How many paths at most.</param>
    public static IReadOnlyList<PropagationPath> KShortestPaths(this CompactGraph g, int source, int target, int k = 10) =>
        Propagation.KShortestPaths.Find(g, source, target, k);

    /// <summary>The <paramref name="k"/> shortest loopless paths between the vertices with these input ids.</summary>
    /// <param name="g">The graph.</param>
    /// <param name="sourceId">Input id of the start.</param>
    /// <param name="targetId">Input id of the end.</param>
    /// <param name="k">How many paths at most.</param>
    /// <exception cref="ArgumentException">An id is unknown.</exception>
    public static IReadOnlyList<PropagationPath> KShortestPaths(this CompactGraph g, string sourceId, string targetId, int k = 10) =>
        Propagation.KShortestPaths.Find(g, GraphGuards.Vertex(g, sourceId, nameof(sourceId)), GraphGuards.Vertex(g, targetId, nameof(targetId)), k);

    /// <summary>The input ids along a path.</summary>
    /// <param name="path">A path on <paramref name="g"/>.</param>
    /// <param name="g">The graph.</param>
    public static IReadOnlyList<string> Ids(this PropagationPath path, CompactGraph g) => path.Nodes.Select(g.Id).ToArray();
}
