using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Depgraph.Analysis")]
[assembly: InternalsVisibleTo("Depgraph.Analysis.Tests")]
[assembly: InternalsVisibleTo("Depgraph.Core.Tests")]
[assembly: InternalsVisibleTo("Graph.BenchRunner")]

namespace Depgraph.Core.Compact;

/// <summary>
/// A private, cache-friendly numbering of a <see cref="CompactGraph"/>'s vertices with its own copy of the forward and
/// reverse adjacency, for the algorithms whose answers do not depend on vertex numbers (hop counts, arrival times,
/// articulation points and bridges, the dominator tree). They run on this copy and map their results back, so every
/// public index, edge id and output stays exactly as on the graph.
/// </summary>
/// <remarks>
/// <para><b>Order.</b> Breadth-first order of the undirected view (out-edges, then in-edges, each in edge-id order),
/// started at the vertex of largest total degree (the smallest index among equals), then from every vertex not yet
/// numbered in ascending index order: a hub-first Cuthill–McKee order without the degree sort (E. Cuthill and
/// J. McKee, "Reducing the bandwidth of sparse symmetric matrices", ACM '69, doi:10.1145/800195.805928). Neighbours
/// get nearby numbers, so a search reads its per-vertex arrays almost in order instead of at random: on a graph of a
/// million vertices whose input order is random, every neighbour read is otherwise a cache miss.</para>
/// <para><b>Memory layout.</b> <c>NewOf</c> and <c>OldOf</c> (the permutation and its inverse, n each); forward CSR
/// <c>OutOffsets</c> (n+1), <c>OutTargets</c> (m, new numbers) and <c>OutEdges</c> (m, the graph's edge id of each arc,
/// so arcs of one vertex keep their edge-id order); reverse CSR <c>InOffsets</c> (n+1) and <c>InSources</c> (m, new
/// numbers, in the graph's in-edge order); the arc weights (m doubles) only when first asked for. About 20 bytes per
/// edge, 28 with weights. Built once per graph on first use (O(n + m)), kept while the graph lives
/// (<see cref="ConditionalWeakTable{TKey, TValue}"/>), and only for graphs of at least <see cref="MinVertices"/>
/// vertices (none by default: it did not pay on this project's bench machine; <see cref="OverrideThreshold"/> turns it
/// on); thread-safe (one build even when several threads ask at once).</para>
/// </remarks>
internal sealed class LocalityLayout
{
    /// <summary>
    /// Graphs with fewer vertices get no layout. <see cref="int.MaxValue"/>: none does by default, because on the
    /// bench graphs (100,000 and 1,000,000 vertices, random input order) the searches on the layout measured no faster,
    /// and the build costs about 1 CPU second at 1,000,000 vertices / 5,000,000 edges (bench/NOTES.md, perf6).
    /// </summary>
    public const int MinVertices = int.MaxValue;

    private static readonly ConditionalWeakTable<CompactGraph, Lazy<LocalityLayout>> Cache = new();
    private static readonly AsyncLocal<int?> ThresholdOverride = new();

    private readonly CompactGraph _graph;
    private double[]? _outWeights;

    private LocalityLayout(CompactGraph g)
    {
        _graph = g;
        int n = g.NodeCount, m = g.EdgeCount;
        var (outOff, outTgt) = g.RawOut;
        var (inOff, inSrc, _) = g.RawIn;

        // 1. the order: breadth-first over out- and in-edges, from the vertex of largest total degree
        var newOf = new int[n];
        var oldOf = new int[n];
        Array.Fill(newOf, -1);
        int start = 0, best = -1;
        for (int v = 0; v < n; v++)
        {
            int d = outOff[v + 1] - outOff[v] + inOff[v + 1] - inOff[v];
            if (d > best) { best = d; start = v; }
        }
        int count = 0;
        for (int s0 = -1; s0 < n; s0++)
        {
            int s = s0 < 0 ? start : s0;
            if (n == 0 || newOf[s] >= 0) continue;
            int head = count;
            newOf[s] = count;
            oldOf[count++] = s;
            while (head < count)
            {
                int u = oldOf[head++];
                for (int i = outOff[u], end = outOff[u + 1]; i < end; i++)
                {
                    int w = outTgt[i];
                    if (newOf[w] < 0) { newOf[w] = count; oldOf[count++] = w; }
                }
                for (int i = inOff[u], end = inOff[u + 1]; i < end; i++)
                {
                    int w = inSrc[i];
                    if (newOf[w] < 0) { newOf[w] = count; oldOf[count++] = w; }
                }
            }
        }

        // 2. forward and reverse CSR in the new numbers, arcs of each vertex in the graph's order
        var off = new int[n + 1];
        var tgt = new int[m];
        var edges = new int[m];
        var inOffsets = new int[n + 1];
        var sources = new int[m];
        int p = 0, q = 0;
        for (int x = 0; x < n; x++)
        {
            int v = oldOf[x];
            off[x] = p;
            for (int e = outOff[v], end = outOff[v + 1]; e < end; e++)
            {
                tgt[p] = newOf[outTgt[e]];
                edges[p++] = e;
            }
            inOffsets[x] = q;
            for (int i = inOff[v], end = inOff[v + 1]; i < end; i++) sources[q++] = newOf[inSrc[i]];
        }
        off[n] = p;
        inOffsets[n] = q;
        NewOf = newOf;
        OldOf = oldOf;
        OutOffsets = off;
        OutTargets = tgt;
        OutEdges = edges;
        InOffsets = inOffsets;
        InSources = sources;
    }

    /// <summary>New number of each vertex of the graph (indexed by the graph's vertex).</summary>
    public int[] NewOf { get; }
    /// <summary>The graph's vertex of each new number (the inverse of <see cref="NewOf"/>).</summary>
    public int[] OldOf { get; }
    /// <summary>Forward offsets by new number (length n + 1).</summary>
    public int[] OutOffsets { get; }
    /// <summary>Arc heads (new numbers), <c>OutOffsets[x]..OutOffsets[x+1]-1</c> leaving x, in the graph's edge-id order.</summary>
    public int[] OutTargets { get; }
    /// <summary>The graph's edge id of each forward arc.</summary>
    public int[] OutEdges { get; }
    /// <summary>Reverse offsets by new number (length n + 1).</summary>
    public int[] InOffsets { get; }
    /// <summary>Arc tails (new numbers) entering each vertex, in the graph's in-edge order.</summary>
    public int[] InSources { get; }

    /// <summary>The weight of each forward arc (<c>RawWeights[OutEdges[i]]</c>), built on first use.</summary>
    public double[] OutWeights
    {
        get
        {
            var w = Volatile.Read(ref _outWeights);
            if (w is not null) return w;
            var src = _graph.RawWeights;
            var edges = OutEdges;
            w = new double[edges.Length];
            for (int i = 0; i < w.Length; i++) w[i] = src[edges[i]];
            return Interlocked.CompareExchange(ref _outWeights, w, null) ?? w;
        }
    }

    /// <summary>
    /// The layout of <paramref name="g"/> when it has at least <see cref="MinVertices"/> vertices (built on the first
    /// call, then shared), otherwise null: the caller then runs on the graph itself.
    /// </summary>
    public static LocalityLayout? For(CompactGraph g)
    {
        Preconditions.NotNull(g, nameof(g));
        if (g.NodeCount < (ThresholdOverride.Value ?? MinVertices)) return null;
        return Cache.GetValue(g, graph => new Lazy<LocalityLayout>(() => new LocalityLayout(graph))).Value;
    }

    /// <summary>
    /// Builds a fresh layout of <paramref name="g"/>, whatever its size, without caching it (for measuring the build).
    /// </summary>
    public static LocalityLayout Build(CompactGraph g)
    {
        Preconditions.NotNull(g, nameof(g));
        return new LocalityLayout(g);
    }

    /// <summary>
    /// For tests: in the current asynchronous flow (and the tasks it starts) until disposed, graphs of at least
    /// <paramref name="minVertices"/> vertices get a layout (0: every graph; <see cref="int.MaxValue"/>: none).
    /// </summary>
    public static IDisposable OverrideThreshold(int minVertices)
    {
        var previous = ThresholdOverride.Value;
        ThresholdOverride.Value = minVertices;
        return new Restore(previous);
    }

    private sealed class Restore(int? previous) : IDisposable
    {
        public void Dispose() => ThresholdOverride.Value = previous;
    }
}
