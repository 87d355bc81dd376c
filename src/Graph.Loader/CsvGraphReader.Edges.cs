using System.Collections.Immutable;
using Depgraph.Core.Model;
using nietras.SeparatedValues;

namespace Depgraph.Loader;

/// <summary>Reading edges.csv: sequentially, or in parallel chunks for large files, with the same row checks.</summary>
internal static partial class CsvGraphReader
{
    private static void ReadEdges(string path, ICsvGraphSink sink, IssueCollector issues, IdIndex index, bool nodesUsable, ReaderOptions options, long parallelThresholdBytes)
    {
        if (!File.Exists(path))
        {
            issues.Error(path, 0, IssueCodes.FileNotFound, $"edges file '{path}' does not exist; give a CSV with header {string.Join(',', EdgesHeader)}.");
            return;
        }
        long length;
        try { length = new FileInfo(path).Length; }
        catch (IOException) { length = 0; }
        if (options.IsUtf8)
        {
            if (TextInput.Check(path, options) is { } problem) { issues.Add(problem); return; }
            Prof.Mark("edges-check");
            if (Environment.ProcessorCount > 1 && length >= parallelThresholdBytes && !sink.KeepsLines && ReadEdgesParallel(path, sink, issues, index, nodesUsable, options.Limits))
                return;
        }
        ReadEdgesSequential(path, sink, issues, index, nodesUsable, options);
    }

    /// <summary>One parsed edge row: the edge when <see cref="Ok"/>, and the row's issues in the order the sequential reader reports them.</summary>
    private struct EdgeRow
    {
        public int Line;
        public bool Blank;
        public bool Fatal;
        public bool Ok;
        public int Source;
        public int Target;
        public EdgeKind Kind;
        public InfoFlow Flow;
        public double Weight;
        public double Probability;
        public List<(string Code, string Message)>? Issues;
    }

    /// <summary>
    /// Parses the rows on all cores (Sep's ordered ParallelEnumerate; the id index is read-only by now) and consumes
    /// them in file order, so edges and issues come out exactly as from the sequential reader. Issues are buffered:
    /// when the file cannot be read to the end (an exception), nothing of this pass is reported and the caller reruns
    /// sequentially, which reports the failure at its exact line (edges already given to the sink do not matter
    /// then: a load with errors returns no graph). Returns false in that case.
    /// </summary>
    private static bool ReadEdgesParallel(string path, ICsvGraphSink sink, IssueCollector issues, IdIndex index, bool nodesUsable, ReaderLimits limits)
    {
        var pending = new List<(int Line, string Code, string Message)>();
        int count = 0;
        try
        {
            using var reader = Open(path);
            if (!reader.MoveNext())
            {
                issues.Error(path, 1, IssueCodes.BadHeader, $"the file is empty; it must start with the header '{string.Join(',', EdgesHeader)}'.");
                return true;
            }
            if (RowProblem(reader.Current, limits) is not null) return false;
            if (reader.Current.ColCount != EdgesHeader.Length) return false; // range columns or a bad header: the sequential pass reads and reports them
            if (!CheckHeader(reader.Current, EdgesHeader, path, issues)) return true;
            foreach (var r in reader.ParallelEnumerate(row => ParseEdgeRow(row, index, nodesUsable, limits)))
            {
                if (r.Fatal) return false; // the sequential pass reports it at its line
                if (r.Blank) continue;
                if (r.Issues is { } list) foreach (var (code, message) in list) pending.Add((r.Line, code, message));
                if (r.Ok)
                {
                    if (++count > limits.MaxEdges) return false;
                    sink.AddEdge(r.Source, r.Target, r.Kind, r.Flow, r.Weight, r.Probability, r.Line);
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return false;
        }
        // Sep 0.17's ParallelEnumerate can number a row wrongly (the last row of a file without a final line break
        // came back as line 2, found by the fuzz tests): a file with any issue is read again sequentially, which
        // numbers every row exactly. Clean files, the common large case, keep the parallel speed.
        return pending.Count == 0;
    }

    private static EdgeRow ParseEdgeRow(SepReader.Row row, IdIndex index, bool nodesUsable, ReaderLimits limits)
    {
        var r = new EdgeRow { Line = row.LineNumberFrom };
        if (RowProblem(row, limits) is { } problem)
        {
            r.Fatal = problem.Fatal;
            (r.Issues = []).Add((problem.Code, problem.Message));
            return r;
        }
        if (IsBlank(row)) { r.Blank = true; return r; }
        if (row.ColCount != 5)
        {
            (r.Issues = []).Add((IssueCodes.BadRow, $"expected 5 fields (source,target,type,weight,probability), found {row.ColCount}."));
            return r;
        }
        bool ok2 = true;
        var src = row[0].Span.Trim();
        var dst = row[1].Span.Trim();
        int s = -1, t = -1;
        if (src.IsEmpty || dst.IsEmpty)
        {
            (r.Issues ??= []).Add((IssueCodes.BadRow, $"empty {(src.IsEmpty ? "source" : "target")}; every edge needs a source and a target id."));
            ok2 = false;
        }
        else
        {
            if ((s = index.Find(src)) < 0 && nodesUsable)
                (r.Issues ??= []).Add((IssueCodes.DanglingReference, $"source '{Tokens.Show(src)}' is not a node in the nodes file; add it there or fix the id."));
            if ((t = index.Find(dst)) < 0 && nodesUsable)
                (r.Issues ??= []).Add((IssueCodes.DanglingReference, $"target '{Tokens.Show(dst)}' is not a node in the nodes file; add it there or fix the id."));
            if (s < 0 || t < 0) ok2 = false;
            if (src.SequenceEqual(dst))
            {
                (r.Issues ??= []).Add((IssueCodes.SelfLoop, $"edge from '{Tokens.Show(src)}' to itself; remove it."));
                ok2 = false;
            }
        }
        var typeSpan = row[2].Span;
        if (!Tokens.TryEdgeType(typeSpan, out var kind, out var flow))
        {
            if (typeSpan.Trim().IsEmpty) (r.Issues ??= []).Add((IssueCodes.BadRow, $"empty type; use one of: {Tokens.EdgeKindList}."));
            else (r.Issues ??= []).Add((IssueCodes.UnknownType, $"unknown edge type '{Tokens.Show(typeSpan)}'; use one of: {Tokens.EdgeKindList}."));
            ok2 = false;
        }
        double weight = 1, probability = 1;
        var w = row[3].Span.Trim();
        if (!w.IsEmpty && !(Tokens.TryNumber(w, out weight) && Tokens.IsWeight(weight)))
        {
            (r.Issues ??= []).Add((IssueCodes.BadWeight, $"weight '{Tokens.Show(w)}' is not a non-negative number of hours (at most {ReaderLimits.MaxHours:0e0})."));
            ok2 = false;
        }
        var p = row[4].Span.Trim();
        if (!p.IsEmpty && !(Tokens.TryNumber(p, out probability) && Tokens.IsProbability(probability)))
        {
            (r.Issues ??= []).Add((IssueCodes.BadProbability, $"probability '{Tokens.Show(p)}' is not a number in [0, 1]."));
            ok2 = false;
        }
        r.Ok = ok2;
        r.Source = s; r.Target = t; r.Kind = kind; r.Flow = flow; r.Weight = weight; r.Probability = probability;
        return r;
    }

    private static void ReadEdgesSequential(string path, ICsvGraphSink sink, IssueCollector issues, IdIndex index, bool nodesUsable, ReaderOptions options)
    {
        int line = 0, count = 0;
        bool header = false, ok0 = true;
        string lastSource = "";
        var ranges = Ranges.ParameterRanges.None;
        int lastSourceIndex = -1; // edge lists are often grouped by source: skip the lookup for a repeated source
        try
        {
            using var reader = options.IsUtf8 ? Open(path) : TryOpen(path, options, issues);
            if (reader is null) return;
            foreach (var row in reader)
            {
                line = header ? row.LineNumberFrom : 1; // Sep can misnumber the first row of a header-less read
                if (RowProblem(row, options.Limits) is { } problem)
                {
                    issues.Error(path, line, problem.Code, problem.Message);
                    ok0 = false;
                    if (problem.Fatal) break;
                    continue;
                }
                if (!header)
                {
                    header = true;
                    if (row.ColCount == EdgesHeader.Length ? !CheckHeader(row, EdgesHeader, path, issues)
                        : !Ranges.ParameterRanges.CheckHeader(row, EdgesHeader, path, issues, out ranges)) return;
                    continue;
                }
                if (IsBlank(row)) continue;
                if (row.ColCount != EdgesHeader.Length + ranges.Count)
                {
                    issues.Error(path, line, IssueCodes.BadRow, ranges.Count == 0
                        ? $"expected 5 fields (source,target,type,weight,probability), found {row.ColCount}."
                        : $"expected {EdgesHeader.Length + ranges.Count} fields (as in the header), found {row.ColCount}.");
                    continue;
                }
                bool ok = true;
                var src = row[0].Span.Trim();
                var dst = row[1].Span.Trim();
                int s = -1, t = -1;
                if (src.IsEmpty || dst.IsEmpty)
                {
                    issues.Error(path, line, IssueCodes.BadRow, $"empty {(src.IsEmpty ? "source" : "target")}; every edge needs a source and a target id.");
                    ok = false;
                }
                else
                {
                    s = lastSourceIndex >= 0 && src.SequenceEqual(lastSource) ? lastSourceIndex : index.Find(src);
                    if (s >= 0 && s != lastSourceIndex) (lastSource, lastSourceIndex) = (index.IdAt(s), s);
                    if (s < 0)
                    {
                        if (nodesUsable)
                            issues.Error(path, line, IssueCodes.DanglingReference, $"source '{Tokens.Show(src)}' is not a node in the nodes file; add it there or fix the id.");
                    }
                    if ((t = index.Find(dst)) < 0)
                    {
                        if (nodesUsable)
                            issues.Error(path, line, IssueCodes.DanglingReference, $"target '{Tokens.Show(dst)}' is not a node in the nodes file; add it there or fix the id.");
                    }
                    if (s < 0 || t < 0) ok = false;
                    if (src.SequenceEqual(dst))
                    {
                        issues.Error(path, line, IssueCodes.SelfLoop, $"edge from '{Tokens.Show(src)}' to itself; remove it.");
                        ok = false;
                    }
                }
                var typeSpan = row[2].Span;
                if (!Tokens.TryEdgeType(typeSpan, out var kind, out var flow))
                {
                    if (typeSpan.Trim().IsEmpty) issues.Error(path, line, IssueCodes.BadRow, $"empty type; use one of: {Tokens.EdgeKindList}.");
                    else issues.Error(path, line, IssueCodes.UnknownType, $"unknown edge type '{Tokens.Show(typeSpan)}'; use one of: {Tokens.EdgeKindList}.");
                    ok = false;
                }
                double weight = 1, probability = 1;
                var w = row[3].Span.Trim();
                if (!w.IsEmpty && !(Tokens.TryNumber(w, out weight) && Tokens.IsWeight(weight)))
                {
                    issues.Error(path, line, IssueCodes.BadWeight, $"weight '{Tokens.Show(w)}' is not a non-negative number of hours (at most {ReaderLimits.MaxHours:0e0}).");
                    ok = false;
                }
                var p = row[4].Span.Trim();
                if (!p.IsEmpty && !(Tokens.TryNumber(p, out probability) && Tokens.IsProbability(probability)))
                {
                    issues.Error(path, line, IssueCodes.BadProbability, $"probability '{Tokens.Show(p)}' is not a number in [0, 1].");
                    ok = false;
                }
                ImmutableSortedDictionary<string, string>.Builder? attributes = null;
                if (ranges.Count > 0 && ok)
                {
                    attributes = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
                    ok = ranges.ReadRow(row, path, line, issues, probability, weight, strength: 1, attributes);
                }
                if (ok && ++count > options.Limits.MaxEdges)
                {
                    issues.Error(path, line, IssueCodes.Limit, options.Limits.Exceeded("max-edges", "the file has too many edges"));
                    return;
                }
                if (ok) sink.AddEdge(s, t, kind, flow, weight, probability, line, attributes is { Count: > 0 } a ? a.ToImmutable() : null);
            }
            if (!header && ok0)
                issues.Error(path, 1, IssueCodes.BadHeader, $"the file is empty; it must start with the header '{string.Join(',', EdgesHeader)}'.");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            issues.Error(path, line, ex is IOException or UnauthorizedAccessException ? IssueCodes.FileNotFound : IssueCodes.Syntax,
                $"cannot read the file after line {line}: {ex.Message}");
        }
    }
}
