using System.Buffers;
using System.Text.Json;
using Depgraph.Core.Compact;
using Depgraph.Core.IO;

namespace Depgraph.Cli.Infrastructure;

/// <summary>
/// Every vertex id of a graph as the JSON string <see cref="Json"/>'s writer makes of it (UTF-8, quoted, escaped as
/// <see cref="JsonText.Indented"/> escapes), encoded once into one byte array, and the writing of long id lists from it:
/// the spof JSON of a graph of ten million vertices names vertices some twenty million times.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> An id of printable ASCII characters that the writer leaves as they are is its own UTF-8; any
/// other id is encoded by a <see cref="Utf8JsonWriter"/> with the same options, so every id reads exactly as the
/// writer would write it. The long lists (<see cref="Strings"/>, <see cref="Pairs"/>, <see cref="Map"/>) write their
/// first item with the writer itself, then the others as bytes in the writer's indented layout (a comma, a new line,
/// two spaces per <see cref="Utf8JsonWriter.CurrentDepth"/>), straight into its output after a flush; the writer then
/// closes the list as it would have. The output is byte for byte the writer's own (checked in the tests).</para>
/// <para><b>Memory.</b> The encoded ids (about their total length plus two bytes each) and one int offset per vertex.</para>
/// </remarks>
internal sealed class JsonIds
{
    private static readonly bool[] Verbatim = VerbatimAscii();
    private readonly CompactGraph _graph;
    private readonly byte[] _bytes;
    private readonly int[] _start;

    private JsonIds(CompactGraph graph, byte[] bytes, int[] start)
    {
        _graph = graph;
        _bytes = bytes;
        _start = start;
    }

    /// <summary>Encodes the ids of <paramref name="graph"/>; null when they would not fit one array (then write them as strings).</summary>
    public static JsonIds? Of(CompactGraph graph)
    {
        int n = graph.NodeCount;
        var start = new int[n + 1];
        byte[][]? other = null; // ids the writer encodes itself
        long total = 0;
        for (int v = 0; v < n; v++)
        {
            start[v] = (int)Math.Min(total, int.MaxValue);
            string id = graph.Id(v);
            if (IsVerbatim(id)) total += id.Length + 2;
            else
            {
                other ??= new byte[n][];
                other[v] = Encode(id);
                total += other[v].Length;
            }
        }
        if (total > Array.MaxLength) return null;
        start[n] = (int)total;
        var bytes = new byte[total];
        for (int v = 0; v < n; v++)
        {
            int p = start[v];
            if (other?[v] is { } encoded)
            {
                encoded.CopyTo(bytes, p);
                continue;
            }
            string id = graph.Id(v);
            bytes[p++] = (byte)'"';
            for (int i = 0; i < id.Length; i++) bytes[p++] = (byte)id[i];
            bytes[p] = (byte)'"';
        }
        return new JsonIds(graph, bytes, start);
    }

    /// <summary>The JSON string of vertex <paramref name="v"/>'s id, quotes included.</summary>
    public ReadOnlySpan<byte> Quoted(int v) => _bytes.AsSpan(_start[v], _start[v + 1] - _start[v]);

    /// <summary>The ids of <paramref name="vertices"/> as the items of the array the writer has just opened.</summary>
    public void Strings(Utf8JsonWriter w, IBufferWriter<byte> output, IReadOnlyList<int> vertices)
    {
        if (vertices.Count == 0) return;
        w.WriteStringValue(_graph.Id(vertices[0]));
        w.Flush();
        int depth = w.CurrentDepth;
        var raw = new Raw(output);
        for (int i = 1; i < vertices.Count; i++)
        {
            var q = Quoted(vertices[i]);
            var s = raw.Take(2 + 2 * depth + q.Length);
            s[0] = (byte)',';
            s[1] = (byte)'\n';
            s.Slice(2, 2 * depth).Fill((byte)' ');
            q.CopyTo(s[(2 + 2 * depth)..]);
        }
        raw.Done();
    }

    /// <summary>The vertex pairs of <paramref name="pairs"/> as two-id arrays, the items of the array the writer has just opened.</summary>
    public void Pairs(Utf8JsonWriter w, IBufferWriter<byte> output, IReadOnlyList<(int A, int B)> pairs)
    {
        if (pairs.Count == 0) return;
        w.WriteStartArray();
        w.WriteStringValue(_graph.Id(pairs[0].A));
        w.WriteStringValue(_graph.Id(pairs[0].B));
        w.WriteEndArray();
        w.Flush();
        int depth = w.CurrentDepth, outer = 2 * depth, inner = 2 * depth + 2;
        var raw = new Raw(output);
        for (int i = 1; i < pairs.Count; i++)
        {
            var a = Quoted(pairs[i].A);
            var b = Quoted(pairs[i].B);
            // ,\n<outer>[\n<inner>"a",\n<inner>"b"\n<outer>]
            var s = raw.Take(2 + outer + 1 + 1 + inner + a.Length + 2 + inner + b.Length + 1 + outer + 1);
            int p = 0;
            s[p++] = (byte)',';
            p = Line(s, p, outer);
            s[p++] = (byte)'[';
            p = Line(s, p, inner);
            a.CopyTo(s[p..]);
            p += a.Length;
            s[p++] = (byte)',';
            p = Line(s, p, inner);
            b.CopyTo(s[p..]);
            p += b.Length;
            p = Line(s, p, outer);
            s[p] = (byte)']';
        }
        raw.Done();
    }

    /// <summary>
    /// The entries id(v): id(value(v)) for the <paramref name="keys"/> whose value is a vertex (not negative), in that
    /// order: the properties of the object the writer has just opened.
    /// </summary>
    public void Map(Utf8JsonWriter w, IBufferWriter<byte> output, ReadOnlySpan<int> keys, Func<int, int> value)
    {
        int i = 0;
        for (; i < keys.Length; i++)
        {
            int x = value(keys[i]);
            if (x < 0) continue;
            w.WriteString(_graph.Id(keys[i]), _graph.Id(x));
            break;
        }
        w.Flush();
        int depth = w.CurrentDepth;
        var raw = new Raw(output);
        for (i++; i < keys.Length; i++)
        {
            int v = keys[i], x = value(v);
            if (x < 0) continue;
            var kq = Quoted(v);
            var xq = Quoted(x);
            // ,\n<indent>"k": "x"
            var s = raw.Take(2 + 2 * depth + kq.Length + 2 + xq.Length);
            int p = 0;
            s[p++] = (byte)',';
            p = Line(s, p, 2 * depth);
            kq.CopyTo(s[p..]);
            p += kq.Length;
            s[p++] = (byte)':';
            s[p++] = (byte)' ';
            xq.CopyTo(s[p..]);
        }
        raw.Done();
    }

    private static int Line(Span<byte> s, int p, int indent)
    {
        s[p++] = (byte)'\n';
        s.Slice(p, indent).Fill((byte)' ');
        return p + indent;
    }

    /// <summary>Bytes straight into the writer's output, in slices of at least 64 KB.</summary>
    private ref struct Raw(IBufferWriter<byte> output)
    {
        private Span<byte> _span;
        private int _used;

        public Span<byte> Take(int count)
        {
            if (_used + count > _span.Length)
            {
                Done();
                _span = output.GetSpan(Math.Max(count, 1 << 16));
            }
            var s = _span.Slice(_used, count);
            _used += count;
            return s;
        }

        public void Done()
        {
            if (_used > 0) output.Advance(_used);
            _span = default;
            _used = 0;
        }
    }

    private static bool IsVerbatim(string id)
    {
        foreach (char c in id)
            if (c >= Verbatim.Length || !Verbatim[c]) return false;
        return true;
    }

    /// <summary>The id as the writer writes a string value, quotes included.</summary>
    private static byte[] Encode(string id)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, JsonText.Compact)) w.WriteStringValue(id);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Which ASCII characters the writer leaves as they are (asked of the writer itself, once).</summary>
    private static bool[] VerbatimAscii()
    {
        var verbatim = new bool[128];
        for (char c = ' '; c < 127; c++)
        {
            var e = Encode(c.ToString());
            verbatim[c] = e.Length == 3 && e[1] == (byte)c;
        }
        return verbatim;
    }
}
