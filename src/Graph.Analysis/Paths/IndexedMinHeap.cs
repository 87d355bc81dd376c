using System.Runtime.CompilerServices;

namespace Depgraph.Analysis.Paths;

/// <summary>
/// An indexed 4-ary min-heap of vertices 0..n-1 with decrease-key, keyed by (primary <c>double</c>,
/// secondary <c>int</c>, vertex id) in lexicographic order, so the pop order is total and deterministic.
/// </summary>
/// <remarks>
/// Keys live in arrays indexed by vertex; <c>pos[v]</c> is the heap slot of <c>v</c> or -1.
/// <see cref="Clear"/> costs O(size), not O(n), so one heap serves many searches.
/// The hot methods are compiled fully optimised at once (<see cref="MethodImplOptions.AggressiveOptimization"/>): a
/// search calls them a hundred thousand times before tiered compilation would replace their unoptimised first code,
/// which made one Dijkstra run on 100,000 vertices 2–3 times slower in a short process (bench/NOTES.md).
/// </remarks>
internal sealed class IndexedMinHeap
{
    private struct Entry
    {
        public double Key;
        public int Tie;
        public int Vertex;
    }

    // Entries hold their keys inline (16 bytes each; a node's four children share one cache line),
    // so comparisons never chase the vertex arrays.
    private readonly Entry[] _heap;
    private readonly int[] _pos;
    private int _count;

    public IndexedMinHeap(int n)
    {
        _heap = new Entry[Math.Max(n, 1)];
        _pos = new int[Math.Max(n, 1)];
        Array.Fill(_pos, -1);
    }

    public int Count => _count;

    public bool Contains(int v) => _pos[v] >= 0;

    /// <summary>Inserts <paramref name="v"/>, or lowers its key (the new key must not be larger).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void InsertOrDecrease(int v, double key, int tie)
    {
        int i = _pos[v];
        if (i < 0) i = _count++;
        SiftUp(i, new Entry { Key = key, Tie = tie, Vertex = v });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Pop()
    {
        int top = _heap[0].Vertex;
        _pos[top] = -1;
        --_count;
        if (_count > 0) SiftDown(_heap[_count]);
        return top;
    }

    public void Clear()
    {
        for (int i = 0; i < _count; i++) _pos[_heap[i].Vertex] = -1;
        _count = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Less(in Entry a, in Entry b)
    {
        if (a.Key != b.Key) return a.Key < b.Key;
        if (a.Tie != b.Tie) return a.Tie < b.Tie;
        return a.Vertex < b.Vertex;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SiftUp(int i, Entry x)
    {
        var heap = _heap;
        while (i > 0)
        {
            int parent = (i - 1) >> 2;
            if (!Less(x, heap[parent])) break;
            heap[i] = heap[parent];
            _pos[heap[i].Vertex] = i;
            i = parent;
        }
        heap[i] = x;
        _pos[x.Vertex] = i;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SiftDown(Entry x)
    {
        var heap = _heap;
        int i = 0, count = _count;
        while (true)
        {
            int first = (i << 2) + 1;
            if (first >= count) break;
            int best = first;
            int end = Math.Min(first + 4, count);
            for (int c = first + 1; c < end; c++)
                if (Less(heap[c], heap[best])) best = c;
            if (!Less(heap[best], x)) break;
            heap[i] = heap[best];
            _pos[heap[i].Vertex] = i;
            i = best;
        }
        heap[i] = x;
        _pos[x.Vertex] = i;
    }
}
