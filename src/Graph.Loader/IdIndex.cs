using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Depgraph.Loader;

/// <summary>
/// Maps node ids to dense indices 0..n-1 and looks them up by span, for the CSV fast path.
/// </summary>
/// <remarks>
/// Open addressing with linear probing. Each slot is 32 bytes: the 32-bit hash, the index + 1 (0 = empty) and, for
/// ids of up to <see cref="InlineChars"/> characters, the id itself. A lookup of such an id touches one slot and
/// nothing else (the string object, one or two cache misses further away, is only read for longer ids): at 10
/// million lookups into a million ids that is most of the loader's time. Lookups are read-only and may run on
/// several threads at once while nothing is added. The hash is FNV-1a (not randomised): fine for a user's own
/// files, not meant for hostile input. Load factor ≤ 1/2.
/// </remarks>
internal sealed class IdIndex
{
    /// <summary>Ids up to this length are stored in the slot itself.</summary>
    public const int InlineChars = 11;

    private const ushort LongId = ushort.MaxValue;

    [InlineArray(InlineChars)]
    private struct Chars
    {
        private char _c;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public uint Hash;
        public int IndexPlus1; // 0 = empty
        public ushort Length;  // LongId when the id is not stored inline
        public Chars Text;
    }

    private Slot[] _slots;
    private int _mask;
    private string[] _ids;
    private int[] _lines;

    /// <summary>An empty index.</summary>
    public IdIndex() : this(32) { }

    /// <summary>An empty index with room for <paramref name="capacity"/> ids before it grows.</summary>
    public IdIndex(int capacity)
    {
        capacity = Math.Clamp(capacity, 32, 1 << 29);
        int slots = (int)BitOperations.RoundUpToPowerOf2((uint)(2 * (capacity + 1)));
        _slots = new Slot[slots];
        _mask = slots - 1;
        _ids = new string[capacity];
        _lines = new int[capacity];
    }

    public int Count { get; private set; }

    /// <summary>The id at an index.</summary>
    public string IdAt(int index) => _ids[index];

    /// <summary>The 1-based line an id was defined on.</summary>
    public int LineOf(int index) => _lines[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return h ^ (h >> 15);
    }

    /// <summary>The index of an id, or -1.</summary>
    public int Find(ReadOnlySpan<char> id)
    {
        uint h = Hash(id);
        var slots = _slots;
        int mask = _mask;
        int i = (int)(h & (uint)mask);
        int len = id.Length;
        while (true)
        {
            ref Slot e = ref slots[i];
            if (e.IndexPlus1 == 0) return -1;
            if (e.Hash == h)
            {
                if (e.Length == LongId)
                {
                    if (len > InlineChars && id.SequenceEqual(_ids[e.IndexPlus1 - 1])) return e.IndexPlus1 - 1;
                }
                else if (e.Length == len && id.SequenceEqual(((ReadOnlySpan<char>)e.Text)[..len]))
                {
                    return e.IndexPlus1 - 1;
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// <summary>Adds an id not present yet and returns its index (= the number of ids added before it).</summary>
    public int Add(string id, int line)
    {
        if (2 * (Count + 1) > _slots.Length) Grow();
        int k = Count++;
        if (k == _ids.Length)
        {
            Array.Resize(ref _ids, k * 2);
            Array.Resize(ref _lines, k * 2);
        }
        _ids[k] = id;
        _lines[k] = line;
        var slot = new Slot { Hash = Hash(id), IndexPlus1 = k + 1 };
        if (id.Length <= InlineChars)
        {
            slot.Length = (ushort)id.Length;
            id.AsSpan().CopyTo(slot.Text);
        }
        else slot.Length = LongId;
        Insert(_slots, _mask, slot);
        return k;
    }

    private static void Insert(Slot[] slots, int mask, in Slot slot)
    {
        int i = (int)(slot.Hash & (uint)mask);
        while (slots[i].IndexPlus1 != 0) i = (i + 1) & mask;
        slots[i] = slot;
    }

    private void Grow()
    {
        int cap = (int)BitOperations.RoundUpToPowerOf2((uint)_slots.Length * 2);
        var slots = new Slot[cap];
        int mask = cap - 1;
        foreach (ref readonly Slot e in _slots.AsSpan())
            if (e.IndexPlus1 != 0) Insert(slots, mask, e);
        _slots = slots;
        _mask = mask;
    }
}
