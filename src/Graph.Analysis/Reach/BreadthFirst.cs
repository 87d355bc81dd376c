using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Reach;

/// <summary>Hop counts (number of hand-overs) from a set of sources.</summary>
public static class BreadthFirst
{
    /// <summary>
    /// The fewest edges from any of <paramref name="sources"/> to each vertex, ignoring delays: multi-source
    /// breadth-first search, stopping at <paramref name="maxHops"/>.
    /// </summary>
    /// <remarks>
    /// <para><b>Method.</b> Breadth-first search with an array queue on the CSR arrays (no recursion).
    /// O(n + m) time, O(n) memory. From 32,768 vertices on, direction-optimising (Beamer, Asanović and Patterson,
    /// SC 2012, doi:10.1109/SC.2012.50): the large middle levels are found bottom-up, each unvisited vertex looking
    /// through its in-edges for a parent in a frontier bitmap; same counts, fewer edges and cache misses. When the
    /// <see cref="LocalityLayout"/> is on (off by default) the search runs on it and maps the counts back (the counts do
    /// not depend on vertex numbers).</para>
    /// <para><b>Example.</b> On the path <c>0->1->2->3</c> from 0 with <c>maxHops = 2</c>: <c>[0, 1, 2, -1]</c>.</para>
    /// <para>Reference: E. F. Moore, The shortest path through a maze (1959).</para>
    /// </remarks>
    /// <param name="g">The graph.</param>
    /// <param name="sources">Start vertices (hop 0; duplicates ignored; may be empty).</param>
    /// <param name="maxHops">Vertices further than this stay unreached.</param>
    /// <returns>Per vertex, its hop count, or -1 when not reached within <paramref name="maxHops"/>.</returns>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A source is not a vertex, or <paramref name="maxHops"/> is negative.</exception>
    public static int[] Hops(CompactGraph g, IReadOnlyList<int> sources, int maxHops = int.MaxValue)
    {
        Preconditions.NotNull(g, "graph");
        return HopsWith(g, sources, maxHops, g.NodeCount >= DirectionOptimisingMinVertices);
    }

    /// <summary>
    /// Graphs with at least this many vertices are searched direction-optimising (<see cref="DirectionOptimisingBfs"/>);
    /// smaller ones by the plain queue, where the bitmaps and the switch do not pay.
    /// </summary>
    internal const int DirectionOptimisingMinVertices = 1 << 15;

    /// <summary><see cref="Hops"/> with the search chosen: direction-optimising or the plain queue (for tests and the bench).</summary>
    internal static int[] HopsWith(CompactGraph g, IReadOnlyList<int> sources, int maxHops, bool directionOptimising)
    {
        var src = GraphGuards.Sources(g, sources);
        if (maxHops < 0) throw new ArgumentOutOfRangeException(nameof(maxHops), maxHops, "maxHops must be 0 or more.");
        var layout = LocalityLayout.For(g);
        if (layout is null)
        {
            var (offsets, targets) = g.RawOut;
            if (!directionOptimising) return Search(g.NodeCount, offsets, targets, src, maxHops);
            var (inOffsets, inSources, _) = g.RawIn;
            return DirectionOptimisingBfs.Search(g.NodeCount, offsets, targets, inOffsets, inSources, src, maxHops);
        }
        // Hop counts do not depend on vertex numbers: search the locality layout, then map back.
        var newOf = layout.NewOf;
        var s = Array.ConvertAll(src, v => newOf[v]);
        var h = directionOptimising
            ? DirectionOptimisingBfs.Search(g.NodeCount, layout.OutOffsets, layout.OutTargets, layout.InOffsets, layout.InSources, s, maxHops)
            : Search(g.NodeCount, layout.OutOffsets, layout.OutTargets, s, maxHops);
        var hops = new int[h.Length];
        for (int v = 0; v < hops.Length; v++) hops[v] = h[newOf[v]];
        return hops;
    }

    private static int[] Search(int n, int[] offsets, int[] targets, int[] src, int maxHops)
    {
        var hops = new int[n];
        Array.Fill(hops, -1);
        var queue = new int[n];
        int head = 0, tail = 0;
        foreach (int s in src)
        {
            hops[s] = 0;
            queue[tail++] = s;
        }
        while (head < tail)
        {
            int u = queue[head++];
            int hu = hops[u];
            if (hu >= maxHops) continue;
            for (int e = offsets[u], end = offsets[u + 1]; e < end; e++)
            {
                int v = targets[e];
                if (hops[v] >= 0) continue;
                hops[v] = hu + 1;
                queue[tail++] = v;
            }
        }
        return hops;
    }

    /// <summary>
    /// The vertices within <paramref name="maxHops"/> hand-overs of <paramref name="sources"/>, with their hop counts,
    /// in breadth-first order (sources first). Costs time and memory proportional to what is reached, not to the graph:
    /// the right call for "who is within 3 hops of NISC" on a million-node graph.
    /// </summary>
    /// <remarks>
    /// <para><b>Method.</b> Breadth-first search with a hash set for the visited vertices (no O(n) arrays).
    /// O(r + m_r) time and O(r) memory, where r is the number of vertices reached and m_r their out-edges.</para>
    /// <para><b>Example.</b> On the path <c>0->1->2->3</c> from 0 with <c>maxHops = 2</c>: <c>[(0,0), (1,1), (2,2)]</c>.</para>
    /// </remarks>
    /// <param name="g">The graph.</param>
    /// <param name="sources">Start vertices (hop 0; duplicates ignored).</param>
    /// <param name="maxHops">The largest hop count kept (0 or more).</param>
    /// <returns>(vertex, hops) pairs in breadth-first order.</returns>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A source is not a vertex, or <paramref name="maxHops"/> is negative.</exception>
    public static IReadOnlyList<(int Vertex, int Hops)> Neighborhood(CompactGraph g, IReadOnlyList<int> sources, int maxHops)
    {
        var src = GraphGuards.Sources(g, sources);
        if (maxHops < 0) throw new ArgumentOutOfRangeException(nameof(maxHops), maxHops, "maxHops must be 0 or more.");
        var seen = new HashSet<int>();
        var order = new List<(int Vertex, int Hops)>();
        foreach (int s in src)
            if (seen.Add(s)) order.Add((s, 0));
        var (offsets, targets) = g.RawOut;
        for (int head = 0; head < order.Count; head++)
        {
            var (u, hu) = order[head];
            if (hu >= maxHops) continue;
            for (int e = offsets[u], end = offsets[u + 1]; e < end; e++)
            {
                int v = targets[e];
                if (seen.Add(v)) order.Add((v, hu + 1));
            }
        }
        return order;
    }
}
