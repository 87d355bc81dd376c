using System.Globalization;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.TestSupport;

/// <summary>Graph helpers for the reach, propagation and cascade tests.</summary>
public static class PropagationTestGraphs
{
    /// <summary>
    /// Like <see cref="TestGraphs.Parse"/> with an optional fourth field, strength:
    /// <c>"power->hospital:2:1:0.5"</c> (hours, probability, strength). Vertices numbered in order of first appearance.
    /// </summary>
    public static CompactGraph Parse(string notation)
    {
        var b = new CompactGraphBuilder();
        foreach (var item in notation.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var arrow = item.IndexOf("->", StringComparison.Ordinal);
            if (arrow < 0) { b.AddNode(item, NodeKind.Member, item); continue; }
            var s = item[..arrow].Trim();
            var rest = item[(arrow + 2)..].Split(':', StringSplitOptions.TrimEntries);
            double F(int i) => rest.Length > i ? double.Parse(rest[i], CultureInfo.InvariantCulture) : 1;
            int u = b.AddNode(s, NodeKind.Member, s), v = b.AddNode(rest[0], NodeKind.Member, rest[0]);
            b.AddEdge(u, v, EdgeKind.Supplies, F(1), F(2), F(3));
        }
        return b.Build();
    }

    /// <summary>Vertex of an id, failing the test when it is missing.</summary>
    public static int V(this CompactGraph g, string id)
    {
        int v = g.IndexOf(id);
        if (v < 0) throw new ArgumentException($"no vertex '{id}'", nameof(id));
        return v;
    }

    /// <summary>Ids of a vertex sequence.</summary>
    public static string[] Ids(this CompactGraph g, IEnumerable<int> vertices) => vertices.Select(g.Id).ToArray();

    /// <summary>A seeded random digraph with small integer weights (many ties) and, optionally, parallel edges.</summary>
    public static CompactGraph RandomIntegerWeights(int n, int m, int seed, int maxWeight, bool parallel)
    {
        var rng = new Random(seed);
        var b = new CompactGraphBuilder(n, m);
        for (int i = 0; i < n; i++) b.AddNode(i.ToString(CultureInfo.InvariantCulture), NodeKind.Member);
        var seen = new HashSet<(int, int)>();
        int guard = 0;
        while (b.EdgeCount < m && guard++ < 100 * m && n > 1)
        {
            int s = rng.Next(n), t = rng.Next(n);
            if (s == t || (!parallel && !seen.Add((s, t)))) continue;
            b.AddEdge(s, t, EdgeKind.SharesWith, rng.Next(maxWeight + 1), rng.Next(11) / 10.0);
        }
        return b.Build();
    }
}
