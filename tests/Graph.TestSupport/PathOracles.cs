using Depgraph.Core.Compact;

namespace Depgraph.TestSupport;

/// <summary>A plain reference for earliest-arrival trees, independent of the library's queues.</summary>
public static class PathOracles
{
    /// <summary>
    /// The earliest-arrival tree as the library defines it, by the textbook Dijkstra: .NET's
    /// <see cref="PriorityQueue{TElement, TPriority}"/> with lazy deletion and settled flags, vertices leaving in
    /// (hours, hops, vertex) order; an arc improves its head when it gives fewer hours, or equal hours and fewer hops,
    /// or equal both and a smaller predecessor (then the first of parallel edges). Hours are summed in path order as
    /// <c>d[u] + w</c>. Sources are (0, 0, -1, -1); unreachable vertices (+∞, -1, -1, -1).
    /// </summary>
    /// <remarks>Not a fixed point of relaxation: with delays that vanish in a sum (1 + 1e-300 = 1) the tree depends on
    /// the order vertices are settled in, so the order is part of the definition.</remarks>
    public static (double[] Dist, int[] Hops, int[] Pred, int[] PredEdge) EarliestArrival(CompactGraph g, IReadOnlyList<int> sources)
    {
        int n = g.NodeCount;
        var d = Enumerable.Repeat(double.PositiveInfinity, n).ToArray();
        var h = Enumerable.Repeat(-1, n).ToArray();
        var p = Enumerable.Repeat(-1, n).ToArray();
        var pe = Enumerable.Repeat(-1, n).ToArray();
        var settled = new bool[n];
        var queue = new PriorityQueue<int, (double, int, int)>();
        foreach (int s in sources)
        {
            d[s] = 0;
            h[s] = 0;
            queue.Enqueue(s, (0, 0, s));
        }
        while (queue.TryDequeue(out int u, out var key))
        {
            if (settled[u] || key != (d[u], h[u], u)) continue; // stale entry
            settled[u] = true;
            for (int e = g.OutStart(u); e < g.OutEnd(u); e++)
            {
                int v = g.Target(e);
                if (settled[v]) continue;
                double nd = d[u] + g.Weight(e);
                if (double.IsPositiveInfinity(nd)) continue;
                int nh = h[u] + 1;
                bool better = nd < d[v] || nd == d[v] && (nh < h[v] || nh == h[v] && u < p[v]);
                if (!better) continue;
                bool keyChanged = nd != d[v] || nh != h[v];
                (d[v], h[v], p[v], pe[v]) = (nd, nh, u, e);
                if (keyChanged) queue.Enqueue(v, (nd, nh, v));
            }
        }
        return (d, h, p, pe);
    }
}
