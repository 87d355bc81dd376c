using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Reporting.Report;

/// <summary>
/// Section 6 of the report: picks one example per term from the analyses already run (articulation points, bridges,
/// dominator tree, disjoint routes) and computes the strongly connected components and what an articulation point or
/// bridge separates, each with one breadth-first search: O(n + m).
/// </summary>
internal static class TermsSectionBuilder
{
    public static TermsSection Build(ReportContext c, ResilienceResult resilience, SpofSection spof)
    {
        CompactGraph info = c.Info;
        int root = c.Root;

        NodeRef? ap = spof.ArticulationPoints.FirstOrDefault(n => n.Id != info.Id(root));
        IReadOnlyList<NodeRef> apCut = ap is null ? [] : Separated(info, root, info.IndexOf(ap.Id), -1, -1).Select(c.Ref).ToList();

        (NodeRef, NodeRef)? bridge = null;
        int bridgeCut = 0;
        bool[] rootSide = Connected(info, root, -1, -1, -1);
        foreach ((NodeRef a, NodeRef b) in spof.Bridges)
        {
            int va = info.IndexOf(a.Id), vb = info.IndexOf(b.Id);
            if (!rootSide[va]) continue;
            var cut = Separated(info, root, -1, va, vb);
            (NodeRef kept, NodeRef lost) = cut.Contains(vb) ? (a, b) : (b, a);
            bridge = (kept, lost);
            bridgeCut = cut.Count;
            break;
        }

        NodeRef? dominated = null;
        IReadOnlyList<NodeRef> dominators = [];
        if (resilience.Dominators is { } tree)
        {
            // preorder visits a vertex's immediate dominator first, so depths come in one pass
            var depth = new int[info.NodeCount];
            int best = -1;
            foreach (int v in tree.Preorder)
            {
                int d = tree.Idom(v);
                depth[v] = d < 0 || d == v ? 0 : depth[d] + 1;
                if (best < 0 || depth[v] > depth[best]) best = v;
            }

            if (best >= 0 && tree.Chain(best).Count > 0)
            {
                dominated = c.Ref(best);
                dominators = tree.Chain(best).Select(c.Ref).ToList();
            }
        }

        RedundancyRow? most = spof.Redundancy.Count == 0 ? null
            : spof.Redundancy.OrderByDescending(r => r.DisjointPaths).ThenBy(r => r.Target.Id, StringComparer.Ordinal).First();

        StronglyConnectedComponentsResult scc = StronglyConnectedComponents.Compute(info);
        int largest = -1;
        for (int k = 0; k < scc.Count; k++)
        {
            if (largest < 0 || scc.Size(k) > scc.Size(largest)) largest = k;
        }

        IReadOnlyList<NodeRef> component = largest < 0 || scc.Size(largest) < 2 ? []
            : Enumerable.Range(0, info.NodeCount).Where(v => scc.ComponentOf(v) == largest).Select(c.Ref).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        return new TermsSection(ap, apCut, bridge, bridgeCut, dominated, dominators, most, scc.Count, component);
    }

    /// <summary>Vertices connected to <paramref name="root"/> ignoring direction, but no longer once vertex <paramref name="without"/> or the link a–b is removed; by id.</summary>
    private static List<int> Separated(CompactGraph g, int root, int without, int a, int b)
    {
        bool[] before = Connected(g, root, -1, -1, -1);
        bool[] after = Connected(g, root, without, a, b);
        return Enumerable.Range(0, g.NodeCount).Where(v => v != without && before[v] && !after[v]).OrderBy(g.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Breadth-first search from <paramref name="root"/> over links in either direction, skipping a vertex and the link a–b (either way).</summary>
    private static bool[] Connected(CompactGraph g, int root, int without, int a, int b)
    {
        var seen = new bool[g.NodeCount];
        var queue = new Queue<int>();
        seen[root] = true;
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            int v = queue.Dequeue();
            foreach (int w in g.OutNeighbors(v)) Visit(v, w);
            foreach (int w in g.InNeighbors(v)) Visit(v, w);
        }

        return seen;

        void Visit(int v, int w)
        {
            if (seen[w] || w == without || (v == a && w == b) || (v == b && w == a)) return;
            seen[w] = true;
            queue.Enqueue(w);
        }
    }
}
