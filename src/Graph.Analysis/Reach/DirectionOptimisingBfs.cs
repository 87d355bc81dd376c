using System.Numerics;

namespace Depgraph.Analysis.Reach;

/// <summary>
/// Direction-optimising multi-source breadth-first search (S. Beamer, K. Asanović and D. Patterson,
/// "Direction-Optimizing Breadth-First Search", SC 2012, doi:10.1109/SC.2012.50), used by
/// <see cref="BreadthFirst.Hops"/> on large graphs.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> Level-synchronous: level k+1 is exactly the unvisited vertices with an in-neighbour at level k,
/// whichever way it is found, so the hop counts equal those of the plain queue search. While the frontier is small
/// a level is expanded top-down (each frontier vertex scans its out-edges); once the frontier's out-edges exceed
/// the edges still out of unvisited vertices / <see cref="Alpha"/> and it grows, bottom-up (each unvisited vertex scans its
/// in-edges for a parent in the frontier, stopping at the first); back to top-down when the frontier falls below
/// n / <see cref="Beta"/> vertices and stops growing. The visited set and the bottom-up frontiers are bitmaps (n/8 bytes
/// each, in cache on a million vertices), so the bottom-up steps of the big middle levels read the hop array in
/// order and test parents in a bitmap instead of at random in the hop array.</para>
/// <para><b>Memory layout.</b> The hop array (n ints), a queue (n ints), and three bitmaps of n bits: visited,
/// current and next frontier.</para>
/// </remarks>
internal static class DirectionOptimisingBfs
{
    /// <summary>Top-down to bottom-up when frontier out-edges exceed unvisited out-edges / Alpha.</summary>
    internal const int Alpha = 14;

    /// <summary>Bottom-up to top-down when the frontier falls below n / Beta vertices.</summary>
    internal const int Beta = 24;

    /// <summary>For tests: how many levels the last search on this thread expanded bottom-up.</summary>
    [ThreadStatic]
    internal static int LastBottomUpLevels;

    /// <summary>
    /// Hop counts from <paramref name="src"/> (distinct, valid) on the forward CSR (<paramref name="outOffsets"/>,
    /// <paramref name="outTargets"/>) and reverse CSR (<paramref name="inOffsets"/>, <paramref name="inSources"/>)
    /// of one graph of <paramref name="n"/> vertices; -1 beyond <paramref name="maxHops"/> or unreached.
    /// </summary>
    public static int[] Search(int n, int[] outOffsets, int[] outTargets, int[] inOffsets, int[] inSources,
        int[] src, int maxHops)
    {
        var hops = new int[n];
        Array.Fill(hops, -1);
        int words = (n + 63) >> 6;
        var visited = new ulong[words];
        if ((n & 63) != 0) visited[words - 1] = ~0UL << (n & 63); // padding bits count as visited
        var front = new ulong[words];
        var next = new ulong[words];
        var queue = new int[n];
        int qLen = 0;
        long frontEdges = 0, unvisitedEdges = outTargets.Length;
        foreach (int s in src)
        {
            hops[s] = 0;
            visited[s >> 6] |= 1UL << s;
            queue[qLen++] = s;
            long d = outOffsets[s + 1] - outOffsets[s];
            frontEdges += d;
            unvisitedEdges -= d;
        }

        bool bottomUp = false; // when true the frontier is in `front`, otherwise in queue[0..qLen)
        int frontCount = qLen, lastCount = 0, bottomUpLevels = 0;
        for (int level = 0; frontEdges > 0 && level < maxHops; level++)
        {
            int h = level + 1;
            if (!bottomUp && frontEdges > unvisitedEdges / Alpha && frontCount > lastCount)
            {
                bottomUp = true;
                Array.Clear(front);
                for (int i = 0; i < qLen; i++) front[queue[i] >> 6] |= 1UL << queue[i];
            }
            else if (bottomUp && frontCount < n / Beta && frontCount <= lastCount)
            {
                bottomUp = false;
                qLen = 0;
                for (int w = 0; w < words; w++)
                    for (ulong bits = front[w]; bits != 0; bits &= bits - 1)
                        queue[qLen++] = (w << 6) | BitOperations.TrailingZeroCount(bits);
            }

            long nextEdges = 0;
            int nextCount = 0;
            if (bottomUp)
            {
                bottomUpLevels++;
                Array.Clear(next);
                for (int w = 0; w < words; w++)
                {
                    ulong found = 0;
                    for (ulong unv = ~visited[w]; unv != 0; unv &= unv - 1)
                    {
                        int b = BitOperations.TrailingZeroCount(unv);
                        int v = (w << 6) | b;
                        for (int e = inOffsets[v], end = inOffsets[v + 1]; e < end; e++)
                        {
                            int u = inSources[e];
                            if ((front[u >> 6] & (1UL << u)) == 0) continue;
                            found |= 1UL << b;
                            hops[v] = h;
                            nextCount++;
                            nextEdges += outOffsets[v + 1] - outOffsets[v];
                            break;
                        }
                    }
                    next[w] = found;
                    visited[w] |= found;
                }
                (front, next) = (next, front);
            }
            else
            {
                // The new level goes after the current one in the queue, then moves to its start.
                int tail = qLen;
                for (int i = 0; i < qLen; i++)
                {
                    int u = queue[i];
                    for (int e = outOffsets[u], end = outOffsets[u + 1]; e < end; e++)
                    {
                        int v = outTargets[e];
                        ref ulong word = ref visited[v >> 6];
                        ulong bit = 1UL << v;
                        if ((word & bit) != 0) continue;
                        word |= bit;
                        hops[v] = h;
                        queue[tail++] = v;
                        nextEdges += outOffsets[v + 1] - outOffsets[v];
                    }
                }
                nextCount = tail - qLen;
                Array.Copy(queue, qLen, queue, 0, nextCount);
                qLen = nextCount;
            }
            unvisitedEdges -= nextEdges;
            frontEdges = nextEdges;
            lastCount = frontCount;
            frontCount = nextCount;
        }
        LastBottomUpLevels = bottomUpLevels;
        return hops;
    }
}
