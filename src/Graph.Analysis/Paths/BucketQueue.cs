namespace Depgraph.Analysis.Paths;

/// <summary>
/// A monotone bucket queue of vertices (Dial 1969) for Dijkstra's pending distances: bucket j holds the vertices whose
/// tentative distance d has <c>⌊d / width⌋ = j</c>. Only the index matters here; the exact order inside the current
/// bucket is kept by <see cref="ShortestPaths"/>' 4-ary heap.
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
    private readonly int _mask;
    private readonly double _inverseWidth;
    private int _size;

    /// <param name="width">Bucket width, &gt; 0.</param>
    /// <param name="span">Upper bound on <c>⌊d / width⌋ − ⌊d' / width⌋</c> for any edge (d' = d + weight); the ring gets more slots.</param>
    public BucketQueue(double width, long span)
    {
        int slots = 1;
        while (slots <= span + 2) slots <<= 1;
        _slots = new int[]?[slots];
        _counts = new int[slots];
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
        _size++;
    }

    /// <summary>
    /// The first non-empty bucket after <paramref name="current"/>: its index, and its entries, which leave the queue
    /// (the span stays valid until the next <see cref="Push"/> to that bucket). The queue must not be empty.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public long TakeNext(long current, out ReadOnlySpan<int> entries)
    {
        long j = current + 1;
        while (_counts[(int)(j & _mask)] == 0) j++;
        int s = (int)(j & _mask);
        int c = _counts[s];
        entries = new ReadOnlySpan<int>(_slots[s], 0, c);
        _counts[s] = 0;
        _size -= c;
        return j;
    }
}
