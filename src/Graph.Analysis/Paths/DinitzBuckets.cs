using System.Runtime.CompilerServices;

namespace Depgraph.Analysis.Paths;

/// <summary>
/// Dijkstra without a heap when every delay is positive: Dinitz's buckets narrower than the smallest delay. A vertex
/// whose tentative distance falls in the first non-empty bucket is settled, so a bucket's vertices are scanned in any
/// order (Dinitz 1978; the "caliber" rule of Goldberg 2008 with every caliber the smallest delay).
/// </summary>
/// <remarks>
/// <para><b>Why the tree is the heap's, bit for bit.</b> With buckets of width at most half the smallest delay, an arc
/// out of bucket j lands, in exact arithmetic, in bucket j + 2 or later; with rounding only a bucket later than j is
/// guaranteed (see <b>Floating point</b>; nothing checks it at run time), and that suffices: the index is monotone in
/// the hours, so the offer is strictly more hours than any vertex in bucket j or earlier holds and can neither improve
/// nor tie them. Hence when bucket j is
/// taken every label in it is final, and each vertex scans its arcs once with its final (hours, hops). Every label then
/// ends as the lexicographic minimum over its in-arcs of (tail hours + delay, tail hops + 1, tail vertex), the first arc
/// of the tail's row winning among parallel arcs — the fixed point the heap reaches too, whatever order a bucket is
/// scanned in. The same comparison as <see cref="ShortestPaths.Search"/>, with <see cref="ArrivalLabel.WinsTie"/>, decides each offer.</para>
/// <para><b>Floating point.</b> A bucket index is <c>(long)(d · (1 / width))</c>, monotone in d. For d · (1 / width)
/// &lt; 2⁵⁰ and a delay of at least two widths the rounding of <c>d + delay</c> and of the product moves the index by
/// far less than one, so the arc's index exceeds its tail's; <see cref="Width"/> refuses graphs where
/// (n − 1) · largest delay could break that bound, zero delays (they would tie within a bucket), and delay ranges
/// wider than <see cref="ShortestPaths.MaxBucketSpan"/> times the smallest (the ring of buckets stays small).</para>
/// <para>References: E. A. Dinic, "Economical algorithms for finding shortest paths in a network", in Transportation
/// Modeling Systems, Institute for System Studies, Moscow, 1978, 36–44; A. V. Goldberg, "A practical shortest path
/// algorithm with linear expected time", SIAM Journal on Computing 37(5), 2008, 1637–1655, doi:10.1137/070698774;
/// R. B. Dial, Communications of the ACM 12(11), 1969, 632–633, doi:10.1145/363269.363610 (the ring of buckets).</para>
/// </remarks>
internal static class DinitzBuckets
{
    /// <summary>Largest <c>d / width</c> allowed (far below 2⁵³, so rounding never moves an index by one).</summary>
    private const double MaxIndex = 1L << 50;
    // A bucket's vertices are all known before its first is scanned: their labels and offsets are fetched this many
    // vertices ahead, their first arcs half as far ahead, so the cache misses of a graph without locality overlap
    // (L: 0.24 → 0.17 CPU s; fetching the heads' labels a third step ahead measured no further gain).
    private const int PrefetchAhead = 16;

    /// <summary>
    /// The bucket width for a graph of <paramref name="n"/> vertices with these delays: half the smallest positive
    /// finite delay, or 0 when the buckets do not apply (a zero delay, no positive finite delay, a largest finite delay
    /// more than <see cref="ShortestPaths.MaxBucketSpan"/> times the smallest, or distances too large for exact
    /// indices). <paramref name="scan"/> is <see cref="DelayScan.Of"/> of the delays.
    /// </summary>
    public static double Width(in DelayScan scan, int n)
    {
        if (scan.HasZero || !(scan.MinPositive < double.PositiveInfinity) || scan.MaxFinite / scan.MinPositive > ShortestPaths.MaxBucketSpan)
            return 0;
        double width = scan.MinPositive / 2;
        double inverse = 1 / width;
        if (width * 2 != scan.MinPositive || !double.IsFinite(inverse) || (double)Math.Max(n - 1, 1) * scan.MaxFinite * inverse >= MaxIndex) return 0;
        return width;
    }

    /// <summary>
    /// The search of <see cref="ShortestPaths.Search"/> (same arrays, same labels) with buckets of <paramref name="width"/>
    /// from <see cref="Width"/> and <paramref name="maxDelay"/> the largest finite delay.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Search(int[] offsets, int[] heads, int[]? edgeIds, double[] w, bool arcWeights, int[]? vertexIds,
        int[] sources, double width, double maxDelay, ArrivalLabel[] label, int[] predEdge)
    {
        var buckets = new BucketQueue(width, (long)Math.Ceiling(maxDelay / width) + 2);
        foreach (int s in sources)
        {
            label[s] = new ArrivalLabel { Hours = 0, Hops = 0, Pred = -1 };
            buckets.Push(0, s);
        }
        long current = -1;
        while (buckets.Count > 0)
        {
            current = buckets.TakeNext(current, out var entries);
            for (int k = 0; k < entries.Length; k++)
            {
                if (k + PrefetchAhead < entries.Length)
                {
                    int f = entries[k + PrefetchAhead];
                    Prefetch.Line(ref label[f]);
                    Prefetch.Line(ref offsets[f]);
                }
                if (k + PrefetchAhead / 2 < entries.Length)
                {
                    int o = offsets[entries[k + PrefetchAhead / 2]];
                    if (o < heads.Length)
                    {
                        Prefetch.Line(ref heads[o]);
                        if (arcWeights) Prefetch.Line(ref w[o]);
                    }
                }
                int u = entries[k];
                ref var lu = ref label[u];
                double du = lu.Hours;
                if (buckets.Index(du) != current) continue; // settled in an earlier bucket
                int hu = lu.Hops + 1;
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
                        lv.Hours = nd;
                        lv.Hops = hu;
                        lv.Pred = uid;
                        predEdge[v] = e;
                        if (nd == dv) continue;
                        long j = buckets.Index(nd);
                        if (dv == double.PositiveInfinity || j != buckets.Index(dv)) buckets.Push(j, v);
                    }
                }
            }
        }
    }
}
