namespace Depgraph.Analysis.Resilience;

/// <summary>
/// A bare compressed-sparse-row adjacency (offsets of length n+1, neighbours) used for the auxiliary
/// graphs the resilience algorithms build (edge-split graphs, reversed graphs, super-root graphs).
/// </summary>
internal readonly struct Csr
{
    public readonly int[] Offsets;
    public readonly int[] Adj;

    public Csr(int[] offsets, int[] adj)
    {
        Offsets = offsets;
        Adj = adj;
    }

    public int VertexCount => Offsets.Length - 1;

    /// <summary>Builds forward (source → targets) adjacency of <paramref name="m"/> arcs by a stable counting sort.</summary>
    public static Csr Build(int n, int[] src, int[] dst, int m)
    {
        var off = new int[n + 1];
        for (int e = 0; e < m; e++) off[src[e] + 1]++;
        for (int v = 0; v < n; v++) off[v + 1] += off[v];
        var fill = new int[n];
        Array.Copy(off, fill, n);
        var adj = new int[m];
        for (int e = 0; e < m; e++) adj[fill[src[e]]++] = dst[e];
        return new Csr(off, adj);
    }
}
