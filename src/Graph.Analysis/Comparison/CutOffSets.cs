using Depgraph.Analysis.Resilience;
using Depgraph.Core;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Comparison;

/// <summary>
/// Who is cut off from the source when one vertex fails, with counts: the other vertices lost, the member
/// organisations among them, and the outside recipients (<see cref="NodeKind.External"/>) among them.
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> As in <see cref="NodeImpact"/>: the vertices lost when v fails are v's strict subtree in
/// the dominator tree from the source. In the tree's preorder a subtree is a contiguous range, so
/// <see cref="Lost"/> is a slice, without copying.</para>
/// <para><b>Method.</b> Subtree sums in reverse preorder: O(n) after the dominator tree.</para>
/// <para><b>Example.</b> On <c>r->a, a->b, a->c, r->c</c> from r: <c>Lost(a)</c> is [b]; <c>Lost(c)</c> is empty.</para>
/// </remarks>
public sealed class CutOffSets
{
    private readonly int[] _pos;
    private readonly long[] _members;
    private readonly int[] _outside;
    private readonly CompactGraph _graph;

    /// <summary>Computes the counts for every vertex of <paramref name="graph"/> from its dominator tree.</summary>
    /// <exception cref="ArgumentException">The tree does not belong to a graph of this size.</exception>
    public CutOffSets(CompactGraph graph, DominatorTree tree)
    {
        Preconditions.NotNull(graph, nameof(graph));
        Tree = Preconditions.NotNull(tree, nameof(tree));
        if (tree.NodeCount != graph.NodeCount)
            throw new ArgumentException($"The dominator tree has {tree.NodeCount} vertices but the graph has {graph.NodeCount}.", nameof(tree));
        _graph = graph;
        int n = graph.NodeCount;
        _pos = new int[n];
        Array.Fill(_pos, -1);
        _members = new long[n];
        _outside = new int[n];
        var pre = tree.Preorder;
        for (int i = 0; i < pre.Length; i++) _pos[pre[i]] = i;
        for (int i = pre.Length - 1; i >= 0; i--)
        {
            int v = pre[i];
            _members[v] += graph.MemberWeight(v);
            if (graph.Kind(v) == NodeKind.External) _outside[v]++;
            int p = tree.Idom(v);
            if (p >= 0) { _members[p] += _members[v]; _outside[p] += _outside[v]; }
        }
    }

    /// <summary>The dominator tree.</summary>
    public DominatorTree Tree { get; }

    /// <summary>The vertices cut off when <paramref name="v"/> fails, in dominator-tree preorder (empty when v is unreachable).</summary>
    public ReadOnlySpan<int> Lost(int v)
    {
        Preconditions.ValidVertex(v, _pos.Length, nameof(v));
        int p = _pos[v];
        return p < 0 ? [] : Tree.Preorder.Slice(p + 1, Tree.SubtreeSize(v) - 1);
    }

    /// <summary>The vertices cut off when <paramref name="v"/> fails, grouped by kind, each group by id.</summary>
    public CutOffGroups Groups(int v) => Groups(v, list => IdOrder.Sort(_graph, list));

    /// <summary>
    /// <see cref="Groups(int)"/> with the caller's sort by id (e.g. by ranks precomputed once for many vertices); it
    /// must give <see cref="IdOrder"/>'s order.
    /// </summary>
    /// <param name="v">The vertex that fails.</param>
    /// <param name="sortById">Returns the vertices of a list in id order, as a new array.</param>
    public CutOffGroups Groups(int v, Func<List<int>, int[]> sortById)
    {
        Preconditions.NotNull(sortById, nameof(sortById));
        List<int> c = [], m = [], x = [];
        int others = 0;
        foreach (int u in Lost(v))
        {
            switch (_graph.Kind(u))
            {
                case NodeKind.Ceptoar: c.Add(u); break;
                case NodeKind.Member: m.Add(u); break;
                case NodeKind.External: x.Add(u); break;
                default: others++; break;
            }
        }
        return new CutOffGroups(Array.AsReadOnly(sortById(c)), Array.AsReadOnly(sortById(m)), Array.AsReadOnly(sortById(x)), others);
    }

    /// <summary>How much <paramref name="v"/>'s failure costs: vertices, members and outside recipients cut off (v itself not counted).</summary>
    public ImpactCounts Counts(int v)
    {
        Preconditions.ValidVertex(v, _pos.Length, nameof(v));
        if (_pos[v] < 0 || v == Tree.Root) return new ImpactCounts(0, 0, 0);
        return new ImpactCounts(Tree.SubtreeSize(v) - 1, _members[v] - _graph.MemberWeight(v),
            _outside[v] - (_graph.Kind(v) == NodeKind.External ? 1 : 0));
    }
}
