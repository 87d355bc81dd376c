using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Resilience;

/// <summary>
/// Strong articulation points: the organisations whose loss alone breaks a group of mutually reachable
/// organisations into several groups (some can no longer reach others along the edge directions).
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> A vertex is a strong articulation point when removing it increases the number of strongly
/// connected components (SCCs). Only a vertex of an SCC C with at least three vertices can be one: it is one exactly
/// when C without it is no longer strongly connected. Self-loops and parallel edges do not matter.</para>
/// <para><b>Method.</b> Italiano, Laura and Santaroni (2012): in a strongly connected graph with any vertex r, a vertex
/// v ≠ r is a strong articulation point iff v is a non-trivial dominator (immediately dominates some vertex) in the
/// flowgraph G(r) or in the reversed flowgraph Gᴿ(r); r itself is tested directly by removing it and counting SCCs.
/// Here r is the smallest vertex of each SCC; all SCCs of two or more vertices (no other can hold one) are handled by
/// one dominator computation per direction from a super-root joined to every r, on the intra-SCC edges only, and all
/// the r's by one SCC computation on those SCCs with every r removed. O(m log n) time (the two dominator computations,
/// Lengauer–Tarjan with simple linking; the SCC computations are O(n + m)), O(n + m) memory.</para>
/// <para><b>Example.</b> Two triangles sharing c, every edge in both directions (<c>a->b, b->a, b->c, c->b, c->a,
/// a->c</c> and the same for c, d, e): c is the only strong articulation point. With one-way triangles
/// (<c>a->b, b->c, c->a, c->d, d->e, e->c</c>) every vertex is one.</para>
/// <para><b>Reference.</b> G. F. Italiano, L. Laura and F. Santaroni, "Finding strong bridges and strong articulation
/// points in linear time", Theoretical Computer Science 447, 2012, doi:10.1016/j.tcs.2012.09.007.</para>
/// </remarks>
public static class StrongArticulationPoints
{
    /// <summary>Finds the strong articulation points of <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The strong articulation points, ascending vertex index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static IReadOnlyList<int> Find(CompactGraph graph)
    {
        Preconditions.NotNull(graph, nameof(graph));
        return Find(new ComponentDominatorTrees(graph));
    }

    /// <summary>The strong articulation points of the graph <paramref name="sc"/> was prepared from, ascending vertex index.</summary>
    internal static IReadOnlyList<int> Find(ComponentDominatorTrees sc)
    {
        var isSap = Mark(sc);
        var result = new List<int>();
        for (int v = 0; v < isSap.Length; v++) if (isSap[v]) result.Add(v);
        return result.AsReadOnly();
    }

    /// <summary>The strong articulation points, marked per vertex.</summary>
    internal static bool[] Mark(ComponentDominatorTrees sc)
    {
        // Only vertices of SCCs of two or more (the core of sc) can be strong articulation points.
        int k = sc.VertexOf.Length;
        var vertexOf = sc.VertexOf;
        var isSap = new bool[sc.N];
        var isRep = new bool[k];
        foreach (int r in sc.CoreRepresentatives) isRep[r] = true;
        for (int x = 0; x < k; x++)
        {
            if (isRep[x]) continue;
            if (sc.Forward.Children(x).Length > 0 || sc.Reverse.Children(x).Length > 0) isSap[vertexOf[x]] = true;
        }

        // Each representative r: does its SCC minus r split into two or more SCCs? (SCCs of the core minus all r's
        // refine the core's SCCs, so one run answers for every component.)
        var split = StronglyConnectedComponents.Run((sc.CoreOffsets, sc.CoreTargets), isRep, out _);
        var firstPiece = new int[sc.ComponentCount];
        Array.Fill(firstPiece, -1);
        var broken = new bool[sc.ComponentCount];
        for (int x = 0; x < k; x++)
        {
            if (isRep[x]) continue;
            int c = sc.Component[vertexOf[x]];
            if (firstPiece[c] < 0) firstPiece[c] = split[x];
            else if (firstPiece[c] != split[x]) broken[c] = true;
        }
        for (int c = 0; c < sc.ComponentCount; c++) if (broken[c]) isSap[sc.Representative[c]] = true;
        return isSap;
    }
}
