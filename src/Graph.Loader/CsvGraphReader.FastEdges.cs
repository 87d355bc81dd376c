using System.Runtime.CompilerServices;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Loader;

/// <summary>The edges file of the fast path (<c>CsvGraphReader.Fast.cs</c>): rows parsed on all cores, ids looked up a batch at a time.</summary>
internal static partial class CsvGraphReader
{
    /// <summary>Reads the edges into <paramref name="builder"/>; false when the fast path declines.</summary>
    private static bool ReadEdgesFast(string path, Utf8IdIndex index, ReaderLimits limits, long parallelThresholdBytes, CompactGraphBuilder builder)
    {
        long bodyStart = ReadHeader(path, EdgesHeader);
        if (bodyStart < 0) return false;
        var (cuts, first, total) = Partition(path, bodyStart, parallelThresholdBytes);
        Prof.Mark("edges-count");
        if (total > limits.MaxEdges + (long)cuts.Length) return false;
        int cap = (int)total;
        var src = new int[cap];
        var dst = new int[cap];
        var kinds = new EdgeKind[cap];
        var flows = new InfoFlow[cap];
        var weights = new double[cap];
        var probabilities = new double[cap];
        var written = new int[cuts.Length - 1];
        if (!ParseRanges(path, cuts, (k, stop) => new EdgeLines(index, limits, src, dst, kinds, flows, weights, probabilities, (int)first[k], stop), written))
            return false;
        int count = CloseGaps(first, written, (from, to, n) =>
        {
            Array.Copy(src, from, src, to, n);
            Array.Copy(dst, from, dst, to, n);
            Array.Copy(kinds, from, kinds, to, n);
            Array.Copy(flows, from, flows, to, n);
            Array.Copy(weights, from, weights, to, n);
            Array.Copy(probabilities, from, probabilities, to, n);
        });
        if (count > limits.MaxEdges) return false;
        builder.AddEdgesUnchecked(src, dst, kinds, flows, weights, probabilities, count);
        return true;
    }

    /// <summary>
    /// The rows of one range of the edges file, a batch at a time: each row is split and checked and its two ids'
    /// keys computed, then the table slots of the whole batch are touched at once (their cache misses overlap), then
    /// the ids are looked up and the rows written.
    /// </summary>
    private sealed class EdgeLines(Utf8IdIndex index, ReaderLimits limits, int[] src, int[] dst, EdgeKind[] kinds, InfoFlow[] flows,
        double[] weights, double[] probabilities, int first, StopFlag stop) : RangeHandler(first, stop)
    {
        private const int Batch = 128;

        private struct Row
        {
            public int SourceStart, SourceLength, TargetStart, TargetLength;
            public Utf8IdIndex.Key Source, Target;
            public EdgeKind Kind;
            public InfoFlow Flow;
            public double Weight, Probability;
        }

        private readonly Row[] _rows = new Row[Batch];

        /// <summary>Sums the values the touches read, so that they are not left out.</summary>
        public int Touched { get; private set; }

        protected override bool Line(ReadOnlySpan<byte> line) => throw new NotSupportedException("rows are read a batch at a time");

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool Block(ReadOnlySpan<byte> text)
        {
            var rows = _rows.AsSpan();
            int offset = 0; // of the rest of the block
            var rest = text;
            while (!rest.IsEmpty)
            {
                int count = 0;
                while (count < rows.Length && !rest.IsEmpty)
                {
                    int lineStart = offset;
                    int before = rest.Length;
                    if (!NextLine(ref rest, out var line)) return false;
                    offset += before - rest.Length;
                    if (!Parse(line, lineStart, ref rows[count], out bool blank)) return false;
                    if (!blank) count++;
                }
                int touched = 0;
                foreach (ref readonly Row r in rows[..count]) touched += index.Touch(r.Source.Hash) + index.Touch(r.Target.Hash);
                Touched += touched;
                foreach (ref readonly Row r in rows[..count])
                {
                    int s = index.Find(text.Slice(r.SourceStart, r.SourceLength), r.Source);
                    if (s < 0) return false;
                    int t = index.Find(text.Slice(r.TargetStart, r.TargetLength), r.Target);
                    if (t < 0 || !Take(out int e)) return false;
                    src[e] = s;
                    dst[e] = t;
                    kinds[e] = r.Kind;
                    flows[e] = r.Flow;
                    weights[e] = r.Weight;
                    probabilities[e] = r.Probability;
                }
            }
            return true;
        }

        /// <summary>Splits and checks one line starting at <paramref name="lineStart"/> of the block; false when declined.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool Parse(ReadOnlySpan<byte> line, int lineStart, ref Row row, out bool blank)
        {
            blank = false;
            if (line.Length > limits.MaxFieldLength) return false;
            Span<Range> f = stackalloc Range[5];
            if (!Split(line, f)) return blank = IsBlankLine(line);
            var a = TrimUtf8(line[f[0]]);
            var b = TrimUtf8(line[f[1]]);
            if (a.IsEmpty || b.IsEmpty || a.SequenceEqual(b)) return false;
            if (!TryEdgeTypeUtf8(line[f[2]], out row.Kind, out row.Flow)) return false;
            row.Weight = 1;
            row.Probability = 1;
            var w = TrimUtf8(line[f[3]]);
            if (!w.IsEmpty && !(TryNumberUtf8(w, out row.Weight) && Tokens.IsWeight(row.Weight))) return false;
            var p = TrimUtf8(line[f[4]]);
            if (!p.IsEmpty && !(TryNumberUtf8(p, out row.Probability) && Tokens.IsProbability(row.Probability))) return false;
            row.SourceStart = lineStart + Offset(line, a);
            row.SourceLength = a.Length;
            row.TargetStart = lineStart + Offset(line, b);
            row.TargetLength = b.Length;
            row.Source = Utf8IdIndex.KeyOf(a);
            row.Target = Utf8IdIndex.KeyOf(b);
            return true;
        }

        // where a slice of the line starts in it
        private static int Offset(ReadOnlySpan<byte> line, ReadOnlySpan<byte> part) => line.Overlaps(part, out int at) ? at : 0;
    }
}
