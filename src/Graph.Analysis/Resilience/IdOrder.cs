using System.Runtime.CompilerServices;
using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Resilience;

/// <summary>
/// The one order in which results list vertices and links: by organisation id, ordinal (culture-independent, so the
/// same bytes on every machine). Results are put in this order where they are made, so no caller sorts them again.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> <see cref="Vertices"/> sorts every id once, O(n log n) string comparisons, and much less when
/// the ids come in long ascending runs (as they often do: files written in id order, a few groups of nodes): the
/// runs are found in one pass and merged, O(n log r) for r runs (natural merge sort, D. E. Knuth, <i>The Art of
/// Computer Programming</i> vol. 3, §5.2.4). That order and each vertex's rank in it are kept with the graph (it is
/// immutable) while it lives, so a second call costs a copy; once they are there, <see cref="Sort"/> and
/// <see cref="SortPairs"/> sort by integer ranks, else they compare ids, O(k log k) for k items. Ids are unique, so
/// the order is total and every method gives one answer, however it sorts.</para>
/// <para><b>Example.</b> With ids <c>b, a, c</c> at vertices 0, 1, 2: <c>Sort(g, [0, 1, 2])</c> is [1, 0, 2]; the
/// undirected pair (0, 1) is normalised to (1, 0), smaller id first.</para>
/// </remarks>
public static class IdOrder
{
    /// <summary>Graphs from this many vertices have <see cref="Vertices"/> sort their two halves in parallel and merge them.</summary>
    public const int ParallelFrom = 1 << 16;

    /// <summary>At most this many ascending runs are merged as they are; more are sorted (<see cref="Vertices"/>).</summary>
    internal const int MaxRuns = 64;

    private static readonly ConditionalWeakTable<CompactGraph, Lazy<Ranking>> Cache = new();

    /// <summary>Every vertex by id (<see cref="Order"/>) and each vertex's position in that order (<see cref="Rank"/>). Do not modify.</summary>
    internal sealed record Ranking(int[] Order, int[] Rank);

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
        if (Known(graph) is { } r) SortByRank(a, r);
        else Array.Sort(a, (x, y) => string.CompareOrdinal(graph.Id(x), graph.Id(y)));
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
        var a = Preconditions.NotNull(pairs, nameof(pairs)).ToArray();
        if (Known(graph) is { } r)
        {
            SortPairsByRank(a, r, undirected);
            return a;
        }
        if (undirected)
            for (int i = 0; i < a.Length; i++)
                if (string.CompareOrdinal(graph.Id(a[i].A), graph.Id(a[i].B)) > 0) a[i] = (a[i].B, a[i].A);
        Array.Sort(a, (x, y) =>
        {
            int c = string.CompareOrdinal(graph.Id(x.A), graph.Id(y.A));
            return c != 0 ? c : string.CompareOrdinal(graph.Id(x.B), graph.Id(y.B));
        });
        return a;
    }

    /// <summary>Every vertex of <paramref name="graph"/>, by id, as a new array.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static int[] Vertices(CompactGraph graph)
    {
        Preconditions.NotNull(graph, nameof(graph));
        return (int[])Ranks(graph).Order.Clone();
    }

    /// <summary>The ranking of <paramref name="graph"/>'s ids, computed on first use and kept while the graph lives (thread-safe: one sort even when several threads ask at once).</summary>
    internal static Ranking Ranks(CompactGraph graph) =>
        Cache.GetValue(graph, g => new Lazy<Ranking>(() => Compute(g), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The ranking when it has been computed already, else null.</summary>
    internal static Ranking? Known(CompactGraph graph) =>
        Cache.TryGetValue(graph, out var lazy) && lazy.IsValueCreated ? lazy.Value : null;

    /// <summary>Sorts <paramref name="vertices"/> by id in place, by their ranks.</summary>
    internal static void SortByRank(int[] vertices, Ranking r)
    {
        var rank = r.Rank;
        for (int i = 0; i < vertices.Length; i++) vertices[i] = rank[vertices[i]];
        Array.Sort(vertices);
        var order = r.Order;
        for (int i = 0; i < vertices.Length; i++) vertices[i] = order[vertices[i]];
    }

    /// <summary>Sorts <paramref name="pairs"/> by first id, then second, in place, by ranks (normalising undirected pairs first).</summary>
    internal static void SortPairsByRank((int A, int B)[] pairs, Ranking r, bool undirected)
    {
        var rank = r.Rank;
        var keys = new long[pairs.Length];
        for (int i = 0; i < pairs.Length; i++)
        {
            long ra = rank[pairs[i].A], rb = rank[pairs[i].B];
            if (undirected && ra > rb) (ra, rb) = (rb, ra);
            keys[i] = (ra << 32) | rb;
        }
        Array.Sort(keys);
        var order = r.Order;
        for (int i = 0; i < pairs.Length; i++) pairs[i] = (order[(int)(keys[i] >> 32)], order[(int)(keys[i] & 0xFFFFFFFFL)]);
    }

    private static Ranking Compute(CompactGraph graph)
    {
        var order = SortedVertices(graph);
        var rank = new int[order.Length];
        for (int i = 0; i < order.Length; i++) rank[order[i]] = i;
        return new Ranking(order, rank);
    }

    private static int[] SortedVertices(CompactGraph graph)
    {
        int n = graph.NodeCount;
        // the ascending runs of the ids in vertex order
        var starts = new List<int> { 0 };
        for (int v = 1; v < n && starts.Count <= MaxRuns; v++)
            if (string.CompareOrdinal(graph.Id(v - 1), graph.Id(v)) > 0) starts.Add(v);
        if (n == 0 || starts.Count <= MaxRuns) return MergeRuns(graph, starts, n);

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

    /// <summary>Merges the ascending runs of vertices 0..n−1 starting at <paramref name="starts"/>, pairwise, until one is left.</summary>
    private static int[] MergeRuns(CompactGraph graph, List<int> starts, int n)
    {
        var cur = new int[n];
        for (int v = 0; v < n; v++) cur[v] = v;
        if (starts.Count <= 1) return cur;
        var next = new int[n];
        var bounds = new List<int>(starts) { n };
        while (bounds.Count > 2)
        {
            var merged = new List<int>();
            int i = 0;
            for (; i + 2 < bounds.Count; i += 2)
            {
                int lo = bounds[i], mid = bounds[i + 1], hi = bounds[i + 2];
                int a = lo, b = mid, k = lo;
                while (a < mid && b < hi) next[k++] = string.CompareOrdinal(graph.Id(cur[a]), graph.Id(cur[b])) <= 0 ? cur[a++] : cur[b++];
                while (a < mid) next[k++] = cur[a++];
                while (b < hi) next[k++] = cur[b++];
                merged.Add(lo);
            }
            if (i + 1 < bounds.Count) // an odd run left over: copied as it is
            {
                Array.Copy(cur, bounds[i], next, bounds[i], bounds[i + 1] - bounds[i]);
                merged.Add(bounds[i]);
            }
            merged.Add(n);
            bounds = merged;
            (cur, next) = (next, cur);
        }
        return cur;
    }
}
