using System.Runtime.CompilerServices;

namespace Depgraph.Analysis.Reach;

/// <summary>
/// An indexed 4-ary min-heap of vertices 0..n-1 with decrease-key, keyed by (primary <c>double</c>,
/// secondary <c>int</c>, vertex id) in lexicographic order, so the pop order is total and deterministic.
/// </summary>
/// <remarks>
/// Keys live in arrays indexed by vertex; <c>pos[v]</c> is the heap slot of <c>v</c> or -1.
/// <see cref="Clear"/> costs O(size), not O(n), so one heap serves many searches.
/// </remarks>
internal sealed class IndexedMinHeap
{
    private readonly int[] _heap;
    private readonly int[] _pos;
    private readonly double[] _key;
    private readonly int[] _tie;
    private int _count;

    public IndexedMinHeap(int n)
    {
        _heap = new int[Math.Max(n, 1)];
        _pos = new int[Math.Max(n, 1)];
        Array.Fill(_pos, -1);
        _key = new double[Math.Max(n, 1)];
        _tie = new int[Math.Max(n, 1)];
    }

    public int Count => _count;

    public bool Contains(int v) => _pos[v] >= 0;

    /// <summary>Inserts <paramref name="v"/>, or lowers its key (the new key must not be larger).</summary>
    public void InsertOrDecrease(int v, double key, int tie)
    {
        _key[v] = key;
        _tie[v] = tie;
        int i = _pos[v];
        if (i < 0)
        {
            i = _count++;
            _heap[i] = v;
            _pos[v] = i;
        }
        SiftUp(i);
    }

    public int Pop()
    {
        int top = _heap[0];
        _pos[top] = -1;
        int last = _heap[--_count];
        if (_count > 0)
        {
            _heap[0] = last;
            _pos[last] = 0;
            SiftDown(0);
        }
        return top;
    }

    public void Clear()
    {
        for (int i = 0; i < _count; i++) _pos[_heap[i]] = -1;
        _count = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Less(int a, int b)
    {
        double ka = _key[a], kb = _key[b];
        if (ka != kb) return ka < kb;
        int ta = _tie[a], tb = _tie[b];
        if (ta != tb) return ta < tb;
        return a < b;
    }

    private void SiftUp(int i)
    {
        int v = _heap[i];
        while (i > 0)
        {
            int parent = (i - 1) >> 2;
            int p = _heap[parent];
            if (!Less(v, p)) break;
            _heap[i] = p;
            _pos[p] = i;
            i = parent;
        }
        _heap[i] = v;
        _pos[v] = i;
    }

    private void SiftDown(int i)
    {
        int v = _heap[i];
        while (true)
        {
            int first = (i << 2) + 1;
            if (first >= _count) break;
            int best = first;
            int end = Math.Min(first + 4, _count);
            for (int c = first + 1; c < end; c++)
                if (Less(_heap[c], _heap[best])) best = c;
            int b = _heap[best];
            if (!Less(b, v)) break;
            _heap[i] = b;
            _pos[b] = i;
            i = best;
        }
        _heap[i] = v;
        _pos[v] = i;
    }
}
