using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Resilience;

/// <summary>
/// Dominators from a source: the organisations every alert from the source must pass through to reach a
/// given recipient.
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> In the directed graph with source r, vertex d <i>dominates</i> v when every path from r
/// to v passes through d (every vertex dominates itself). The closest strict dominator of v is its
/// <i>immediate dominator</i>; these form the <see cref="DominatorTree"/>. If d fails, exactly the vertices of d's
/// subtree other than d become unreachable from r.</para>
/// <para><b>Method.</b> Lengauer and Tarjan's algorithm with path compression (simple linking), iterative:
/// a depth-first numbering (or, from <c>ResilienceAnalysis</c>, the first tree of its SCC search), the predecessor
/// lists renumbered into preorder, semidominators computed in reverse preorder with eval/link on a forest, each vertex
/// waiting in its semidominator's bucket until its parent is linked, which gives its idom or an implicit one; then the
/// implicit idoms resolved in preorder. O(m log n) time (simple linking; balanced linking would give O(m α(m, n))),
/// O(n + m) extra memory; near-linear in practice.
/// Edges into the root, self-loops and parallel edges are harmless; vertices r does not reach get no idom. On a large
/// graph it runs on the graph's cache-friendly <see cref="LocalityLayout"/> and maps the (unique) tree back.</para>
/// <para><b>Example.</b> On <c>r->a, r->b, a->c, b->c, c->d</c> from r: idom(a) = idom(b) = idom(c) = r and
/// idom(d) = c; so c dominates d, and a does not dominate c.</para>
/// <para><b>Reference.</b> T. Lengauer and R. E. Tarjan, "A fast algorithm for finding dominators in a flowgraph",
/// ACM TOPLAS 1(1), 1979, doi:10.1145/357062.357071.</para>
/// </remarks>
public static class Dominators
{
    /// <summary>Computes the dominator tree of <paramref name="graph"/> from <paramref name="root"/>.</summary>
    /// <param name="graph">The graph, read in its edge direction.</param>
    /// <param name="root">The source vertex index.</param>
    /// <returns>The dominator tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="root"/> is not a vertex of the graph.</exception>
    public static DominatorTree Compute(CompactGraph graph, int root)
    {
        Preconditions.NotNull(graph, nameof(graph));
        Preconditions.ValidVertex(root, graph.NodeCount, nameof(root));
        var layout = LocalityLayout.For(graph);
        if (layout is null)
        {
            var (outOff, outTgt) = graph.RawOut;
            var (inOff, inSrc, _) = graph.RawIn;
            return new DominatorTree(root, LengauerTarjan.ImmediateDominators((outOff, outTgt), (inOff, inSrc), root));
        }
        // The dominator tree is unique, so it can be computed on the cache-friendly numbering and mapped back.
        var oldOf = layout.OldOf;
        var l = LengauerTarjan.ImmediateDominators((layout.OutOffsets, layout.OutTargets), (layout.InOffsets, layout.InSources),
            layout.NewOf[root]);
        var idom = new int[l.Length];
        for (int x = 0; x < l.Length; x++) idom[oldOf[x]] = l[x] < 0 ? -1 : oldOf[l[x]];
        return new DominatorTree(root, idom);
    }

    /// <summary>
    /// The dominator tree of <paramref name="graph"/> from the start of <paramref name="search"/>, a depth-first search
    /// of the graph in its own numbering (<see cref="StronglyConnectedComponents"/> makes one while finding the SCCs),
    /// so that the search is not made twice. Takes over the search's arrays.
    /// </summary>
    internal static DominatorTree FromSearch(CompactGraph graph, SearchTree search)
    {
        var (inOff, inSrc, _) = graph.RawIn;
        return new DominatorTree(search.Vertex[0], LengauerTarjan.FromSearch((inOff, inSrc), search));
    }
}
