using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Resilience;

/// <summary>
/// Strongly connected components: the groups of organisations in which each can reach every other along the
/// edge directions.
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> Vertices u and v are strongly connected when there is a directed path from u to v and one
/// from v to u; the classes of this equivalence are the strongly connected components (SCCs). A vertex on no
/// cycle is a component by itself.</para>
/// <para><b>Method.</b> Tarjan's one-pass depth-first search with low links, iterative (an explicit call stack of
/// vertices with a per-vertex edge cursor). Time and memory O(n + m).</para>
/// <para><b>Example.</b> On <c>a->b, b->a, b->c, c->d, d->c</c> there are two components, {a, b} and {c, d}; {c, d}
/// completes first and gets id 0.</para>
/// <para><b>Reference.</b> R. E. Tarjan, "Depth-first search and linear graph algorithms", SIAM Journal on
/// Computing 1(2), 1972, doi:10.1137/0201010.</para>
/// </remarks>
public static class StronglyConnectedComponents
{
    /// <summary>Computes the strongly connected components of <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>Component id per vertex and the number of components.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static StronglyConnectedComponentsResult Compute(CompactGraph graph)
    {
        Preconditions.NotNull(graph, nameof(graph));
        var (off, tgt) = graph.RawOut;
        var comp = Run((off, tgt), null, out int count);
        return new StronglyConnectedComponentsResult(comp, count);
    }

    /// <summary>Per-vertex state of the search.</summary>
    private struct Visit
    {
        public int Index; // −1 = not visited
        public int Low;
        public int Comp;  // −1 = still on the stack (or not visited)
        public int Next;  // next arc to scan
    }

    /// <summary>Tarjan's SCC on a bare CSR; vertices with <c>removed[v]</c> are skipped (component −1).</summary>
    internal static int[] Run((int[] Offsets, int[] Adj) g, bool[]? removed, out int count) => Run(g, removed, -1, out count, out _);

    /// <summary>
    /// Tarjan's SCC on a bare CSR with the search started at <paramref name="first"/> (then from every other vertex in
    /// ascending order), also giving that first search's tree (<see cref="SearchTree"/>): what a dominator computation
    /// from <paramref name="first"/> would search again.
    /// </summary>
    internal static int[] Run((int[] Offsets, int[] Adj) g, int first, out int count, out SearchTree tree) =>
        Run(g, null, first, out count, out tree);

    private static int[] Run((int[] Offsets, int[] Adj) g, bool[]? removed, int first, out int count, out SearchTree tree)
    {
        int n = g.Offsets.Length - 1;
        var off = g.Offsets;
        var adj = g.Adj;
        // one 16-byte record per vertex: looking at an arc's head costs one cache miss, not three
        var st = new Visit[n];
        var call = new int[n];
        var stack = new int[n];
        int[]? vertex = first >= 0 ? new int[n] : null; // preorder of the first search
        int[]? parent = first >= 0 ? new int[n] : null; // its tree parents, as preorder numbers
        for (int v = 0; v < n; v++) st[v] = new Visit { Index = -1, Comp = -1 };
        int counter = 0, sp = 0, cp, reached = 0;
        count = 0;
        for (int s0 = first >= 0 ? -1 : 0; s0 < n; s0++)
        {
            int s = s0 < 0 ? first : s0;
            if (st[s].Index >= 0 || (removed is not null && removed[s])) continue;
            bool record = s0 < 0;
            cp = 0;
            st[s].Index = st[s].Low = counter++;
            st[s].Next = off[s];
            if (record) { vertex![0] = s; parent![0] = -1; }
            stack[sp++] = s;
            call[cp++] = s;
            while (cp > 0)
            {
                int v = call[cp - 1];
                ref Visit sv = ref st[v];
                if (sv.Next < off[v + 1])
                {
                    int w = adj[sv.Next++];
                    if (removed is not null && removed[w]) continue;
                    ref Visit sw = ref st[w];
                    if (sw.Index < 0)
                    {
                        if (record) { vertex![counter] = w; parent![counter] = sv.Index; }
                        sw.Index = sw.Low = counter++;
                        sw.Next = off[w];
                        stack[sp++] = w;
                        call[cp++] = w;
                    }
                    else if (sw.Comp < 0 && sw.Index < sv.Low)
                    {
                        sv.Low = sw.Index; // w is on the stack
                    }
                }
                else
                {
                    cp--;
                    if (sv.Low == sv.Index)
                    {
                        int w;
                        do
                        {
                            w = stack[--sp];
                            st[w].Comp = count;
                        } while (w != v);
                        count++;
                    }
                    if (cp > 0)
                    {
                        ref Visit su = ref st[call[cp - 1]];
                        if (sv.Low < su.Low) su.Low = sv.Low;
                    }
                }
            }
            if (record) reached = counter;
        }
        var comp = new int[n];
        for (int v = 0; v < n; v++) comp[v] = st[v].Comp;
        if (first < 0) tree = default;
        else
        {
            var number = call; // dead: the preorder number of each vertex the first search reached, else −1
            for (int v = 0; v < n; v++) number[v] = st[v].Index < reached ? st[v].Index : -1;
            tree = new SearchTree(vertex!, parent!, number, reached);
        }
        return comp;
    }
}

/// <summary>
/// A depth-first search tree from one vertex: <c>Vertex[i]</c> is the vertex numbered i in preorder (i &lt;
/// <c>Count</c>), <c>Parent[i]</c> its tree parent's number (−1 for the start), <c>Number[v]</c> the number of v (−1 when
/// not reached). Arrays may be longer than <c>Count</c>.
/// </summary>
internal readonly record struct SearchTree(int[] Vertex, int[] Parent, int[] Number, int Count);
