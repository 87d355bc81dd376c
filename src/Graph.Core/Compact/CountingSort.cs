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
}
