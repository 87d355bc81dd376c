using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Resilience;

/// <summary>
/// Ranks the links (one organisation's channel to another) whose single failure cuts others off from a source.
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> A <i>link</i> is a distinct ordered pair (u, v), u ≠ v, with at least one edge u→v.
/// Parallel u→v edges form <i>one</i> link, and the link fails as a whole (all its edges at once): two channels
/// between the same organisations are treated as one relationship, not as redundancy. Self-loops are never links.
/// The vertices lost when link (u, v) fails are those the source r reaches in the graph but not once every u→v
/// edge is removed; v itself is among them when it is cut off.</para>
/// <para><b>Method.</b> One dominator tree from r (<see cref="Dominators"/>), then a linear scan. All vertices lost
/// with a link (u, v) need v, so they lie in v's dominator subtree; they are all lost or none is. v is lost exactly
/// when u is reachable and is the <i>only</i> in-neighbour of v that v does not dominate (an in-neighbour w that v
/// does not dominate is reached on a path avoiding v, hence avoiding every u→v edge, and then reaches v). So a link
/// loses <c>SubtreeSize(v)</c> vertices when that holds and nothing otherwise (v = r never loses anything). With
/// O(1) dominance tests on the tree's preorder intervals: O(m) after the tree, O(m log n) in all, O(n) extra
/// memory.</para>
/// <para><b>Ranking.</b> Only links with <c>ReachLost &gt; 0</c>, ordered by MembersLost descending, OutsideRecipientsLost descending, ReachLost
/// descending, then Source id and Target id (ordinal) ascending.</para>
/// <para><b>Example.</b> On <c>r->a, a->b, r->b, b->c</c> from r: link (b, c) loses c; (r, a) loses a; (a, b) and
/// (r, b) lose nothing (b has two ways in).</para>
/// <para><b>Reference.</b> T. Lengauer and R. E. Tarjan, ACM TOPLAS 1(1), 1979, doi:10.1145/357062.357071; the
/// characterisation of flowgraph bridges by dominators as in G. F. Italiano, L. Laura, F. Santaroni, Theoretical Computer Science 447, 2012,
/// doi:10.1016/j.tcs.2012.09.007.</para>
/// </remarks>
public static class LinkImpact
{
    /// <summary>Computes the ranked impact of each single-link failure on what <paramref name="root"/> reaches.</summary>
    /// <param name="graph">The graph, read in its edge direction.</param>
    /// <param name="root">The source vertex index.</param>
    /// <returns>Entries with ReachLost &gt; 0, ranked (see remarks).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="root"/> is not a vertex of the graph.</exception>
    public static IReadOnlyList<LinkImpactEntry> Compute(CompactGraph graph, int root)
    {
        Preconditions.NotNull(graph, nameof(graph));
        Preconditions.ValidVertex(root, graph.NodeCount, nameof(root));
        return Compute(graph, Dominators.Compute(graph, root));
    }

    /// <summary>Computes the ranked link impact from an already computed dominator tree of <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph the tree was computed on.</param>
    /// <param name="tree">Its dominator tree (from <see cref="Dominators.Compute"/>).</param>
    /// <returns>Entries with ReachLost &gt; 0, ranked (see remarks).</returns>
    /// <exception cref="ArgumentNullException">an argument is null.</exception>
    /// <exception cref="ArgumentException">the tree does not belong to a graph of this size.</exception>
    public static IReadOnlyList<LinkImpactEntry> Compute(CompactGraph graph, DominatorTree tree) => Compute(graph, tree, null);

    /// <summary><see cref="Compute(CompactGraph, DominatorTree)"/>, breaking ties by <paramref name="rank"/> (each vertex's
    /// position in <see cref="IdOrder"/>, the same order as comparing ids) when given.</summary>
    internal static IReadOnlyList<LinkImpactEntry> Compute(CompactGraph graph, DominatorTree tree, int[]? rank)
    {
        Preconditions.NotNull(graph, nameof(graph));
        Preconditions.NotNull(tree, nameof(tree));
        if (tree.NodeCount != graph.NodeCount)
            throw new ArgumentException($"The dominator tree has {tree.NodeCount} vertices but the graph has {graph.NodeCount}; compute it on this graph.", nameof(tree));
        var (inOff, inSrc, _) = graph.RawIn;
        var pre = tree.RawPre;
        var size = tree.RawSize;
        var idom = tree.RawIdom;
        var order = tree.Preorder;

        // Members in each dominator subtree (v included), by sums in reverse preorder.
        var members = new long[graph.NodeCount];
        var outside = new long[graph.NodeCount];
        for (int i = order.Length - 1; i >= 0; i--)
        {
            int v = order[i];
            members[v] += graph.MemberWeight(v);
            outside[v] += graph.OutsideRecipientWeight(v);
            if (idom[v] >= 0) { members[idom[v]] += members[v]; outside[idom[v]] += outside[v]; }
        }

        var result = new List<LinkImpactEntry>();
        for (int i = 1; i < order.Length; i++) // order[0] is the root: never lost
        {
            int v = order[i];
            int pv = pre[v], sv = size[v];
            int only = -1;
            bool several = false;
            for (int k = inOff[v]; k < inOff[v + 1]; k++)
            {
                int w = inSrc[k];
                int pw = pre[w];
                if (pw < 0 || (uint)(pw - pv) < (uint)sv) continue; // unreachable, or dominated by v (v itself included)
                if (only < 0) only = w;
                else if (w != only) { several = true; break; } // parallel edges from one source are one link
            }
            if (!several && only >= 0) result.Add(new LinkImpactEntry(only, v, sv, members[v], outside[v]));
        }
        result.Sort((a, b) =>
        {
            int c = b.MembersLost.CompareTo(a.MembersLost);
            if (c == 0) c = b.OutsideRecipientsLost.CompareTo(a.OutsideRecipientsLost);
            if (c == 0) c = b.ReachLost.CompareTo(a.ReachLost);
            if (c == 0) c = rank is null ? string.CompareOrdinal(graph.Id(a.Source), graph.Id(b.Source)) : rank[a.Source].CompareTo(rank[b.Source]);
            if (c == 0) c = rank is null ? string.CompareOrdinal(graph.Id(a.Target), graph.Id(b.Target)) : rank[a.Target].CompareTo(rank[b.Target]);
            if (c == 0) c = a.Source.CompareTo(b.Source);
            if (c == 0) c = a.Target.CompareTo(b.Target);
            return c;
        });
        return result.AsReadOnly();
    }
}
