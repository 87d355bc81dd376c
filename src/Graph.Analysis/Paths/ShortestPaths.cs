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
    /// <para><b>Method.</b> Dijkstra's algorithm on the CSR arrays. On a graph of at least 1,024 edges whose delays are
    /// all positive (and at most <see cref="MaxBucketSpan"/> times the smallest) the pending vertices wait in Dinitz's
    /// buckets half the smallest delay wide, where the first non-empty bucket's vertices are all settled, so no heap is
    /// needed (<see cref="DinitzBuckets"/>: O(m + n + largest distance / width)); otherwise an indexed 4-ary heap with
    /// decrease-key (when every delay is a multiple of the smallest, e.g. half hours, or on a graph of millions of edges,
    /// pending vertices wait in Dial's buckets and the heap orders only the current bucket, see
    /// <see cref="BucketWidth"/>). On a graph with a <see cref="LocalityLayout"/> the search runs on its numbering,
    /// comparing the graph's own vertex numbers. Every queue gives the same result, bit for bit: the key is the pair
    /// (hours, hops) compared lexicographically, so each vertex gets the fewest hops among its
    /// shortest paths; on a further tie the predecessor with the smaller vertex index wins, then the smaller edge
    /// id. The result is therefore fully determined by the graph. O((n + m) log n) time with the heap, O(n) memory.</para>
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
    public static ShortestPathTree Dijkstra(CompactGraph g, IReadOnlyList<int> sources) => DijkstraWith(g, sources, -1);

    /// <summary><see cref="Dijkstra(CompactGraph, IReadOnlyList{int})"/> with the queue chosen: <paramref name="bucketWidth"/>
    /// 0 keeps every pending vertex in the 4-ary heap, a positive width puts them in a <see cref="BucketQueue"/> of that
    /// width (widened so the largest weight spans at most <see cref="MaxBucketSpan"/> buckets), -1 chooses from the weights
    /// (<see cref="Queue"/>), <see cref="Dinitz"/> takes <see cref="DinitzBuckets"/> whenever the delays allow. Every choice gives the identical tree (tested on
    /// randomized sweeps against the heap alone and an independent oracle).</summary>
    internal static ShortestPathTree DijkstraWith(CompactGraph g, IReadOnlyList<int> sources, double bucketWidth)
    {
        var src = GraphGuards.Sources(g, sources);
        var scan = DelayScan.Of(g.RawWeights);
        if (!scan.Valid) GraphGuards.NonNegativeWeights(g); // throws, naming the first bad edge
        var (width, dinitz) = Queue(g.NodeCount, g.RawWeights, scan, bucketWidth);
        var layout = LocalityLayout.For(g);
        if (layout is null)
        {
            var (offsets, targets) = g.RawOut;
            var (labels, predEdge) = Search(g.NodeCount, offsets, targets, null, g.RawWeights, false, null, src, width, dinitz, scan.MaxFinite);
            return new ShortestPathTree(src, labels, predEdge);
        }
        // On the locality layout: the search compares and records the graph's own vertex numbers and edge ids, so the
        // tree is the same; only the arrays are read in a cache-friendlier order. Then back to the graph's numbering.
        var newOf = layout.NewOf;
        var oldOf = layout.OldOf;
        var layoutSources = Array.ConvertAll(src, s => newOf[s]);
        var (l, pe) = Search(g.NodeCount, layout.OutOffsets, layout.OutTargets, layout.OutEdges, layout.OutWeights, true,
            oldOf, layoutSources, width, dinitz, scan.MaxFinite);
        var label = new ArrivalLabel[l.Length];
        var pred = new int[l.Length];
        for (int x = 0; x < l.Length; x++)
        {
            int v = oldOf[x];
            label[v] = l[x];
            pred[v] = pe[x];
        }
        return new ShortestPathTree(src, label, pred);
    }

    /// <summary><see cref="DijkstraWith"/>'s queue request for <see cref="DinitzBuckets"/> on a graph of any size (where
    /// the delays allow them; otherwise as -1).</summary>
    internal const double Dinitz = -2;

    /// <summary>
    /// The queue for a search on <paramref name="n"/> vertices and these (checked) delays: (bucket width, Dinitz width),
    /// at most one positive. <paramref name="request"/> as <see cref="DijkstraWith"/>'s bucket width, or <see cref="Dinitz"/>.
    /// Automatically (-1), graphs of at least 1,024 edges whose delays allow it get <see cref="DinitzBuckets"/> (no heap
    /// at all), the others <see cref="BucketWidth"/>.
    /// </summary>
    internal static (double BucketWidth, double DinitzWidth) Queue(int n, double[] w, in DelayScan scan, double request)
    {
        if (request >= 0) return (request, 0);
        if (request == Dinitz || w.Length >= 1024)
        {
            double d = DinitzBuckets.Width(scan, n);
            if (d > 0) return (0, d);
        }
        return (BucketWidth(w), 0);
    }

    /// <summary>Hours from every vertex to <paramref name="target"/> (+∞ when it cannot reach it): the same search on the
    /// reverse adjacency. Weights must have been checked.</summary>
    internal static double[] DistancesTo(CompactGraph g, int target)
    {
        var (inOffsets, inSources, inEdges) = g.RawIn;
        var scan = DelayScan.Of(g.RawWeights);
        var (width, dinitz) = Queue(g.NodeCount, g.RawWeights, scan, -1);
        var labels = Search(g.NodeCount, inOffsets, inSources, inEdges, g.RawWeights, false, null, [target], width, dinitz, scan.MaxFinite).Labels;
        var dist = new double[labels.Length];
        for (int v = 0; v < dist.Length; v++) dist[v] = labels[v].Hours;
        return dist;
    }

    /// <summary>Most buckets an edge may span; wider weight ranges get wider buckets.</summary>
    internal const int MaxBucketSpan = 4096;

    /// <summary>
    /// The bucket width chosen from the (checked, non-negative) weights: when every positive finite weight is an
    /// integral multiple of the smallest one (e.g. half hours) and the largest is at most <see cref="MaxBucketSpan"/>
    /// of them, that smallest weight (each bucket then holds one distance: Dial's algorithm); otherwise 0, the 4-ary
    /// heap alone, which measured as fast as any bucket width on delays in hundredths of an hour at 500,000 edges
    /// (bench/NOTES.md); from <see cref="LargeGraphEdges"/> edges on, buckets of the largest weight / <see cref="MaxBucketSpan"/>
    /// (the heap then holds only the current bucket: about 25 % less CPU at 5,000,000 edges, bench/NOTES.md).
    /// Also 0 on graphs of fewer than 1,024 edges and without a positive finite weight.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double BucketWidth(double[] w)
    {
        if (w.Length < 1024) return 0;
        double min = double.PositiveInfinity, max = 0;
        foreach (double x in w)
        {
            if (x > 0 && x < min) min = x;
            if (x > max && x < double.PositiveInfinity) max = x;
        }
        if (!(max > 0) || !double.IsFinite(1 / min)) return 0;
        double fine = w.Length >= LargeGraphEdges && double.IsFinite(MaxBucketSpan / max) ? max / MaxBucketSpan : 0;
        if (max / min > MaxBucketSpan) return fine;
        foreach (double x in w)
            if (x < double.PositiveInfinity && x / min != Math.Floor(x / min)) return fine;
        return min;
    }

    /// <summary>From this many edges on, delays that are not multiples of the smallest still go to buckets.</summary>
    internal const int LargeGraphEdges = 1 << 21;

    /// <summary>
    /// The one Dijkstra of the library, on bare CSR arrays: <paramref name="heads"/>[i] is the head of arc i, its edge id
    /// <c>edgeIds?[i] ?? i</c>, its weight <c>w[i]</c> when <paramref name="arcWeights"/>, else <c>w[edge id]</c>.
    /// Key (hours, hops, vertex), see <see cref="Dijkstra(CompactGraph, IReadOnlyList{int})"/>. With
    /// <paramref name="vertexIds"/> (the graph's vertex of each search vertex, e.g. <see cref="LocalityLayout.OldOf"/>) the
    /// labels' predecessors are graph vertices and the predecessor tie-break compares them, so the tree is the graph's
    /// whatever the numbering searched.
    /// </summary>
    /// <remarks>
    /// <para>With <paramref name="dinitzWidth"/> &gt; 0 (from <see cref="DinitzBuckets.Width"/>; <paramref name="maxDelay"/>
    /// the largest finite delay) the search is <see cref="DinitzBuckets.Search"/>.
    /// With <paramref name="bucketWidth"/> &gt; 0 the pending vertices wait in a <see cref="BucketQueue"/> by
    /// <c>⌊hours / width⌋</c>, and only those of the current bucket are ordered by (hours, hops, vertex) in the 4-ary heap
    /// (small, so it stays in cache); a relaxation that lands in the current bucket goes to the heap directly. A later
    /// bucket holds only larger distances, so vertices leave in exactly the order of the 4-ary heap alone, and every
    /// tie-break gives the same tree. With 0 the 4-ary heap holds everything.</para>
    /// <para>No settled flags: an arc into a vertex that has left the queue can never win, because the arc's tail left
    /// later, with a key at least as large, and a non-negative delay only adds hours (or, at equal hours, a hop).</para>
    /// </remarks>
    /// <para>Hours, hops and predecessor of a vertex share one 16-byte <see cref="ArrivalLabel"/>, so testing an arc and
    /// improving a label touch one cache line; the predecessor edge, written only on an improvement, is kept apart.</para>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (ArrivalLabel[] Labels, int[] PredEdge) Search(int n, int[] offsets, int[] heads,
        int[]? edgeIds, double[] w, bool arcWeights, int[]? vertexIds, int[] sources, double bucketWidth, double dinitzWidth, double maxDelay)
    {
        // every entry is written here, so the arrays need not be zeroed first
        var label = GC.AllocateUninitializedArray<ArrivalLabel>(n);
        var predEdge = GC.AllocateUninitializedArray<int>(n);
        label.AsSpan().Fill(ArrivalLabel.Unreached);
        predEdge.AsSpan().Fill(-1);
        if (dinitzWidth > 0)
        {
            DinitzBuckets.Search(offsets, heads, edgeIds, w, arcWeights, vertexIds, sources, dinitzWidth, maxDelay, label, predEdge);
            return (label, predEdge);
        }
        var heap = new IndexedMinHeap(n);
        BucketQueue? buckets = null;
        if (bucketWidth > 0)
        {
            double max = maxDelay;
            bucketWidth = Math.Max(bucketWidth, max / MaxBucketSpan); // the ring stays small whatever width was asked
            buckets = new BucketQueue(bucketWidth, (long)Math.Ceiling(max / bucketWidth) + 1);
        }
        foreach (int s in sources)
        {
            label[s] = new ArrivalLabel { Hours = 0, Hops = 0, Pred = -1 };
            heap.InsertOrDecrease(s, 0, 0);
        }
        long current = 0; // the bucket the heap holds (buckets only)
        while (true)
        {
            if (heap.Count == 0)
            {
                if (buckets is null || buckets.Count == 0) break;
                current = buckets.TakeNext(current, out var entries);
                foreach (int v in entries)
                {
                    ref var lv = ref label[v];
                    if (buckets.Index(lv.Hours) == current) heap.InsertOrDecrease(v, lv.Hours, lv.Hops);
                }
                continue;
            }
            int u = heap.Pop();
            double du = label[u].Hours;
            int hu = label[u].Hops + 1;
            int uid = vertexIds is null ? u : vertexIds[u];
            for (int i = offsets[u], end = offsets[u + 1]; i < end; i++)
            {
                int v = heads[i];
                int e = edgeIds is null ? i : edgeIds[i];
                double nd = du + w[arcWeights ? i : e];
                ref var lv = ref label[v];
                double dv = lv.Hours;
                if (nd < dv || (nd == dv && ArrivalLabel.WinsTie(nd, hu, uid, lv)))
                {
                    bool keyChanged = nd != dv || hu != lv.Hops;
                    lv.Hours = nd;
                    lv.Hops = hu;
                    lv.Pred = uid;
                    predEdge[v] = e;
                    if (!keyChanged) continue;
                    if (buckets is null) { heap.InsertOrDecrease(v, nd, hu); continue; }
                    long j = buckets.Index(nd);
                    if (j == current) heap.InsertOrDecrease(v, nd, hu);
                    else if (nd != dv && (dv == double.PositiveInfinity || j != buckets.Index(dv))) buckets.Push(j, v);
                }
            }
        }
        return (label, predEdge);
    }
}
