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
    public static StrongComponents Compute(CompactGraph graph)
    {
        Preconditions.NotNull(graph, nameof(graph));
        var (off, tgt) = graph.RawOut;
        var comp = Run(new Csr(off, tgt), null, out int count);
        return new StrongComponents(comp, count);
    }

    /// <summary>Tarjan's SCC on a bare CSR; vertices with <c>removed[v]</c> are skipped (component −1).</summary>
    internal static int[] Run(Csr g, bool[]? removed, out int count)
    {
        int n = g.VertexCount;
        var off = g.Offsets;
        var adj = g.Adj;
        var index = new int[n];
        var low = new int[n];
        var comp = new int[n];
        var next = new int[n];
        var call = new int[n];
        var stack = new int[n];
        Array.Fill(index, -1);
        Array.Fill(comp, -1);
        int counter = 0, sp = 0, cp;
        count = 0;
        for (int s = 0; s < n; s++)
        {
            if (index[s] >= 0 || (removed is not null && removed[s])) continue;
            cp = 0;
            index[s] = low[s] = counter++;
            next[s] = off[s];
            stack[sp++] = s;
            call[cp++] = s;
            while (cp > 0)
            {
                int v = call[cp - 1];
                if (next[v] < off[v + 1])
                {
                    int w = adj[next[v]++];
                    if (removed is not null && removed[w]) continue;
                    if (index[w] < 0)
                    {
                        index[w] = low[w] = counter++;
                        next[w] = off[w];
                        stack[sp++] = w;
                        call[cp++] = w;
                    }
                    else if (comp[w] < 0 && index[w] < low[v])
                    {
                        low[v] = index[w]; // w is on the stack
                    }
                }
                else
                {
                    cp--;
                    if (low[v] == index[v])
                    {
                        int w;
                        do
                        {
                            w = stack[--sp];
                            comp[w] = count;
                        } while (w != v);
                        count++;
                    }
                    if (cp > 0)
                    {
                        int u = call[cp - 1];
                        if (low[v] < low[u]) low[u] = low[v];
                    }
                }
            }
        }
        return comp;
    }
}
