using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.TestSupport;

/// <summary>
/// Small known graphs for tests, samples and notebooks, and a one-line edge notation
/// (<c>"a->b, b->c:2.5"</c>; an optional <c>:hours</c> and <c>:hours:probability</c> after the target).
/// </summary>
public static class TestGraphs
{
    /// <summary>Parses <c>"a->b, b->c:2, c->a:1:0.5"</c>; vertices are numbered in order of first appearance. <c>"x"</c> alone adds an isolated vertex.</summary>
    public static CompactGraph Parse(string notation, EdgeKind kind = EdgeKind.SharesWith)
    {
        var b = new CompactGraphBuilder();
        foreach (var item in notation.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var arrow = item.IndexOf("->", StringComparison.Ordinal);
            if (arrow < 0) { b.AddNode(item, NodeKind.Member, item); continue; }
            var s = item[..arrow].Trim();
            var rest = item[(arrow + 2)..].Split(':', StringSplitOptions.TrimEntries);
            var t = rest[0];
            double w = rest.Length > 1 ? double.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
            double p = rest.Length > 2 ? double.Parse(rest[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
            int u = b.AddNode(s, NodeKind.Member, s), v = b.AddNode(t, NodeKind.Member, t);
            b.AddEdge(u, v, kind, w, p);
        }
        return b.Build();
    }

    /// <summary>Directed path 0 → 1 → … → n-1 (ids "0".."n-1").</summary>
    public static CompactGraph Path(int n) => FromPairs(n, Enumerable.Range(0, Math.Max(0, n - 1)).Select(i => (i, i + 1)));

    /// <summary>Directed cycle 0 → 1 → … → n-1 → 0.</summary>
    public static CompactGraph Cycle(int n) => FromPairs(n, Enumerable.Range(0, n).Select(i => (i, (i + 1) % n)));

    /// <summary>Star: centre 0 → leaves 1..n-1.</summary>
    public static CompactGraph Star(int n) => FromPairs(n, Enumerable.Range(1, Math.Max(0, n - 1)).Select(i => (0, i)));

    /// <summary>Barbell: two complete digraphs of <paramref name="m"/> vertices joined by a path of <paramref name="k"/> inner vertices (both directions).</summary>
    public static CompactGraph Barbell(int m, int k)
    {
        var pairs = new List<(int, int)>();
        void Clique(int off) { for (int i = 0; i < m; i++) for (int j = 0; j < m; j++) if (i != j) pairs.Add((off + i, off + j)); }
        Clique(0);
        Clique(m + k);
        int prev = m - 1;
        for (int i = 0; i < k; i++) { pairs.Add((prev, m + i)); pairs.Add((m + i, prev)); prev = m + i; }
        pairs.Add((prev, m + k)); pairs.Add((m + k, prev));
        return FromPairs(2 * m + k, pairs);
    }

    /// <summary>A graph on vertices "0".."n-1" with the given directed edges (weight 1, probability 1).</summary>
    public static CompactGraph FromPairs(int n, IEnumerable<(int Source, int Target)> edges, EdgeKind kind = EdgeKind.SharesWith)
    {
        var b = new CompactGraphBuilder(n, 16);
        for (int i = 0; i < n; i++) b.AddNode(i.ToString(System.Globalization.CultureInfo.InvariantCulture), NodeKind.Member);
        foreach (var (s, t) in edges) b.AddEdge(s, t, kind);
        return b.Build();
    }

    /// <summary>A seeded random digraph G(n, m) (multi-edges and self-loops excluded).</summary>
    public static CompactGraph Random(int n, int m, int seed, double maxWeight = 10)
    {
        var rng = new Random(seed);
        var b = new CompactGraphBuilder(n, m);
        for (int i = 0; i < n; i++) b.AddNode(i.ToString(System.Globalization.CultureInfo.InvariantCulture), NodeKind.Member);
        var seen = new HashSet<long>();
        if (n < 2) return b.Build();
        long cap = (long)n * (n - 1);
        while (b.EdgeCount < m && seen.Count < cap)
        {
            int s = rng.Next(n), t = rng.Next(n);
            if (s == t || !seen.Add((long)s * n + t)) continue;
            b.AddEdge(s, t, EdgeKind.SharesWith, Math.Round(rng.NextDouble() * maxWeight, 2), Math.Round(rng.NextDouble(), 2));
        }
        return b.Build();
    }
}
