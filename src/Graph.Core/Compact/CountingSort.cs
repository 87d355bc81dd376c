namespace Depgraph.Core.Compact;

/// <summary>
/// The stable counting sort by vertex that every compressed-sparse-row array of <see cref="CompactGraph"/> is built
/// with (forward adjacency by source, reverse adjacency by target).
/// </summary>
/// <remarks>O(n + m) time. Items with equal keys keep their input order, so the arrays and every result computed on
/// them are deterministic.</remarks>
internal static class CountingSort
{
    /// <summary>Offsets of length <paramref name="n"/> + 1: the items with key k go to <c>offsets[k]..offsets[k+1]-1</c>.</summary>
    public static int[] Offsets(int n, ReadOnlySpan<int> keys)
    {
        var offsets = new int[n + 1];
        foreach (int k in keys) offsets[k + 1]++;
        for (int v = 0; v < n; v++) offsets[v + 1] += offsets[v];
        return offsets;
    }

    /// <summary>Writes into <paramref name="positions"/>[i] the sorted position of item i (stable).</summary>
    public static void Positions(int[] offsets, ReadOnlySpan<int> keys, Span<int> positions)
    {
        var next = offsets.AsSpan(0, offsets.Length - 1).ToArray();
        for (int i = 0; i < keys.Length; i++) positions[i] = next[keys[i]]++;
    }

    /// <summary>Items from which the sort and its scatters run on two threads.</summary>
    public const int ParallelItems = 1 << 16;

    /// <summary>
    /// <see cref="Offsets"/> and <see cref="Positions"/> of the first <paramref name="m"/> keys in one call, on two
    /// threads for a large input: each half is counted on its own, and the second half's items with a key are placed
    /// after the first half's, so the positions are exactly the sequential ones.
    /// </summary>
    public static int[] OffsetsAndPositions(int n, int[] keys, int m, int[] positions)
    {
        if (m < ParallelItems || Environment.ProcessorCount < 2)
        {
            var o = Offsets(n, keys.AsSpan(0, m));
            Positions(o, keys.AsSpan(0, m), positions);
            return o;
        }
        int half = m / 2;
        var first = new int[n];
        var second = new int[n];
        Parallel.Invoke(
            () => { for (int i = 0; i < half; i++) first[keys[i]]++; },
            () => { for (int i = half; i < m; i++) second[keys[i]]++; });
        var offsets = new int[n + 1];
        for (int v = 0; v < n; v++)
        {
            int a = first[v];
            offsets[v + 1] = offsets[v] + a + second[v];
            first[v] = offsets[v];      // where the first half's items with key v go
            second[v] = offsets[v] + a; // and the second half's
        }
        Parallel.Invoke(
            () => { for (int i = 0; i < half; i++) positions[i] = first[keys[i]]++; },
            () => { for (int i = half; i < m; i++) positions[i] = second[keys[i]]++; });
        return offsets;
    }

    /// <summary>Runs <paramref name="body"/> on [0, m/2) and [m/2, m), on two threads when m is large.</summary>
    public static void InHalves(int m, Action<int, int> body)
    {
        if (m < ParallelItems || Environment.ProcessorCount < 2) { body(0, m); return; }
        int half = m / 2;
        Parallel.Invoke(() => body(0, half), () => body(half, m));
    }
}
