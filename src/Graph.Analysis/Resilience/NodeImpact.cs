using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Resilience;

/// <summary>
/// Ranks the organisations whose single failure cuts others off from a source, by the member organisations
/// and the vertices lost.
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> For a source r and a vertex v ≠ r, the vertices lost when v fails are those r reaches in
/// the graph but not in the graph without v. They are exactly the strict dominator-tree subtree of v, so
/// <c>ReachLost = SubtreeSize(v) − 1</c> and <c>MembersLost</c> is the sum of <c>MemberWeight</c> over them
/// (v's own members are not counted: v has failed, it is not cut off).</para>
/// <para><b>Method.</b> One <see cref="Dominators.Compute"/> run (O(m log n), or a tree already computed), subtree sums
/// in reverse preorder (O(n)), then one sort of the k entries (O(k log k) comparisons).</para>
/// <para><b>Ranking.</b> Only vertices with <c>ReachLost &gt; 0</c>; the root is excluded. Ordered by MembersLost
/// descending, then OutsideRecipientsLost (summed like MembersLost over <c>OutsideRecipientWeight</c>) descending, then ReachLost descending, then the vertex id (ordinal string comparison) ascending.</para>
/// <para><b>Example.</b> On <c>r->a, a->b, a->c, r->c</c> from r: a's loss cuts off b only (c is still reached
/// directly), so the single entry is (a, ReachLost 1).</para>
/// <para><b>Reference.</b> T. Lengauer and R. E. Tarjan, ACM TOPLAS 1(1), 1979, doi:10.1145/357062.357071.</para>
/// </remarks>
public static class NodeImpact
{
    /// <summary>Computes the ranked impact of each single-vertex failure on what <paramref name="root"/> reaches.</summary>
    /// <param name="graph">The graph, read in its edge direction.</param>
    /// <param name="root">The source vertex index.</param>
    /// <returns>Entries with ReachLost &gt; 0, ranked (see remarks).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="root"/> is not a vertex of the graph.</exception>
    public static IReadOnlyList<NodeImpactEntry> Compute(CompactGraph graph, int root) =>
        Compute(graph, Dominators.Compute(graph, root));

    /// <summary>Computes the ranked impact from an already computed dominator tree of <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph the tree was computed on.</param>
    /// <param name="tree">Its dominator tree.</param>
    /// <returns>Entries with ReachLost &gt; 0, ranked (see remarks).</returns>
    /// <exception cref="ArgumentNullException">an argument is null.</exception>
    /// <exception cref="ArgumentException">the tree does not belong to a graph of this size.</exception>
    public static IReadOnlyList<NodeImpactEntry> Compute(CompactGraph graph, DominatorTree tree) => Compute(graph, tree, null);

    /// <summary><see cref="Compute(CompactGraph, DominatorTree)"/>, breaking ties by <paramref name="rank"/> (each vertex's
    /// position in <see cref="IdOrder"/>, the same order as comparing ids) when given.</summary>
    internal static IReadOnlyList<NodeImpactEntry> Compute(CompactGraph graph, DominatorTree tree, int[]? rank)
    {
        Preconditions.NotNull(graph, nameof(graph));
        Preconditions.NotNull(tree, nameof(tree));
        if (tree.NodeCount != graph.NodeCount)
            throw new ArgumentException($"The dominator tree has {tree.NodeCount} vertices but the graph has {graph.NodeCount}; compute it on this graph.", nameof(tree));
        var members = new long[graph.NodeCount];
        var outside = new long[graph.NodeCount];
        var pre = tree.Preorder;
        for (int i = pre.Length - 1; i >= 0; i--)
        {
            int v = pre[i];
            members[v] += graph.MemberWeight(v);
            outside[v] += graph.OutsideRecipientWeight(v);
            int p = tree.Idom(v);
            if (p >= 0) { members[p] += members[v]; outside[p] += outside[v]; }
        }
        var result = new List<NodeImpactEntry>();
        foreach (int v in pre)
        {
            int lost = tree.SubtreeSize(v) - 1;
            if (v == tree.Root || lost <= 0) continue;
            result.Add(new NodeImpactEntry(v, lost, members[v] - graph.MemberWeight(v), outside[v] - graph.OutsideRecipientWeight(v)));
        }
        result.Sort((x, y) =>
        {
            int c = y.MembersLost.CompareTo(x.MembersLost);
            if (c == 0) c = y.OutsideRecipientsLost.CompareTo(x.OutsideRecipientsLost);
            if (c == 0) c = y.ReachLost.CompareTo(x.ReachLost);
            if (c == 0) c = rank is null ? string.CompareOrdinal(graph.Id(x.Vertex), graph.Id(y.Vertex)) : rank[x.Vertex].CompareTo(rank[y.Vertex]);
            if (c == 0) c = x.Vertex.CompareTo(y.Vertex);
            return c;
        });
        return result.AsReadOnly();
    }
}
