using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace Depgraph.Loader;

/// <summary>
/// The id table of the CSV fast path (<c>CsvGraphReader.Fast.cs</c>): maps node ids, given as their UTF-8 bytes, to
/// dense indices 0..n-1. It is filled once from the whole nodes file on up to two threads, and is then only read
/// (by several threads at once). The full reader keeps <see cref="IdIndex"/>, which takes ids as characters and
/// remembers each id's line for its messages.
/// </summary>
/// <remarks>
/// <para>Open addressing with linear probing in two independent tables (a bit of the hash picks the table), so each
/// of two threads fills one without locks; each table is sized for its own ids at a load factor of at most 2/3, so
/// no distribution of hashes can overfill one. A slot is 16 bytes: the id's first <see cref="InlineBytes"/> bytes,
/// a tag (28 bits of the hash and the id's length, or "long") and the index + 1. An id of up to 8 bytes is found by
/// touching one slot and nothing else; a longer one is confirmed against its string.</para>
/// <para>The lookups of a large file miss the cache almost every time (the table is tens or hundreds of megabytes),
/// so callers first compute the keys of a batch of ids (<see cref="KeyOf"/>), then <see cref="Touch"/> each key's
/// slot in a tight loop (so that many misses are in flight at once), then <see cref="Find"/> them.</para>
/// <para>The hash is not randomised: fine for a user's own files, not meant for hostile input (which can only make
/// it slow, never wrong).</para>
/// </remarks>
internal sealed class Utf8IdIndex
{
    /// <summary>Ids up to this many bytes are stored in the slot itself.</summary>
    public const int InlineBytes = 8;

    /// <summary>The length code of an id longer than <see cref="InlineBytes"/>.</summary>
    private const uint LongCode = 15;

    /// <summary>The most ids one of the two tables takes (its slots stay below 2^30).</summary>
    private const int MaxTableIds = 1 << 29;

    /// <summary>Ids from which the table is filled on two threads.</summary>
    public const int ParallelIds = 1 << 16;

    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public ulong Text;     // the id's first 8 bytes, zero-padded
        public uint Tag;       // hash bits 36..63, then the length code in bits 0..3
        public int IndexPlus1; // 0 = empty
    }

    /// <summary>The key of an id: its hash (with the length code in bits 32..35) and its first 8 bytes.</summary>
    public readonly record struct Key(ulong Hash, ulong Text);

    private readonly Slot[][] _tables;
    private readonly int[] _masks;
    private readonly string[] _ids;

    private Utf8IdIndex(Slot[][] tables, string[] ids)
    {
        _tables = tables;
        _masks = [.. tables.Select(t => t.Length - 1)];
        _ids = ids;
    }

    /// <summary>The key of an id (its UTF-8 bytes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Key KeyOf(ReadOnlySpan<byte> id)
    {
        ulong text = 0;
        id[..Math.Min(id.Length, InlineBytes)].CopyTo(MemoryMarshal.AsBytes(new Span<ulong>(ref text)));
        ulong h;
        uint code;
        if (id.Length <= InlineBytes)
        {
            h = Mix(text + (ulong)id.Length * 0x9E3779B97F4A7C15UL);
            code = (uint)id.Length;
        }
        else
        {
            h = (ulong)id.Length * 0x9E3779B97F4A7C15UL;
            int i = 0;
            for (; i + 8 <= id.Length; i += 8) h = BitOperations.RotateLeft((h ^ BinaryPrimitives.ReadUInt64LittleEndian(id[i..])) * 0xFF51AFD7ED558CCDUL, 29);
            if (i < id.Length)
            {
                ulong tail = 0;
                id[i..].CopyTo(MemoryMarshal.AsBytes(new Span<ulong>(ref tail)));
                h = BitOperations.RotateLeft((h ^ tail) * 0xFF51AFD7ED558CCDUL, 29);
            }
            h = Mix(h);
            code = LongCode;
        }
        return new Key((h & ~(0xFUL << 32)) | ((ulong)code << 32), text);
    }

    // MurmurHash3's 64-bit finaliser: every input bit reaches every output bit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        return h ^ (h >> 33);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int TableOf(ulong hash) => (int)(hash >> 63);

    /// <summary>
    /// Builds the table of the first <paramref name="count"/> ids (with their keys, in the same order: id i gets index
    /// i), on two threads when <paramref name="parallel"/> and there are many; null when an id occurs twice (or there
    /// are more ids than a table can take).
    /// </summary>
    public static Utf8IdIndex? TryBuild(string[] ids, Key[] keys, int count, bool parallel)
    {
        var sizes = new int[2];
        for (int v = 0; v < count; v++) sizes[TableOf(keys[v].Hash)]++;
        if (sizes[0] > MaxTableIds || sizes[1] > MaxTableIds) return null; // beyond any memory here: declined, the full reader reads it
        var tables = new Slot[2][];
        for (int t = 0; t < 2; t++)
            tables[t] = new Slot[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, sizes[t] + sizes[t] / 2 + 1))];
        var duplicate = new bool[2];
        if (parallel && count >= ParallelIds && Environment.ProcessorCount > 1)
            Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, t => duplicate[t] = !Fill(tables[t], t, ids, keys, count));
        else
            for (int t = 0; t < 2; t++) duplicate[t] = !Fill(tables[t], t, ids, keys, count);
        return duplicate[0] || duplicate[1] ? null : new Utf8IdIndex(tables, ids);
    }

    // Inserts the ids of one table in index order; false at a repeated id. The slot of the id a few places ahead is
    // touched first, so its cache miss overlaps this insert.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Fill(Slot[] slots, int table, string[] ids, Key[] keys, int count)
    {
        const int Ahead = 16;
        int mask = slots.Length - 1, touched = 0;
        for (int v = 0; v < count; v++)
        {
            if (v + Ahead < count && TableOf(keys[v + Ahead].Hash) == table) touched += slots[(int)keys[v + Ahead].Hash & mask].IndexPlus1;
            var key = keys[v];
            if (TableOf(key.Hash) != table) continue;
            uint tag = (uint)(key.Hash >> 32);
            int i = (int)key.Hash & mask;
            while (true)
            {
                ref Slot s = ref slots[i];
                if (s.IndexPlus1 == 0)
                {
                    s = new Slot { Text = key.Text, Tag = tag, IndexPlus1 = v + 1 };
                    break;
                }
                if (s.Tag == tag && s.Text == key.Text && ((tag & 0xF) != LongCode || string.Equals(ids[s.IndexPlus1 - 1], ids[v], StringComparison.Ordinal)))
                    return false;
                i = (i + 1) & mask;
            }
        }
        GC.KeepAlive(touched);
        return true;
    }

    /// <summary>Reads the first slot of a key, so that its cache line is on its way for <see cref="Find"/>; the value means nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Touch(ulong hash)
    {
        int t = TableOf(hash);
        return _tables[t][(int)hash & _masks[t]].IndexPlus1;
    }

    /// <summary>The index of an id (its UTF-8 bytes and their <see cref="KeyOf"/>), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ReadOnlySpan<byte> id, Key key)
    {
        int t = TableOf(key.Hash);
        var slots = _tables[t];
        int mask = _masks[t];
        uint tag = (uint)(key.Hash >> 32);
        int i = (int)key.Hash & mask;
        while (true)
        {
            ref Slot s = ref slots[i];
            if (s.IndexPlus1 == 0) return -1;
            if (s.Tag == tag && s.Text == key.Text && ((tag & 0xF) != LongCode || Utf8Equals(id, _ids[s.IndexPlus1 - 1])))
                return s.IndexPlus1 - 1;
            i = (i + 1) & mask;
        }
    }

    /// <summary>True when valid UTF-8 bytes spell exactly the string (ordinal).</summary>
    internal static bool Utf8Equals(ReadOnlySpan<byte> utf8, string s)
    {
        if (Ascii.IsValid(utf8)) return utf8.Length == s.Length && Ascii.Equals(utf8, s);
        if (utf8.Length < s.Length) return false; // every UTF-16 unit takes at least one byte
        Span<char> buf = utf8.Length <= 256 ? stackalloc char[256] : new char[utf8.Length];
        return Utf8.ToUtf16(utf8, buf, out _, out int written) == System.Buffers.OperationStatus.Done && buf[..written].SequenceEqual(s);
    }
}
