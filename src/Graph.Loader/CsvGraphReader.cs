using Depgraph.Core.Model;
using nietras.SeparatedValues;

namespace Depgraph.Loader;

/// <summary>Receives the valid rows of a generic nodes.csv / edges.csv pair.</summary>
internal interface ICsvGraphSink
{
    /// <summary>A node; its index is the number of nodes added before it.</summary>
    void AddNode(string id, NodeKind kind, string label, int line);

    /// <summary>An edge between node indices.</summary>
    void AddEdge(int source, int target, EdgeKind kind, InfoFlow flow, double weight, double probability, int line);

    /// <summary>An edge with attributes (the optional range columns, see <see cref="Ranges.ParameterRanges"/>); sinks that keep no attributes ignore them.</summary>
    void AddEdge(int source, int target, EdgeKind kind, InfoFlow flow, double weight, double probability, int line,
        System.Collections.Immutable.ImmutableSortedDictionary<string, string>? attributes) => AddEdge(source, target, kind, flow, weight, probability, line);

    /// <summary>True when the sink keeps line numbers: the edges are then read sequentially (Sep's parallel rows can carry a wrong line number).</summary>
    bool KeepsLines { get; }
}

/// <summary>
/// The one streaming reader behind both <see cref="GenericCsvLoader"/> entry points, so the dataset form and
/// the compact form validate identically (same codes, same lines). Reads with Sep; parses spans; looks ids
/// up by span in an <see cref="IdIndex"/> (no string per edge endpoint).
/// </summary>
internal static partial class CsvGraphReader
{
    public static readonly string[] NodesHeader = ["id", "kind", "label"];
    public static readonly string[] EdgesHeader = ["source", "target", "type", "weight", "probability"];

    /// <summary>Opens a CSV file for reading with Sep: comma-separated, quotes unescaped, no header handling.</summary>
    public static SepReader Open(string path) => Spec.FromFile(path);

    private static SepReaderOptions Spec => Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true });

    /// <summary>
    /// Opens a CSV file after checking its size and encoding (<see cref="TextInput"/>); null, with the issue reported,
    /// when it cannot be read. UTF-8 files are streamed from disk; other encodings are decoded strictly first.
    /// </summary>
    public static SepReader? TryOpen(string path, ReaderOptions options, IssueCollector issues)
    {
        if (options.IsUtf8)
        {
            if (TextInput.Check(path, options) is { } issue) { issues.Add(issue); return null; }
            return Spec.FromFile(path);
        }
        if (TextInput.ReadAll(path, options, out var problem) is { } text) return Spec.FromText(text);
        issues.Add(problem!);
        return null;
    }

    /// <summary>A problem with a raw row: where reading cannot go on (<see cref="Fatal"/>) or the row is skipped.</summary>
    internal readonly record struct RowIssue(string Code, string Message, bool Fatal);

    /// <summary>
    /// Checks a row before any column is read (Sep unescapes in place, so this must come first): RFC 4180 quoting
    /// (a quote opens a field and closes it; inner quotes doubled; a quote inside an unquoted field or an unclosed quote
    /// is an error), no field spanning lines (none of id, kind, label, type or number may hold a line break; a quote
    /// left open would otherwise swallow the rows after it), and the field-length limit.
    /// </summary>
    internal static RowIssue? RowProblem(SepReader.Row row, ReaderLimits limits)
    {
        var raw = row.Span;
        if (raw.Length > limits.MaxFieldLength)
        {
            int longest = 0;
            foreach (var f in new SepRowFields(raw)) longest = Math.Max(longest, f);
            if (longest > limits.MaxFieldLength)
                return new RowIssue(IssueCodes.Limit, limits.Exceeded("max-field-length", $"a field is {longest:N0} characters long"), false);
        }
        if (raw.IndexOf('"') < 0) return null;
        int i = 0;
        while (true)
        {
            int fieldStart = i;
            if (i < raw.Length && raw[i] == '"')
            {
                i++;
                while (true)
                {
                    int q = raw[i..].IndexOf('"');
                    if (q < 0)
                        return new RowIssue(IssueCodes.Syntax, "a quoted field is never closed: the file ends inside it (truncated, or a stray '\"'); close the quote or remove it.", true);
                    i += q + 1;
                    if (i < raw.Length && raw[i] == '"') { i++; continue; }
                    break;
                }
                if (raw[fieldStart..i].ContainsAny('\n', '\r'))
                {
                    var field = raw[fieldStart..i];
                    int lines = 1 + field.Count('\n') + field.Count('\r') - field.Count("\r\n");
                    return new RowIssue(IssueCodes.BadRow,
                        $"a quoted field runs over {lines} lines; fields cannot hold line breaks here — is a closing '\"' missing?", false);
                }
                if (i < raw.Length && raw[i] != ',')
                    return new RowIssue(IssueCodes.BadRow, "text after the closing quote of a field; a field is either all quoted (\"a \"\"b\"\"\") or has no quotes.", false);
            }
            else
            {
                int end = raw[i..].IndexOf(',');
                var field = end < 0 ? raw[i..] : raw[i..(i + end)];
                if (field.IndexOf('"') >= 0)
                    return new RowIssue(IssueCodes.BadRow, $"a quote inside an unquoted field ('{Tokens.Show(field)}'); quote the whole field and double the inner quotes.", false);
                i = end < 0 ? raw.Length : i + end;
            }
            if (i >= raw.Length) return null;
            i++; // the comma
        }
    }

    /// <summary>Lengths of the raw comma-separated pieces of a row (an upper bound of each field's length).</summary>
    private ref struct SepRowFields(ReadOnlySpan<char> raw)
    {
        private ReadOnlySpan<char> _rest = raw;
        private bool _done;
        public int Current { get; private set; }
        public readonly SepRowFields GetEnumerator() => this;
        public bool MoveNext()
        {
            if (_done) return false;
            int c = _rest.IndexOf(',');
            if (c < 0) { Current = _rest.Length; _done = true; return true; }
            Current = c;
            _rest = _rest[(c + 1)..];
            return true;
        }
    }

    /// <summary>True for a row that is a blank line.</summary>
    public static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row[0].Span.Trim().IsEmpty;

    /// <summary>Checks the header row (always line 1: Sep numbers the first row of a header-less read from 2); reports <c>bad-header</c> and returns false when it is not exactly <paramref name="expected"/>.</summary>
    public static bool CheckHeader(SepReader.Row row, string[] expected, string file, IssueCollector issues)
    {
        bool ok = row.ColCount == expected.Length;
        for (int i = 0; ok && i < expected.Length; i++)
        {
            var name = row[i].Span.Trim();
            if (i == 0 && name.Length > 0 && name[0] == '\uFEFF') name = name[1..];
            ok = name.Equals(expected[i], StringComparison.OrdinalIgnoreCase);
        }
        if (!ok)
            issues.Error(file, 1, IssueCodes.BadHeader,
                $"the header is '{Tokens.Show(row.Span)}'; it must be exactly '{string.Join(',', expected)}'.");
        return ok;
    }

    /// <summary>Edges files at least this large are parsed on all cores by default (rows in parallel, consumed in order).</summary>
    public const long ParallelThresholdBytes = 8 << 20;

    /// <summary>Reads both files into <paramref name="sink"/>; an edges file of at least <paramref name="parallelThresholdBytes"/> bytes is parsed on all cores.</summary>
    public static void Read(string nodesPath, string edgesPath, ICsvGraphSink sink, IssueCollector issues, ReaderOptions options, long parallelThresholdBytes = ParallelThresholdBytes)
    {
        var index = new IdIndex();
        bool nodesUsable = ReadNodes(nodesPath, sink, issues, index, options);
        Prof.Mark("nodes");
        ReadEdges(edgesPath, sink, issues, index, nodesUsable, options, parallelThresholdBytes);
    }

    private static bool ReadNodes(string path, ICsvGraphSink sink, IssueCollector issues, IdIndex index, ReaderOptions options)
    {
        if (!File.Exists(path))
        {
            issues.Error(path, 0, IssueCodes.FileNotFound, $"nodes file '{path}' does not exist; give a CSV with header {string.Join(',', NodesHeader)}.");
            return false;
        }
        int line = 0, count = 0;
        bool header = false, ok = true;
        try
        {
            using var reader = TryOpen(path, options, issues);
            if (reader is null) return false;
            foreach (var row in reader)
            {
                line = header ? row.LineNumberFrom : 1; // Sep can misnumber the first row of a header-less read
                if (RowProblem(row, options.Limits) is { } problem)
                {
                    issues.Error(path, line, problem.Code, problem.Message);
                    ok = false;
                    if (problem.Fatal) break;
                    continue;
                }
                if (!header)
                {
                    header = true;
                    if (!CheckHeader(row, NodesHeader, path, issues)) return false;
                    continue;
                }
                if (IsBlank(row)) continue;
                if (row.ColCount != 3)
                {
                    issues.Error(path, line, IssueCodes.BadRow, $"expected 3 fields (id,kind,label), found {row.ColCount}; quote a label that contains a comma.");
                    continue;
                }
                var id = row[0].Span.Trim();
                var kindSpan = row[1].Span;
                if (id.IsEmpty) { issues.Error(path, line, IssueCodes.BadRow, "empty id; every node needs an id."); continue; }
                if (index.Find(id) is var existing and >= 0)
                {
                    issues.Error(path, line, IssueCodes.DuplicateId, $"node id '{Tokens.Show(id)}' is already defined on line {index.LineOf(existing)}; ids must be unique.");
                    continue;
                }
                if (!Tokens.TryNodeKind(kindSpan, out var kind))
                {
                    if (kindSpan.Trim().IsEmpty) issues.Error(path, line, IssueCodes.BadRow, $"empty kind for node '{Tokens.Show(id)}'; use one of: {Tokens.NodeKindList}.");
                    else issues.Error(path, line, IssueCodes.UnknownKind, $"unknown node kind '{Tokens.Show(kindSpan)}' for node '{Tokens.Show(id)}'; use one of: {Tokens.NodeKindList}.");
                    kind = NodeKind.Member; // keep the id so edges to it are not reported as dangling too
                }
                var label = row[2].Span;
                if (++count > options.Limits.MaxNodes)
                {
                    issues.Error(path, line, IssueCodes.Limit, options.Limits.Exceeded("max-nodes", "the file has too many nodes"));
                    return false;
                }
                string idString = id.ToString();
                index.Add(idString, line);
                sink.AddNode(idString, kind, label.IsEmpty ? "" : label.ToString(), line);
            }
            if (!header)
            {
                if (ok) issues.Error(path, 1, IssueCodes.BadHeader, $"the file is empty; it must start with the header '{string.Join(',', NodesHeader)}'.");
                return false;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            issues.Error(path, line, ex is IOException or UnauthorizedAccessException ? IssueCodes.FileNotFound : IssueCodes.Syntax,
                $"cannot read the file after line {line}: {ex.Message}");
            return false;
        }
        return ok;
    }
}
