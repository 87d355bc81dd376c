using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Reach;

/// <summary>Shortest (earliest-arrival) paths from a set of sources.</summary>
public static class ShortestPaths
{
    /// <summary>
    /// Earliest arrival at every vertex when an alert leaves all <paramref name="sources"/> at hour 0 and
    /// each edge delays it by its <see cref="CompactGraph.Weight"/> (hours): multi-source Dijkstra.
    /// </summary>
    /// <remarks>
    /// <para><b>Method.</b> Dijkstra's algorithm with an indexed 4-ary heap and decrease-key, on the CSR arrays;
    /// the key is the pair (hours, hops) compared lexicographically, so each vertex gets the fewest hops among its
    /// shortest paths; on a further tie the predecessor with the smaller vertex index wins, then the smaller edge
    /// id. The result is therefore fully determined by the graph. O((n + m) log n) time, O(n) memory.</para>
    /// <para><b>Example.</b> On <c>a->b:1, b->c:1, a->c:2</c> from <c>a</c>: distance to c is 2 and the tree
    /// path is a → c (one hop beats two).</para>
    /// <para>Reference: E. W. Dijkstra, A note on two problems in connexion with graphs, Numerische Mathematik 1
    /// (1959) 269–271, doi:10.1007/BF01386390.</para>
    /// </remarks>
    /// <param name="g">The graph; edges point the way an alert travels.</param>
    /// <param name="sources">Vertex indices where the alert starts (duplicates ignored; may be empty).</param>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A source is not a vertex of <paramref name="g"/>.</exception>
    /// <exception cref="ArgumentException">An edge weight is negative or NaN.</exception>
    public static ShortestPathTree Dijkstra(CompactGraph g, IReadOnlyList<int> sources)
    {
        var src = GraphGuards.Sources(g, sources);
        GraphGuards.NonNegativeWeights(g);
        int n = g.NodeCount;
        var dist = new double[n];
        var hops = new int[n];
        var pred = new int[n];
        var predEdge = new int[n];
        Array.Fill(dist, double.PositiveInfinity);
        Array.Fill(hops, int.MaxValue);
        Array.Fill(pred, -1);
        Array.Fill(predEdge, -1);
        var settled = new bool[n];
        var heap = new IndexedMinHeap(n);
        var (offsets, targets) = g.RawOut;
        var w = g.RawWeights;
        foreach (int s in src)
        {
            dist[s] = 0;
            hops[s] = 0;
            heap.InsertOrDecrease(s, 0, 0);
        }
        while (heap.Count > 0)
        {
            int u = heap.Pop();
            settled[u] = true;
            double du = dist[u];
            int hu = hops[u] + 1;
            for (int e = offsets[u], end = offsets[u + 1]; e < end; e++)
            {
                int v = targets[e];
                if (settled[v]) continue;
                double nd = du + w[e];
                double dv = dist[v];
                if (nd < dv || (nd == dv && nd < double.PositiveInfinity && (hu < hops[v] || (hu == hops[v] && u < pred[v]))))
                {
                    bool keyChanged = nd != dv || hu != hops[v];
                    dist[v] = nd;
                    hops[v] = hu;
                    pred[v] = u;
                    predEdge[v] = e;
                    if (keyChanged) heap.InsertOrDecrease(v, nd, hu);
                }
            }
        }
        for (int v = 0; v < n; v++) if (hops[v] == int.MaxValue) hops[v] = -1;
        return new ShortestPathTree(src, dist, hops, pred, predEdge);
    }
}
