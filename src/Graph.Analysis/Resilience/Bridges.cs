using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Resilience;

/// <summary>
/// Bridges (cut edges): the connections whose loss alone splits the network, read without direction,
/// into more pieces.
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> An edge of the <i>simple undirected view</i> (u–v is one edge when u→v or v→u exists;
/// self-loops ignored; parallel and antiparallel edges merged) is a bridge when removing it increases the number
/// of connected components. Because of the merge, u→v together with v→u is <i>one</i> undirected edge, and it is a
/// bridge when it is the only connection between its two sides; two parallel u→v edges likewise count once.</para>
/// <para><b>Method.</b> Hopcroft and Tarjan's low-point depth-first search, iterative: tree edge p–c is a bridge
/// when <c>low(c) &gt; disc(p)</c>. Time and memory O(n + m), plus O(b log b) to sort the b bridges.</para>
/// <para><b>Example.</b> On <c>a->b, b->c, c->a, c->d, d->c, d->e</c> the bridges are (c, d) and (d, e).</para>
/// <para><b>Reference.</b> J. Hopcroft and R. Tarjan, "Algorithm 447: efficient algorithms for graph
/// manipulation", Communications of the ACM 16(6), 1973, doi:10.1145/362248.362272.</para>
/// </remarks>
public static class Bridges
{
    /// <summary>Finds the bridges of the simple undirected view of <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph; edge direction, self-loops and parallel edges are ignored.</param>
    /// <returns>The bridges as vertex pairs with <c>A &lt; B</c>, sorted by A then B.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static IReadOnlyList<(int A, int B)> Find(CompactGraph graph)
    {
        Preconditions.NotNull(graph, nameof(graph));
        var bridges = new List<(int A, int B)>();
        Biconnectivity.Run(graph, null, bridges);
        bridges.Sort();
        return bridges.AsReadOnly();
    }
}
