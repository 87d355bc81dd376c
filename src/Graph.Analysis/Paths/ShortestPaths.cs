using System.Runtime.CompilerServices;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Paths;

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
    public static ShortestPathTree Dijkstra(CompactGraph g, IReadOnlyList<int> sources) => DijkstraWith(g, sources, radix: false);

    /// <summary><see cref="Dijkstra(CompactGraph, IReadOnlyList{int})"/> with the queue chosen: the 4-ary heap alone (the
    /// default) or the radix heap for pending distances. Both give the identical tree (tested on randomized sweeps);
    /// on the bench graphs (delays in hundredths of an hour, almost every distance distinct) the radix heap took
    /// about 1.6× the CPU time of the 4-ary heap at M (bench/NOTES.md), so it is not the default.</summary>
    internal static ShortestPathTree DijkstraWith(CompactGraph g, IReadOnlyList<int> sources, bool radix)
    {
        var src = GraphGuards.Sources(g, sources);
        GraphGuards.NonNegativeWeights(g);
        var (offsets, targets) = g.RawOut;
        var (dist, hops, pred, predEdge) = Search(g.NodeCount, offsets, targets, null, g.RawWeights, src, radix);
        return new ShortestPathTree(src, dist, hops, pred, predEdge);
    }

    /// <summary>Hours from every vertex to <paramref name="target"/> (+∞ when it cannot reach it): the same search on the
    /// reverse adjacency. Weights must have been checked.</summary>
    internal static double[] DistancesTo(CompactGraph g, int target)
    {
        var (inOffsets, inSources, inEdges) = g.RawIn;
        return Search(g.NodeCount, inOffsets, inSources, inEdges, g.RawWeights, [target], radix: false).Dist;
    }

    /// <summary>
    /// The one Dijkstra of the library, on bare CSR arrays: <paramref name="heads"/>[i] is the head of arc i, whose
    /// weight is <c>w[edgeIds?[i] ?? i]</c>. Key (hours, hops, vertex), see <see cref="Dijkstra(CompactGraph, IReadOnlyList{int})"/>.
    /// </summary>
    /// <remarks>
    /// With <paramref name="radix"/> the pending distances wait in a <see cref="RadixHeap"/> keyed by the bits of the
    /// hours, and only the vertices at the current smallest distance (a "level") are ordered by (hops, vertex) in the
    /// 4-ary heap; a relaxation that stays on the level (a zero or negligible delay) goes to the 4-ary heap directly.
    /// Vertices therefore leave in exactly the (hours, hops, vertex) order of the 4-ary heap alone, and every
    /// tie-break gives the same tree. Without it the 4-ary heap holds everything.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (double[] Dist, int[] Hops, int[] Pred, int[] PredEdge) Search(int n, int[] offsets, int[] heads,
        int[]? edgeIds, double[] w, int[] sources, bool radix)
    {
        var dist = new double[n];
        var hops = new int[n];
        var pred = new int[n];
        var predEdge = new int[n];
        Array.Fill(dist, double.PositiveInfinity);
        Array.Fill(hops, int.MaxValue);
        Array.Fill(pred, -1);
        Array.Fill(predEdge, -1);
        var settled = new bool[n];
        var level = new IndexedMinHeap(n);
        var pending = radix ? new RadixHeap() : null;
        foreach (int s in sources)
        {
            dist[s] = 0;
            hops[s] = 0;
            level.InsertOrDecrease(s, 0, 0);
        }
        double current = 0; // the level's distance (radix only)
        while (true)
        {
            if (level.Count == 0)
            {
                if (pending is null || pending.Count == 0) break;
                pending.SettleMin();
                current = BitConverter.UInt64BitsToDouble(pending.Last);
                foreach (int v in pending.MinVertices)
                    if (!settled[v] && dist[v] == current && !level.Contains(v)) level.InsertOrDecrease(v, current, hops[v]);
                pending.ClearMin();
                continue;
            }
            int u = level.Pop();
            settled[u] = true;
            double du = dist[u];
            int hu = hops[u] + 1;
            for (int i = offsets[u], end = offsets[u + 1]; i < end; i++)
            {
                int v = heads[i];
                if (settled[v]) continue;
                int e = edgeIds is null ? i : edgeIds[i];
                double nd = du + w[e];
                double dv = dist[v];
                if (nd < dv || (nd == dv && nd < double.PositiveInfinity && (hu < hops[v] || (hu == hops[v] && u < pred[v]))))
                {
                    bool keyChanged = nd != dv || hu != hops[v];
                    dist[v] = nd;
                    hops[v] = hu;
                    pred[v] = u;
                    predEdge[v] = e;
                    if (pending is null || nd == current) { if (keyChanged) level.InsertOrDecrease(v, nd, hu); }
                    else if (nd != dv) pending.Push(BitConverter.DoubleToUInt64Bits(nd), v);
                }
            }
        }
        for (int v = 0; v < n; v++) if (hops[v] == int.MaxValue) hops[v] = -1;
        return (dist, hops, pred, predEdge);
    }
}
