using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Resilience;

/// <summary>
/// Hopcroft–Tarjan low-point depth-first search on a simple undirected graph, iterative (explicit stack),
/// shared by <see cref="ArticulationPoints"/> and <see cref="Bridges"/>.
/// </summary>
internal static class Biconnectivity
{
    /// <summary>
    /// Articulation points (marked in <paramref name="isCut"/>, when not null) and bridges (appended to
    /// <paramref name="bridges"/> as (min, max), when not null, in no particular order) of the simple undirected view of
    /// <paramref name="g"/>. On a large graph the search runs on its <see cref="LocalityLayout"/> and maps the sets back
    /// (they do not depend on vertex numbers).
    /// </summary>
    public static void Run(CompactGraph g, bool[]? isCut, List<(int A, int B)>? bridges)
    {
        var layout = LocalityLayout.For(g);
        if (layout is null)
        {
            Run(UndirectedView.Build(g), isCut, bridges);
            return;
        }
        var oldOf = layout.OldOf;
        var cut = isCut is null ? null : new bool[g.NodeCount];
        var found = bridges is null ? null : new List<(int A, int B)>();
        Run(UndirectedView.Build(layout.OutOffsets, layout.OutTargets, layout.InOffsets, layout.InSources), cut, found);
        if (cut is not null)
            for (int x = 0; x < cut.Length; x++) if (cut[x]) isCut![oldOf[x]] = true;
        if (found is not null)
        {
            foreach (var (a, b) in found)
            {
                int u = oldOf[a], v = oldOf[b];
                bridges!.Add(u < v ? (u, v) : (v, u));
            }
        }
    }

    /// <summary>Marks articulation points in <paramref name="isCut"/> (when not null) and appends bridges (when not null) as (min, max).</summary>
    public static void Run((int[] Offsets, int[] Adj) view, bool[]? isCut, List<(int A, int B)>? bridges)
    {
        int n = view.Offsets.Length - 1;
        var off = view.Offsets;
        var adj = view.Adj;
        var disc = new int[n];
        var low = new int[n];
        var parent = new int[n];
        var next = new int[n];
        var stack = new int[n];
        Array.Fill(disc, -1);
        int time = 0;
        for (int s = 0; s < n; s++)
        {
            if (disc[s] >= 0) continue;
            int sp = 0, rootChildren = 0;
            disc[s] = low[s] = time++;
            parent[s] = -1;
            next[s] = off[s];
            stack[sp++] = s;
            while (sp > 0)
            {
                int v = stack[sp - 1];
                if (next[v] < off[v + 1])
                {
                    int w = adj[next[v]++];
                    if (disc[w] < 0)
                    {
                        disc[w] = low[w] = time++;
                        parent[w] = v;
                        next[w] = off[w];
                        stack[sp++] = w;
                        if (v == s) rootChildren++;
                    }
                    else if (w != parent[v] && disc[w] < low[v])
                    {
                        low[v] = disc[w];
                    }
                }
                else
                {
                    sp--;
                    int p = parent[v];
                    if (p < 0) continue;
                    if (low[v] < low[p]) low[p] = low[v];
                    if (isCut is not null && p != s && low[v] >= disc[p]) isCut[p] = true;
                    if (bridges is not null && low[v] > disc[p]) bridges.Add(p < v ? (p, v) : (v, p));
                }
            }
            if (isCut is not null && rootChildren >= 2) isCut[s] = true;
        }
    }
}
