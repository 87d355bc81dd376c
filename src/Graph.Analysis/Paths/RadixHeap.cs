using System.Numerics;
using System.Runtime.CompilerServices;

namespace Depgraph.Analysis.Paths;

/// <summary>
/// A monotone radix heap of (key, vertex) entries with 64-bit unsigned keys (Ahuja, Mehlhorn, Orlin and Tarjan
/// 1990): every key pushed must be at least the last minimum taken out. Non-negative doubles compare like their IEEE
/// bit patterns read as unsigned integers, so Dijkstra's distances are exact keys (no rounding to buckets).
/// </summary>
/// <remarks>
/// <para>Bucket 0 holds the entries whose key equals the last minimum; bucket i &gt; 0 those whose key first differs
/// from it in bit i − 1 (counting from the least significant). Taking out the minimum empties the lowest non-empty
/// bucket into the lower ones; each entry moves down at most 64 times and usually once or twice. Buckets are
/// append-only arrays: pushes and redistributions are sequential writes, unlike a binary heap's sifts. There is no
/// decrease-key: the caller pushes again and skips stale entries.</para>
/// <para>Reference: R. K. Ahuja, K. Mehlhorn, J. B. Orlin, R. E. Tarjan, "Faster algorithms for the shortest path
/// problem", Journal of the ACM 37(2), 1990, doi:10.1145/77600.77615.</para>
/// </remarks>
internal sealed class RadixHeap
{
    private readonly ulong[][] _keys = new ulong[65][];
    private readonly int[][] _vertices = new int[65][];
    private readonly int[] _count = new int[65];
    private ulong _last;
    private int _size;

    public RadixHeap()
    {
        for (int b = 0; b < 65; b++)
        {
            _keys[b] = new ulong[16];
            _vertices[b] = new int[16];
        }
    }

    public int Count => _size;

    /// <summary>The last minimum taken out (0 before the first).</summary>
    public ulong Last => _last;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BucketOf(ulong key) => key == _last ? 0 : 64 - BitOperations.LeadingZeroCount(key ^ _last);

    /// <summary>Adds an entry; <paramref name="key"/> must be at least <see cref="Last"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(ulong key, int vertex)
    {
        Add(BucketOf(key), key, vertex);
        _size++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(int b, ulong key, int vertex)
    {
        int c = _count[b];
        if (c == _keys[b].Length) Grow(b);
        _keys[b][c] = key;
        _vertices[b][c] = vertex;
        _count[b] = c + 1;
    }

    private void Grow(int b)
    {
        Array.Resize(ref _keys[b], _keys[b].Length * 2);
        Array.Resize(ref _vertices[b], _vertices[b].Length * 2);
    }

    /// <summary>
    /// Makes bucket 0 hold every entry with the smallest key (which becomes <see cref="Last"/>) and returns how many
    /// there are; read them with <see cref="MinVertices"/> and drop them with <see cref="ClearMin"/>. The heap must not
    /// be empty.
    /// </summary>
    public int SettleMin()
    {
        if (_count[0] > 0) return _count[0];
        int b = 1;
        while (_count[b] == 0) b++;
        var keys = _keys[b];
        var verts = _vertices[b];
        int c = _count[b];
        ulong min = keys[0];
        for (int i = 1; i < c; i++) if (keys[i] < min) min = keys[i];
        _last = min;
        _count[b] = 0;
        for (int i = 0; i < c; i++)
        {
            ulong k = keys[i];
            Add(BucketOf(k), k, verts[i]);
        }
        return _count[0];
    }

    /// <summary>The vertices of the entries in bucket 0 (all with key <see cref="Last"/>).</summary>
    public ReadOnlySpan<int> MinVertices => new(_vertices[0], 0, _count[0]);

    /// <summary>Removes the entries of bucket 0.</summary>
    public void ClearMin()
    {
        _size -= _count[0];
        _count[0] = 0;
    }
}
