using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Resilience;

/// <summary>One-line calls for the common single-point-of-failure questions (the two-tier API's first tier).</summary>
public static class ResilienceExtensions
{
    /// <summary>Articulation points of the simple undirected view, ascending; see <see cref="Resilience.ArticulationPoints.Find"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The articulation points, ascending.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static IReadOnlyList<int> ArticulationPoints(this CompactGraph graph) => Resilience.ArticulationPoints.Find(graph);

    /// <summary>Bridges of the simple undirected view, (A &lt; B) sorted; see <see cref="Resilience.Bridges.Find"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The bridges, sorted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static IReadOnlyList<(int A, int B)> Bridges(this CompactGraph graph) => Resilience.Bridges.Find(graph);
}
