using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Loader;

/// <summary>
/// The fast path of the compact load: a plain UTF-8 reader for the common clean file (no quotes, LF or CRLF, valid
/// UTF-8, every row valid, no range columns), which reads bytes in large blocks, validates each block's UTF-8 at once
/// and splits lines and fields of the bytes themselves (<c>CsvGraphReader.Utf8.cs</c>), parses both files on all cores
/// straight into the graph's column arrays, looks ids up by their bytes in a <see cref="Utf8IdIndex"/> a batch of rows
/// at a time, and parses simple decimals exactly without <see cref="double.TryParse(ReadOnlySpan{char}, System.Globalization.NumberStyles, IFormatProvider?, out double)"/>.
/// </summary>
/// <remarks>
/// It reports nothing: at the first thing it does not handle (a quote, a lone carriage return, invalid UTF-8, a
/// header other than the plain one, any row with a problem, a limit reached) it gives up and the caller reads both
/// files again with the full reader (<see cref="Read"/>), which reports every issue with its line. So a file the
/// fast path accepts gives exactly the graph the full reader gives (same tokens, trimming, numbers and order), and a
/// file it declines gives exactly the full reader's issues.
/// </remarks>
internal static partial class CsvGraphReader
{
    /// <summary>Bytes read and validated at a time.</summary>
    private const int FastBlockBytes = 1 << 20;

    /// <summary>
    /// Reads a clean UTF-8 pair into a builder holding its nodes and edges; null when the fast path declines (the caller
    /// then reads with <see cref="Read"/>). Files of at least <paramref name="parallelThresholdBytes"/> bytes are parsed
    /// on all cores. The id table is garbage when this returns.
    /// </summary>
    public static CompactGraphBuilder? TryReadFast(string nodesPath, string edgesPath, ReaderOptions options, long parallelThresholdBytes)
    {
        if (!options.IsUtf8) return null;
        try
        {
            if (!File.Exists(nodesPath) || !File.Exists(edgesPath)) return null;
            if (TextInput.CheckSize(nodesPath, options) is not null || TextInput.CheckSize(edgesPath, options) is not null) return null;
            var builder = new CompactGraphBuilder(4, 4);
            var index = ReadNodesFast(nodesPath, options.Limits, parallelThresholdBytes, builder);
            Prof.Mark("nodes-fast");
            if (index is null) return null;
            bool ok = ReadEdgesFast(edgesPath, index, options.Limits, parallelThresholdBytes, builder);
            Prof.Mark("edges-fast");
            return ok ? builder : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // the full reader reports it
        }
    }

    /// <summary>The byte offset where the rows start (after the header line), or -1 when the header is not exactly <paramref name="expected"/>.</summary>
    private static long ReadHeader(string path, string[] expected)
    {
        long bom = SkipBom(path), bodyStart;
        using (var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None))
        {
            var buf = new byte[(int)Math.Min(f.Length, 64 << 10)];
            int n = f.ReadAtLeast(buf, buf.Length, throwOnEndOfStream: false);
            int nl = buf.AsSpan(0, n).IndexOf((byte)'\n');
            if (nl < 0) return -1;
            bodyStart = nl + 1;
        }
        var head = new HeaderLine(expected);
        return ForEachLine(path, bom, bodyStart, head) && head.Ok ? bodyStart : -1;
    }

    /// <summary>Cuts bytes [bodyStart, end of file) into ranges at line starts (one per core when the file is large) and counts the lines of each.</summary>
    private static (long[] Cuts, long[] First, long Total) Partition(string path, long bodyStart, long parallelThresholdBytes)
    {
        long length = new FileInfo(path).Length;
        int parts = Environment.ProcessorCount > 1 && length >= parallelThresholdBytes ? Math.Min(Environment.ProcessorCount, 8) : 1;
        var cuts = new long[parts + 1];
        cuts[0] = bodyStart;
        cuts[parts] = length;
        for (int k = 1; k < parts; k++) cuts[k] = Math.Max(cuts[k - 1], NextLineStart(path, bodyStart + (length - bodyStart) * k / parts, length));
        var lines = new long[parts];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, k => lines[k] = CountLines(path, cuts[k], cuts[k + 1]));
        long total = 0;
        var first = new long[parts];
        for (int k = 0; k < parts; k++) { first[k] = total; total += lines[k]; }
        return (cuts, first, total);
    }

    /// <summary>Parses each range on its own thread; false when any declines (the others stop soon after).</summary>
    private static bool ParseRanges(string path, long[] cuts, Func<int, StopFlag, RangeHandler> handler, int[] written)
    {
        int parts = cuts.Length - 1;
        var stop = new StopFlag();
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, k =>
        {
            var h = handler(k, stop);
            if (!ForEachLine(path, cuts[k], cuts[k + 1], h)) stop.Value = true;
            written[k] = h.Written;
        });
        return !stop.Value;
    }

    /// <summary>Set when a range declines, so the other ranges stop.</summary>
    private sealed class StopFlag
    {
        public volatile bool Value;
    }

    /// <summary>A handler that writes the rows of one range at consecutive positions from its first line's.</summary>
    private abstract class RangeHandler(int first, StopFlag stop) : LineHandler
    {
        protected int Next { get; private set; } = first;
        private readonly int _first = first;

        /// <summary>Rows written.</summary>
        public int Written => Next - _first;

        /// <summary>The position of the next row; false when another range has declined.</summary>
        protected bool Take(out int at)
        {
            at = Next++;
            return (at & 0xFFF) != 0 || !stop.Value;
        }
    }

    /// <summary>Moves the rows of each range down over the gaps that blank lines left; the number of rows.</summary>
    private static int CloseGaps(long[] first, int[] written, Action<int, int, int> move)
    {
        int count = written[0];
        for (int k = 1; k < written.Length; k++)
        {
            if ((int)first[k] != count) move((int)first[k], count, written[k]);
            count += written[k];
        }
        return count;
    }

    /// <summary>Gives <paramref name="onLine"/> the lines of bytes [start, end) of a file, a block of whole lines at a time; false when a line is declined or the text is not plain (a quote, invalid UTF-8).</summary>
    private static bool ForEachLine(string path, long start, long end, LineHandler onLine)
    {
        using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        f.Position = start;
        var bytes = ArrayPool<byte>.Shared.Rent(FastBlockBytes);
        try
        {
            long pos = start;
            int carry = 0; // bytes of an unfinished line kept at the front of the buffer
            while (true)
            {
                int want = (int)Math.Min(bytes.Length - carry, end - pos);
                int read = want <= 0 ? 0 : f.ReadAtLeast(bytes.AsSpan(carry, want), want, throwOnEndOfStream: false);
                pos += read;
                int have = carry + read;
                bool last = read < want || pos >= end;
                if (have == 0) return true;
                int cut = last ? have : bytes.AsSpan(0, have).LastIndexOf((byte)'\n') + 1;
                if (cut == 0)
                {
                    if (have == bytes.Length) return false; // a line longer than the block: the full reader handles it
                    carry = have;
                    continue;
                }
                var block = bytes.AsSpan(0, cut);
                // a block ends at a line break, which no multi-byte sequence contains: blocks are valid exactly when the file is
                if (block.IndexOf((byte)'"') >= 0 || !Utf8.IsValid(block)) return false;
                if (!onLine.Block(block)) return false;
                if (last) return true;
                carry = have - cut;
                bytes.AsSpan(cut, carry).CopyTo(bytes);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Receives whole lines of valid UTF-8 without quotes, a block at a time.</summary>
    private abstract class LineHandler
    {
        /// <summary>One line, without its line break; false to stop.</summary>
        protected abstract bool Line(ReadOnlySpan<byte> line);

        /// <summary>Splits a block of whole lines (the last may lack its line break only at the end of the range); false to stop.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public virtual bool Block(ReadOnlySpan<byte> text)
        {
            while (!text.IsEmpty)
            {
                if (!NextLine(ref text, out var line) || !Line(line)) return false;
            }
            return true;
        }

        /// <summary>Takes the first line of <paramref name="text"/> (line break and a final carriage return removed); false at a lone carriage return (the full reader decides what it is).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        protected static bool NextLine(ref ReadOnlySpan<byte> text, out ReadOnlySpan<byte> line)
        {
            int nl = text.IndexOf((byte)'\n');
            line = nl < 0 ? text : text[..nl];
            text = nl < 0 ? [] : text[(nl + 1)..];
            if (line.Length > 0 && line[^1] == '\r') line = line[..^1];
            return !line.Contains((byte)'\r');
        }
    }

    /// <summary>Splits a line at commas into exactly <paramref name="fields"/>.Length fields; false when the count differs.</summary>
    private static bool Split<T>(ReadOnlySpan<T> line, Span<Range> fields, T comma) where T : IEquatable<T>
    {
        int start = 0;
        for (int k = 0; k < fields.Length - 1; k++)
        {
            int c = line[start..].IndexOf(comma);
            if (c < 0) return false;
            fields[k] = new Range(start, start + c);
            start += c + 1;
        }
        if (line[start..].Contains(comma)) return false;
        fields[^1] = new Range(start, line.Length);
        return true;
    }

    /// <summary>Splits a line of bytes at commas into exactly <paramref name="fields"/>.Length fields.</summary>
    private static bool Split(ReadOnlySpan<byte> line, Span<Range> fields) => Split(line, fields, (byte)',');

    /// <summary>A blank line as <see cref="IsBlank"/> sees it: no comma, only white space.</summary>
    private static bool IsBlankLine(ReadOnlySpan<byte> line) => !line.Contains((byte)',') && TrimUtf8(line).IsEmpty;

    /// <summary>True when a line is a header naming exactly <paramref name="expected"/> (the rule of <see cref="CheckHeader"/>).</summary>
    private static bool IsHeader(ReadOnlySpan<char> line, string[] expected)
    {
        Span<Range> f = stackalloc Range[expected.Length];
        if (!Split(line, f, ',')) return false;
        for (int i = 0; i < expected.Length; i++)
        {
            var name = line[f[i]].Trim();
            if (i == 0 && name.Length > 0 && name[0] == '\uFEFF') name = name[1..];
            if (!name.Equals(expected[i], StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    /// <summary>Reads the nodes into <paramref name="builder"/>; their id index, or null when the fast path declines.</summary>
    private static Utf8IdIndex? ReadNodesFast(string path, ReaderLimits limits, long parallelThresholdBytes, CompactGraphBuilder builder)
    {
        long bodyStart = ReadHeader(path, NodesHeader);
        if (bodyStart < 0) return null;
        var (cuts, first, total) = Partition(path, bodyStart, parallelThresholdBytes);
        Prof.Mark("nodes-count");
        if (total > limits.MaxNodes + (long)cuts.Length) return null; // even after blank lines, too many: the full reader reports it
        int cap = (int)total;
        var ids = new string[cap];
        var kinds = new NodeKind[cap];
        var labels = new string[cap];
        var keys = new Utf8IdIndex.Key[cap];
        var written = new int[cuts.Length - 1];
        if (!ParseRanges(path, cuts, (k, stop) => new NodeLines(limits, ids, kinds, labels, keys, (int)first[k], stop), written)) return null;
        Prof.Mark("nodes-parse");
        int count = CloseGaps(first, written, (from, to, n) =>
        {
            Array.Copy(ids, from, ids, to, n);
            Array.Copy(kinds, from, kinds, to, n);
            Array.Copy(labels, from, labels, to, n);
            Array.Copy(keys, from, keys, to, n);
        });
        if (count > limits.MaxNodes) return null;
        // the id table, in file order (a repeated id declines: the full reader reports it)
        var index = Utf8IdIndex.TryBuild(ids, keys, count, cuts.Length > 2);
        if (index is null) return null;
        builder.AddNodesUnchecked(ids, kinds, labels, count);
        return index;
    }

    /// <summary>3 when the file starts with a UTF-8 byte-order mark, else 0.</summary>
    private static long SkipBom(string path)
    {
        Span<byte> head = stackalloc byte[3];
        using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
        return TextInput.Utf8BomLength(head[..f.ReadAtLeast(head, 3, throwOnEndOfStream: false)]);
    }

    private sealed class NodeLines(ReaderLimits limits, string[] ids, NodeKind[] kinds, string[] labels, Utf8IdIndex.Key[] keys, int first, StopFlag stop)
        : RangeHandler(first, stop)
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        protected override bool Line(ReadOnlySpan<byte> line)
        {
            if (line.Length > limits.MaxFieldLength) return false; // bytes: at least the characters, so this declines whenever the full reader would report
            Span<Range> f = stackalloc Range[3];
            if (!Split(line, f)) return IsBlankLine(line);
            var id = TrimUtf8(line[f[0]]);
            if (id.IsEmpty || !TryNodeKindUtf8(line[f[1]], out var kind)) return false;
            if (!Take(out int k)) return false;
            var label = line[f[2]];
            ids[k] = Encoding.UTF8.GetString(id);
            keys[k] = Utf8IdIndex.KeyOf(id);
            kinds[k] = kind;
            labels[k] = label.IsEmpty ? "" : Encoding.UTF8.GetString(label);
            return true;
        }
    }

    /// <summary>The offset just after the first line break at or after <paramref name="at"/> (or the end).</summary>
    private static long NextLineStart(string path, long at, long length)
    {
        using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
        f.Position = at - 1; // a cut right after a line break stays there
        var buf = new byte[64 << 10];
        long pos = at - 1;
        while (pos < length)
        {
            int n = f.Read(buf);
            if (n == 0) break;
            int nl = buf.AsSpan(0, n).IndexOf((byte)'\n');
            if (nl >= 0) return pos + nl + 1;
            pos += n;
        }
        return length;
    }

    /// <summary>Line breaks in bytes [start, end), plus one for a last line without one.</summary>
    private static long CountLines(string path, long start, long end)
    {
        using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        f.Position = start;
        var buf = ArrayPool<byte>.Shared.Rent(FastBlockBytes);
        try
        {
            long count = 0, pos = start;
            byte lastByte = (byte)'\n';
            while (pos < end)
            {
                int n = f.Read(buf, 0, (int)Math.Min(buf.Length, end - pos));
                if (n == 0) break;
                count += buf.AsSpan(0, n).Count((byte)'\n');
                lastByte = buf[n - 1];
                pos += n;
            }
            return count + (lastByte == (byte)'\n' ? 0 : 1);
        }
        finally { ArrayPool<byte>.Shared.Return(buf); }
    }

    private sealed class HeaderLine(string[] expected) : LineHandler
    {
        public bool Ok;

        protected override bool Line(ReadOnlySpan<byte> line) => Ok = IsHeader(Encoding.UTF8.GetString(line), expected);
    }
}
