namespace Depgraph.Analysis.Paths;

/// <summary>
/// A monotone bucket queue of vertices (Dial 1969) for Dijkstra's pending distances: bucket j holds the vertices whose
/// tentative distance d has <c>⌊d / width⌋ = j</c>. Only the index matters here; the order inside a bucket is the
/// user's: <see cref="ShortestPaths"/>' bucketed search orders the current bucket's vertices in its 4-ary heap, while
/// <see cref="DinitzBuckets"/> scans them in any order (its buckets are narrow enough that their labels are final).
/// </summary>
/// <remarks>
/// <para>The buckets form a ring of a power-of-two number of slots, more than the widest edge spans in buckets, so
/// every index pushed lies within one turn of the ring ahead of the current bucket and a slot never mixes indices.
/// Slots are append-only arrays of vertex numbers (no decrease-key: a vertex whose distance falls into another bucket
/// is pushed again, and the stale entry is recognised when its bucket is emptied because the vertex's distance no
/// longer maps to it). <see cref="DinitzBuckets"/> uses it alone, without the heap. When every edge weight is a multiple of the width (e.g. half hours with width 0.5 h) each bucket
/// holds one distance: this is Dial's algorithm exactly.</para>
/// <para>Reference: R. B. Dial, "Algorithm 360: shortest-path forest with topological ordering", Communications of the
/// ACM 12(11), 1969, 632–633, doi:10.1145/363269.363610.</para>
/// </remarks>
internal sealed class BucketQueue
{
    private readonly int[]?[] _slots;
    private readonly int[] _counts;
    private readonly ulong[] _occupied; // bit s set when slot s holds entries: TakeNext skips 64 empty slots at a time
    private readonly int _mask;
    private readonly double _inverseWidth;
    private int _size;

    /// <param name="width">Bucket width, &gt; 0.</param>
    /// <param name="span">Upper bound on <c>⌊d / width⌋ − ⌊d' / width⌋</c> for any edge (d' = d + weight); the ring gets more slots.</param>
    public BucketQueue(double width, long span)
    {
        int slots = 64;
        while (slots <= span + 2) slots <<= 1;
        _slots = new int[]?[slots];
        _counts = new int[slots];
        _occupied = new ulong[slots >> 6];
        _mask = slots - 1;
        _inverseWidth = 1 / width;
    }

    /// <summary>Number of entries, stale ones included.</summary>
    public int Count => _size;

    /// <summary>The bucket index of distance <paramref name="d"/>; monotone non-decreasing in <paramref name="d"/>.</summary>
    public long Index(double d) => (long)(d * _inverseWidth);

    /// <summary>Adds <paramref name="vertex"/> to bucket <paramref name="index"/> (ahead of the current bucket by less than the span).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Push(long index, int vertex)
    {
        int s = (int)(index & _mask);
        var slot = _slots[s];
        int c = _counts[s];
        if (slot is null || c == slot.Length)
        {
            Array.Resize(ref slot, Math.Max(16, c * 2));
            _slots[s] = slot;
        }
        slot[c] = vertex;
        _counts[s] = c + 1;
        _occupied[s >> 6] |= 1UL << s;
        _size++;
    }

    /// <summary>
    /// The first non-empty bucket after <paramref name="current"/>: its index, and its entries, which leave the queue
    /// (the span stays valid until the next <see cref="Push"/> to that bucket). The queue must not be empty.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public long TakeNext(long current, out ReadOnlySpan<int> entries)
    {
        // every entry lies less than one turn of the ring ahead of current, so the first occupied slot after current's
        // (cyclically) holds the smallest index
        int start = (int)((current + 1) & _mask);
        int word = start >> 6, lastWord = _occupied.Length - 1;
        ulong bits = _occupied[word] & (ulong.MaxValue << start);
        while (bits == 0)
        {
            word = (word + 1) & lastWord;
            bits = _occupied[word];
        }
        int s = (word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
        long j = current + 1 + ((s - start) & _mask);
        int c = _counts[s];
        entries = new ReadOnlySpan<int>(_slots[s], 0, c);
        _counts[s] = 0;
        _occupied[word] &= ~(1UL << s);
        _size -= c;
        return j;
    }
}
