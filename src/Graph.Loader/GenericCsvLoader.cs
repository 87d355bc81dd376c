using System.Collections.Immutable;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Loader;

/// <summary>
/// Reads a generic graph from a pair of CSV files: <c>nodes.csv</c> with header <c>id,kind,label</c> and
/// <c>edges.csv</c> with header <c>source,target,type,weight,probability</c>.
/// </summary>
/// <remarks>
/// <para>Format (RFC 4180 quoting, strict UTF-8 with or without BOM unless <see cref="ReaderOptions.Encoding"/> says
/// otherwise, LF or CRLF, blank lines ignored; a field may not hold a line break, and an unclosed or stray quote is an
/// error — it would otherwise swallow the rows after it):</para>
/// <list type="bullet">
/// <item><c>kind</c>: a node-kind token (<c>government</c> … <c>resource</c>), case-insensitive;</item>
/// <item><c>type</c>: an edge-kind token (<c>shares_with</c> … <c>supplies</c>), or <c>shares_with:provide</c> /
/// <c>shares_with:report</c> to record the flow;</item>
/// <item><c>weight</c>: delay in hours, a finite number in [0, <see cref="ReaderLimits.MaxHours"/>], empty ⇒ 1; <c>probability</c>: in [0, 1], empty ⇒ 1.</item>
/// </list>
/// <para>Ids are trimmed of surrounding spaces; labels are kept as written. Every problem is reported
/// (<c>bad-header</c>, <c>bad-row</c>, <c>duplicate-id</c>, <c>unknown-kind</c>, <c>unknown-type</c>,
/// <c>dangling-reference</c>, <c>self-loop</c>, <c>bad-weight</c>, <c>bad-probability</c>,
/// <c>file-not-found</c>, <c>syntax</c>) with the file and the 1-based line where the row starts, up to
/// <see cref="MaxIssues"/> issues; a closing <c>too-many-issues</c> issue says how many more there were.
/// Both entry points share one reader, so they report the same issues and build the same graph.</para>
/// </remarks>
public static class GenericCsvLoader
{
    /// <summary>The most issues a load lists (further ones are counted in a closing <c>too-many-issues</c> issue).</summary>
    public const int MaxIssues = 1000;

    /// <summary>
    /// Loads the pair as a <see cref="GraphDataset"/> (one <see cref="Node"/> and <see cref="Edge"/> object each, with
    /// <see cref="Provenance.None"/>, <see cref="Node.NameJa"/> = label, file and line kept). Never throws on bad input.
    /// </summary>
    /// <param name="nodesPath">Path of nodes.csv.</param>
    /// <param name="edgesPath">Path of edges.csv.</param>
    /// <param name="options">Limits and encoding; null for strict UTF-8 and <see cref="ReaderLimits.Default"/>.</param>
    /// <returns>The dataset (named after the folder of the nodes file), or every issue found.</returns>
    /// <exception cref="ArgumentException">A path is null or empty.</exception>
    public static LoadResult<GraphDataset> LoadDataset(string nodesPath, string edgesPath, ReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(nodesPath);
        ArgumentException.ThrowIfNullOrEmpty(edgesPath);
        var issues = new IssueCollector(MaxIssues);
        var sink = new DatasetSink(nodesPath, edgesPath);
        CsvGraphReader.Read(nodesPath, edgesPath, sink, issues, options ?? ReaderOptions.Default);
        var dataset = issues.HasErrors ? null
            : new GraphDataset(DatasetName(nodesPath), sink.Nodes.ToImmutable(), sink.Edges.ToImmutable());
        return new LoadResult<GraphDataset>(dataset, issues.ToList());
    }

    /// <summary>
    /// Loads the pair straight into a <see cref="CompactGraph"/>: the fast path for millions of edges. Streams
    /// both files once, parses fields as spans, interns each id once and creates no per-edge objects. A clean UTF-8 pair
    /// (no quotes, every row valid: the common large case) takes a fast path that reads blocks of bytes, parses an
    /// edges file of 8 MB or more on all cores straight into the graph's column arrays (in file order, so the graph is
    /// the same for any number of cores) and hands them to the graph without a copy; anything else is read by the full
    /// reader (Sep; rows in parallel for a large file, consumed in file order), which reports every issue.
    /// Same validation and issues as <see cref="LoadDataset"/>, and the same graph as
    /// <c>LoadDataset(...).Value.ToCompactGraph()</c>. Never throws on bad input.
    /// </summary>
    /// <param name="nodesPath">Path of nodes.csv.</param>
    /// <param name="edgesPath">Path of edges.csv.</param>
    /// <param name="options">Limits and encoding; null for strict UTF-8 and <see cref="ReaderLimits.Default"/>.</param>
    /// <returns>The compact graph (layer <c>all</c>), or every issue found.</returns>
    /// <exception cref="ArgumentException">A path is null or empty.</exception>
    public static LoadResult<CompactGraph> LoadCompact(string nodesPath, string edgesPath, ReaderOptions? options = null) =>
        LoadCompactWithThreshold(nodesPath, edgesPath, CsvGraphReader.ParallelThresholdBytes, options);

    /// <summary><see cref="LoadCompact(string, string, ReaderOptions?)"/> with the size from which the edges file is parsed on all cores (tests force either path).</summary>
    internal static LoadResult<CompactGraph> LoadCompactWithThreshold(string nodesPath, string edgesPath, long parallelThresholdBytes, ReaderOptions? options = null, bool fastPath = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(nodesPath);
        ArgumentException.ThrowIfNullOrEmpty(edgesPath);
        options ??= ReaderOptions.Default;
        var issues = new IssueCollector(MaxIssues);
        Prof.Mark("start");
        var graph = fastPath ? LoadFast(nodesPath, edgesPath, options, parallelThresholdBytes) : null;
        if (graph is null)
        {
            var sink = new CompactSink(SizeHint(nodesPath, 20), SizeHint(edgesPath, 24));
            CsvGraphReader.Read(nodesPath, edgesPath, sink, issues, options, parallelThresholdBytes);
            Prof.Mark("read");
            graph = issues.HasErrors ? null : sink.Builder.Build("all");
        }
        Prof.Mark("build");
        // the parse buffers, the id table and the builder's arrays are garbage now: on a large graph, return them to
        // the system before the analysis allocates (peak memory at 1M nodes / 5M edges)
        if (graph is not null && graph.EdgeCount >= LargeGraphEdges)
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Prof.Mark("gc");
        return new LoadResult<CompactGraph>(graph, issues.ToList());
    }

    // A method of its own, so that nothing of the fast read (id table, builder) stays referenced from the caller's frame.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static CompactGraph? LoadFast(string nodesPath, string edgesPath, ReaderOptions options, long parallelThresholdBytes) =>
        CsvGraphReader.TryReadFast(nodesPath, edgesPath, options, parallelThresholdBytes)?.Build("all");

    /// <summary>Edges from which a load is followed by a full, compacting garbage collection.</summary>
    private const int LargeGraphEdges = 1 << 20;

    private static string DatasetName(string nodesPath)
    {
        var dir = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(nodesPath)));
        return string.IsNullOrEmpty(dir) ? Path.GetFileNameWithoutExtension(nodesPath) : dir;
    }

    // Rows to expect: the file length over the mean row length of its first 64 KB, plus 10 % (only a starting
    // capacity; the builder grows when it is exceeded). Avoids allocating the edge arrays half as large again as needed.
    private static int SizeHint(string path, int bytesPerRow)
    {
        try
        {
            if (!File.Exists(path)) return 16;
            using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
            long length = f.Length;
            var buf = new byte[(int)Math.Min(length, 1 << 16)];
            int read = f.ReadAtLeast(buf, buf.Length, throwOnEndOfStream: false);
            int lines = buf.AsSpan(0, read).Count((byte)'\n');
            double perRow = lines >= 8 ? (double)read / lines : bytesPerRow;
            return (int)Math.Min(length / perRow * 1.1 + 16, 1 << 26);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return 16; }
    }

    private sealed class DatasetSink(string nodesPath, string edgesPath) : ICsvGraphSink
    {
        public ImmutableArray<Node>.Builder Nodes { get; } = ImmutableArray.CreateBuilder<Node>();
        public ImmutableArray<Edge>.Builder Edges { get; } = ImmutableArray.CreateBuilder<Edge>();

        public void AddNode(string id, NodeKind kind, string label, int line) =>
            Nodes.Add(new Node(id, kind, label, "", Provenance.None, line: line, file: nodesPath));

        public void AddEdge(int source, int target, EdgeKind kind, InfoFlow flow, double weight, double probability, int line) =>
            AddEdge(source, target, kind, flow, weight, probability, line, null);

        public void AddEdge(int source, int target, EdgeKind kind, InfoFlow flow, double weight, double probability, int line,
            ImmutableSortedDictionary<string, string>? attributes) =>
            Edges.Add(new Edge(Nodes[source].Id, Nodes[target].Id, kind, Provenance.None, weight, probability, 1, flow,
                attributes: attributes, line: line, file: edgesPath));

        public bool KeepsLines => true;
    }

    private sealed class CompactSink(int nodeHint, int edgeHint) : ICsvGraphSink
    {
        public CompactGraphBuilder Builder { get; } = new(nodeHint, edgeHint);

        public void AddNode(string id, NodeKind kind, string label, int line) => Builder.AddNode(id, kind, label);

        public void AddEdge(int source, int target, EdgeKind kind, InfoFlow flow, double weight, double probability, int line) =>
            Builder.AddEdge(source, target, kind, weight, probability, 1, flow);

        public bool KeepsLines => false;
    }
}
