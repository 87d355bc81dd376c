using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Resilience;

/// <summary>
/// The one order in which results list vertices and links: by organisation id, ordinal (culture-independent, so the
/// same bytes on every machine). Results are put in this order where they are made, so no caller sorts them again.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> Comparison sorts on the ids: O(k log k) string comparisons for k items; <see cref="Vertices"/>
/// sorts every id once, O(n log n). Ids are unique, so the order is total and an unstable sort gives one answer.</para>
/// <para><b>Example.</b> With ids <c>b, a, c</c> at vertices 0, 1, 2: <c>Sort(g, [0, 1, 2])</c> is [1, 0, 2]; the
/// undirected pair (0, 1) is normalised to (1, 0), smaller id first.</para>
/// </remarks>
public static class IdOrder
{
    /// <summary>Compares two vertices of <paramref name="graph"/> by their ids (ordinal).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static int Compare(CompactGraph graph, int a, int b)
    {
        Preconditions.NotNull(graph, nameof(graph));
        return string.CompareOrdinal(graph.Id(a), graph.Id(b));
    }

    /// <summary>The <paramref name="vertices"/> sorted by id, as a new array.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int[] Sort(CompactGraph graph, IEnumerable<int> vertices)
    {
        Preconditions.NotNull(graph, nameof(graph));
        var a = Preconditions.NotNull(vertices, nameof(vertices)).ToArray();
        Array.Sort(a, (x, y) => string.CompareOrdinal(graph.Id(x), graph.Id(y)));
        return a;
    }

    /// <summary>
    /// The <paramref name="pairs"/> sorted by the first id, then the second, as a new array; when
    /// <paramref name="undirected"/>, each pair is first normalised so that its smaller id comes first.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static (int A, int B)[] SortPairs(CompactGraph graph, IEnumerable<(int A, int B)> pairs, bool undirected)
    {
        Preconditions.NotNull(graph, nameof(graph));
        var a = Preconditions.NotNull(pairs, nameof(pairs))
            .Select(p => undirected && string.CompareOrdinal(graph.Id(p.A), graph.Id(p.B)) > 0 ? (A: p.B, B: p.A) : p)
            .ToArray();
        Array.Sort(a, (x, y) =>
        {
            int c = string.CompareOrdinal(graph.Id(x.A), graph.Id(y.A));
            return c != 0 ? c : string.CompareOrdinal(graph.Id(x.B), graph.Id(y.B));
        });
        return a;
    }

    /// <summary>Every vertex of <paramref name="graph"/>, by id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static int[] Vertices(CompactGraph graph)
    {
        Preconditions.NotNull(graph, nameof(graph));
        int n = graph.NodeCount;
        var ids = new string[n];
        var order = new int[n];
        for (int v = 0; v < n; v++) { ids[v] = graph.Id(v); order[v] = v; }
        if (n < ParallelFrom || Environment.ProcessorCount < 2)
        {
            Array.Sort(ids, order, StringComparer.Ordinal);
            return order;
        }
        // the two halves side by side, then one merge (ids are unique, so the order is the same total order)
        int h = n / 2;
        Parallel.Invoke(
            () => Array.Sort(ids, order, 0, h, StringComparer.Ordinal),
            () => Array.Sort(ids, order, h, n - h, StringComparer.Ordinal));
        var merged = new int[n];
        int a = 0, b = h, k = 0;
        while (a < h && b < n) merged[k++] = string.CompareOrdinal(ids[a], ids[b]) <= 0 ? order[a++] : order[b++];
        while (a < h) merged[k++] = order[a++];
        while (b < n) merged[k++] = order[b++];
        return merged;
    }

    /// <summary>Graphs from this many vertices have <see cref="Vertices"/> sort their two halves in parallel and merge them.</summary>
    public const int ParallelFrom = 1 << 16;
}
