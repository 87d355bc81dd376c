using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Resilience;

/// <summary>
/// Articulation points (cut vertices): the organisations whose loss alone splits the network, read
/// without direction, into more pieces.
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> A vertex is an articulation point when removing it (and its edges) increases the
/// number of connected components of the <i>simple undirected view</i> of the graph: u–v is one edge when
/// u→v or v→u exists; self-loops are ignored and parallel or antiparallel edges merged.</para>
/// <para><b>Method.</b> Hopcroft and Tarjan's low-point depth-first search, iterative (an explicit stack, so a
/// path of a million vertices does not overflow the call stack): the root of a DFS tree is a cut vertex when it
/// has two or more tree children; any other vertex p is one when some tree child c has
/// <c>low(c) ≥ disc(p)</c>. Time and memory O(n + m).</para>
/// <para><b>Example.</b> On <c>a->b, b->c, c->a, c->d, d->e</c> the articulation points are c and d
/// (removing c cuts {d, e} off; removing d cuts e off).</para>
/// <para><b>Reference.</b> J. Hopcroft and R. Tarjan, "Algorithm 447: efficient algorithms for graph
/// manipulation", Communications of the ACM 16(6), 1973, doi:10.1145/362248.362272.</para>
/// </remarks>
public static class ArticulationPoints
{
    /// <summary>Finds the articulation points of the simple undirected view of <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph; edge direction, self-loops and parallel edges are ignored.</param>
    /// <returns>The articulation points, ascending vertex index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static IReadOnlyList<int> Find(CompactGraph graph)
    {
        Preconditions.NotNull(graph, nameof(graph));
        var isCut = new bool[graph.NodeCount];
        Biconnectivity.Run(graph, isCut, null);
        var result = new List<int>();
        for (int v = 0; v < isCut.Length; v++) if (isCut[v]) result.Add(v);
        return result.AsReadOnly();
    }
}
