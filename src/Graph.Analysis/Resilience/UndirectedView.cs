using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Resilience;

/// <summary>
/// The simple undirected view of a <see cref="CompactGraph"/>: u–v is one edge when u→v or v→u exists;
/// self-loops are dropped and parallel or antiparallel edges merged. Built in O(n + m) with a stamp array.
/// </summary>
internal static class UndirectedView
{
    public static (int[] Offsets, int[] Adj) Build(CompactGraph g)
    {
        var (outOff, outTgt) = g.RawOut;
        var (inOff, inSrc, _) = g.RawIn;
        return Build(outOff, outTgt, inOff, inSrc);
    }

    /// <summary>The view of the graph given by its forward (<paramref name="outOff"/>, <paramref name="outTgt"/>) and
    /// reverse (<paramref name="inOff"/>, <paramref name="inSrc"/>) adjacency, e.g. a <see cref="LocalityLayout"/>'s.</summary>
    public static (int[] Offsets, int[] Adj) Build(int[] outOff, int[] outTgt, int[] inOff, int[] inSrc)
    {
        int n = outOff.Length - 1;
        var stamp = new int[n];
        Array.Fill(stamp, -1);
        var off = new int[n + 1];
        for (int v = 0; v < n; v++)
        {
            int deg = 0;
            stamp[v] = v;
            for (int i = outOff[v]; i < outOff[v + 1]; i++) { int w = outTgt[i]; if (stamp[w] != v) { stamp[w] = v; deg++; } }
            for (int i = inOff[v]; i < inOff[v + 1]; i++) { int w = inSrc[i]; if (stamp[w] != v) { stamp[w] = v; deg++; } }
            off[v + 1] = off[v] + deg;
        }
        Array.Fill(stamp, -1);
        var adj = new int[off[n]];
        for (int v = 0; v < n; v++)
        {
            int p = off[v];
            stamp[v] = v;
            for (int i = outOff[v]; i < outOff[v + 1]; i++) { int w = outTgt[i]; if (stamp[w] != v) { stamp[w] = v; adj[p++] = w; } }
            for (int i = inOff[v]; i < inOff[v + 1]; i++) { int w = inSrc[i]; if (stamp[w] != v) { stamp[w] = v; adj[p++] = w; } }
        }
        return (off, adj);
    }
}
