using Depgraph.Analysis.Reach;
using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Cascade;

/// <summary>One-line cascade simulations on a <see cref="CompactGraph"/> (see <see cref="BitParallelCascade"/> and <see cref="LinearThresholdCascade"/>).</summary>
public static class CascadeExtensions
{
    /// <summary>Monte Carlo independent cascade from the vertices with these input ids, default options unless given
    /// (<see cref="BitParallelCascade"/>, the runs of <c>depgraph cascade</c>).</summary>
    /// <param name="g">The dependency graph (supplier → dependant).</param>
    /// <param name="sourceIds">Input ids of the vertices that fail first.</param>
    /// <param name="options">Runs, seed, threads; <see cref="CascadeOptions"/> defaults when null.</param>
    /// <exception cref="ArgumentException">An id is unknown.</exception>
    public static MonteCarloCascadeResult IndependentCascade(this CompactGraph g, IEnumerable<string> sourceIds, CascadeOptions? options = null) =>
        BitParallelCascade.Run(g, Vertices(g, sourceIds), options ?? new CascadeOptions());

    /// <summary>Monte Carlo independent cascade from one vertex (<see cref="BitParallelCascade"/>).</summary>
    /// <param name="g">The dependency graph.</param>
    /// <param name="source">The vertex that fails first.</param>
    /// <param name="options">Runs, seed, threads; defaults when null.</param>
    public static MonteCarloCascadeResult IndependentCascade(this CompactGraph g, int source, CascadeOptions? options = null) =>
        BitParallelCascade.Run(g, [source], options ?? new CascadeOptions());

    /// <summary>Linear threshold cascade from the vertices with these input ids.</summary>
    /// <param name="g">The dependency graph.</param>
    /// <param name="sourceIds">Input ids of the vertices that fail first.</param>
    /// <param name="threshold">Share in (0, 1]; 0.5 by default.</param>
    /// <exception cref="ArgumentException">An id is unknown.</exception>
    public static ThresholdCascadeResult ThresholdCascade(this CompactGraph g, IEnumerable<string> sourceIds, double threshold = 0.5) =>
        LinearThresholdCascade.Run(g, Vertices(g, sourceIds), threshold);

    /// <summary>Linear threshold cascade from one vertex.</summary>
    /// <param name="g">The dependency graph.</param>
    /// <param name="source">The vertex that fails first.</param>
    /// <param name="threshold">Share in (0, 1]; 0.5 by default.</param>
    public static ThresholdCascadeResult ThresholdCascade(this CompactGraph g, int source, double threshold = 0.5) =>
        LinearThresholdCascade.Run(g, [source], threshold);

    private static int[] Vertices(CompactGraph g, IEnumerable<string> ids)
    {
        Preconditions.NotNull(g, nameof(g));
        Preconditions.NotNull(ids, nameof(ids));
        return ids.Select(id => GraphGuards.Vertex(g, id, "sourceIds")).ToArray();
    }
}
