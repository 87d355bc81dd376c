using Depgraph.Core.Compact;
using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;
using QuikGraph.Algorithms.MaximumFlow;

namespace Depgraph.Analysis.Tests.Resilience;

/// <summary>Independent, deliberately naive oracles for the resilience tests (removal + recount, QuikGraph).</summary>
internal static class BruteForce
{
    /// <summary>A seeded random multigraph on "0".."n-1", with self-loops and parallel edges when asked.</summary>
    public static CompactGraph RandomMultigraph(int seed, int maxN = 9, bool selfLoops = true, bool parallel = true)
    {
        var rng = new Random(seed);
        int n = rng.Next(1, maxN + 1);
        int m = rng.Next(0, 3 * n + 1);
        var pairs = new List<(int, int)>();
        var seen = new HashSet<(int, int)>();
        for (int i = 0; i < m; i++)
        {
            int u = rng.Next(n), v = rng.Next(n);
            if (u == v && !selfLoops) continue;
            if (!parallel && !seen.Add((u, v))) continue;
            pairs.Add((u, v));
            if (parallel && rng.Next(6) == 0) pairs.Add((u, v));
        }
        return TestGraphs.FromPairs(n, pairs);
    }

    public static IEnumerable<(int U, int V)> Edges(CompactGraph g)
    {
        for (int e = 0; e < g.EdgeCount; e++) yield return (g.Source(e), g.Target(e));
    }

    /// <summary>Connected components of the undirected view, ignoring a vertex and/or one undirected pair.</summary>
    public static int UndirectedComponents(CompactGraph g, int skipVertex = -1, (int A, int B)? skipPair = null)
    {
        int n = g.NodeCount;
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        foreach (var (u, v) in Edges(g))
        {
            if (u == v || u == skipVertex || v == skipVertex) continue;
            if (skipPair is { } p && (Math.Min(u, v), Math.Max(u, v)) == (p.A, p.B)) continue;
            parent[Find(u)] = Find(v);
        }
        int count = 0;
        for (int v = 0; v < n; v++) if (v != skipVertex && Find(v) == v) count++;
        return count;
    }

    /// <summary>Vertices reached from root by BFS, skipping a vertex and the edges <paramref name="skipEdge"/> selects.</summary>
    public static bool[] Reachable(CompactGraph g, int root, int skipVertex = -1, Func<int, int, bool>? skipEdge = null)
    {
        var seen = new bool[g.NodeCount];
        if (root == skipVertex) return seen;
        var queue = new Queue<int>();
        seen[root] = true;
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            int u = queue.Dequeue();
            foreach (int v in g.OutNeighbors(u).ToArray())
            {
                if (v == skipVertex || seen[v] || (skipEdge is not null && skipEdge(u, v))) continue;
                seen[v] = true;
                queue.Enqueue(v);
            }
        }
        return seen;
    }

    /// <summary>Number of SCCs by QuikGraph, without one vertex and/or one edge id.</summary>
    public static int SccCount(CompactGraph g, int skipVertex = -1, int skipEdge = -1)
    {
        var qg = new AdjacencyGraph<int, Edge<int>>(allowParallelEdges: true);
        for (int v = 0; v < g.NodeCount; v++) if (v != skipVertex) qg.AddVertex(v);
        for (int e = 0; e < g.EdgeCount; e++)
        {
            int u = g.Source(e), v = g.Target(e);
            if (e == skipEdge || u == skipVertex || v == skipVertex) continue;
            qg.AddEdge(new Edge<int>(u, v));
        }
        var alg = new StronglyConnectedComponentsAlgorithm<int, Edge<int>>(qg);
        alg.Compute();
        return alg.ComponentCount;
    }

    /// <summary>QuikGraph's component map (vertex → component) of the whole graph.</summary>
    public static IDictionary<int, int> QuikSccMap(CompactGraph g)
    {
        var alg = new StronglyConnectedComponentsAlgorithm<int, TaggedEdge<int, int>>(g.ToQuikGraph());
        alg.Compute();
        return alg.Components;
    }

    /// <summary>Internally vertex-disjoint s→t paths by QuikGraph's Edmonds–Karp on the node-split graph built here.</summary>
    public static int QuikDisjointPaths(CompactGraph g, int s, int t)
    {
        // vertex v: in = 2v, out = 2v+1; capacity 1 on in→out (except s, t); 1 per distinct link out(u)→in(v).
        var qg = new AdjacencyGraph<int, TaggedEdge<int, double>>(allowParallelEdges: true);
        for (int x = 0; x < 2 * g.NodeCount; x++) qg.AddVertex(x);
        for (int v = 0; v < g.NodeCount; v++)
            qg.AddEdge(new TaggedEdge<int, double>(2 * v, 2 * v + 1, v == s || v == t ? g.NodeCount : 1));
        foreach (var (u, v) in Edges(g).Where(p => p.U != p.V).Distinct())
            qg.AddEdge(new TaggedEdge<int, double>(2 * u + 1, 2 * v, 1));
        EdgeFactory<int, TaggedEdge<int, double>> factory = (a, b) => new TaggedEdge<int, double>(a, b, 0);
        var augmentor = new ReversedEdgeAugmentorAlgorithm<int, TaggedEdge<int, double>>(qg, factory);
        augmentor.AddReversedEdges();
        var flow = new EdmondsKarpMaximumFlowAlgorithm<int, TaggedEdge<int, double>>(qg, e => e.Tag, factory, augmentor);
        flow.Compute(2 * s + 1, 2 * t);
        return (int)Math.Round(flow.MaxFlow);
    }

    /// <summary>Menger by enumeration: [1 if a direct s→t edge] + the smallest vertex set whose removal cuts s from t otherwise.</summary>
    public static int MengerDisjointPaths(CompactGraph g, int s, int t)
    {
        bool direct = Edges(g).Any(p => p.U == s && p.V == t);
        bool SkipDirect(int u, int v) => u == s && v == t;
        var inner = Enumerable.Range(0, g.NodeCount).Where(v => v != s && v != t).ToArray();
        for (int size = 0; size <= inner.Length; size++)
            foreach (var cut in Subsets(inner, size))
            {
                var removed = new HashSet<int>(cut);
                if (!ReachableAvoiding(g, s, t, removed, SkipDirect)) return size + (direct ? 1 : 0);
            }
        throw new InvalidOperationException("unreachable: removing every inner vertex always cuts");
    }

    private static bool ReachableAvoiding(CompactGraph g, int s, int t, HashSet<int> removed, Func<int, int, bool> skip)
    {
        var seen = new bool[g.NodeCount];
        var stack = new Stack<int>();
        seen[s] = true;
        stack.Push(s);
        while (stack.Count > 0)
        {
            int u = stack.Pop();
            foreach (int v in g.OutNeighbors(u).ToArray())
            {
                if (seen[v] || removed.Contains(v) || skip(u, v)) continue;
                if (v == t) return true;
                seen[v] = true;
                stack.Push(v);
            }
        }
        return false;
    }

    private static IEnumerable<int[]> Subsets(int[] items, int size)
    {
        if (size == 0) { yield return []; yield break; }
        for (int i = 0; i <= items.Length - size; i++)
            foreach (var rest in Subsets(items[(i + 1)..], size - 1))
                yield return [items[i], .. rest];
    }
}
