using Depgraph.Core;

namespace Depgraph.Analysis.Resilience;

/// <summary>
/// The dominator tree of a flowgraph: vertex d dominates v when every path from <see cref="Root"/> to v passes
/// through d; the immediate dominator of v is its closest strict dominator, and is v's parent in this tree.
/// Built by <see cref="Dominators.Compute"/>. Immutable.
/// </summary>
/// <remarks>
/// Memory layout: <c>idom[v]</c> (−1 for the root and unreachable vertices); children in CSR form
/// (<c>childOffsets</c>, <c>children</c>, ascending within each parent); the tree preorder (children visited in
/// ascending order), each reachable vertex's position in it and its subtree size, so that
/// <see cref="Dominates"/> is an O(1) interval test. About 20 bytes per vertex.
/// </remarks>
public sealed class DominatorTree
{
    private readonly int[] _idom;
    private readonly int[] _childOffsets;
    private readonly int[] _children;
    private readonly int[] _preorder;
    private readonly int[] _pre;
    private readonly int[] _size;

    internal DominatorTree(int root, int[] idom)
    {
        int n = idom.Length;
        Root = root;
        _idom = idom;
        _childOffsets = new int[n + 1];
        for (int v = 0; v < n; v++) if (idom[v] >= 0) _childOffsets[idom[v] + 1]++;
        for (int v = 0; v < n; v++) _childOffsets[v + 1] += _childOffsets[v];
        _children = new int[_childOffsets[n]];
        var fill = new int[n];
        Array.Copy(_childOffsets, fill, n);
        for (int v = 0; v < n; v++) if (idom[v] >= 0) _children[fill[idom[v]]++] = v; // ascending v

        _pre = new int[n];
        Array.Fill(_pre, -1);
        _size = new int[n];
        // iterative preorder with an explicit stack: push children in descending order so the smallest is visited first.
        var order = new int[n];
        int count = 0;
        if (n > 0)
        {
            var stack = new int[n];
            int sp = 0;
            stack[sp++] = root;
            while (sp > 0)
            {
                int v = stack[--sp];
                _pre[v] = count;
                order[count++] = v;
                for (int i = _childOffsets[v + 1] - 1; i >= _childOffsets[v]; i--) stack[sp++] = _children[i];
            }
        }
        _preorder = count == n ? order : order.AsSpan(0, count).ToArray();
        for (int i = _preorder.Length - 1; i >= 0; i--)
        {
            int v = _preorder[i];
            _size[v]++;
            if (idom[v] >= 0) _size[idom[v]] += _size[v];
        }
    }

    /// <summary>idom per vertex (−1 for the root and unreachable vertices), for hot loops in this folder. Do not modify.</summary>
    internal int[] RawIdom => _idom;

    /// <summary>Preorder position per vertex (−1 when unreachable), for hot loops in this folder. Do not modify.</summary>
    internal int[] RawPre => _pre;

    /// <summary>Subtree size per vertex (0 when unreachable), for hot loops in this folder. Do not modify.</summary>
    internal int[] RawSize => _size;

    /// <summary><see cref="Dominates"/> without argument checks.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool DominatesUnchecked(int a, int b)
    {
        int pa = _pre[a], pb = _pre[b];
        return pa >= 0 && pb >= 0 && (uint)(pb - pa) < (uint)_size[a];
    }

    /// <summary>The root (source) of the flowgraph.</summary>
    public int Root { get; }

    /// <summary>Number of vertices of the graph the tree was computed on (reachable or not).</summary>
    public int NodeCount => _idom.Length;

    /// <summary>Number of vertices reachable from <see cref="Root"/>, the root included.</summary>
    public int ReachableCount => _preorder.Length;

    /// <summary>The reachable vertices in dominator-tree preorder (root first, children in ascending order).</summary>
    public ReadOnlySpan<int> Preorder => _preorder;

    /// <summary>The immediate dominator of <paramref name="v"/>, or −1 for the root and for unreachable vertices.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="v"/> is not a vertex.</exception>
    public int Idom(int v) => _idom[Preconditions.ValidVertex(v, _idom.Length, nameof(v))];

    /// <summary>True when <see cref="Root"/> reaches <paramref name="v"/> (the root reaches itself).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="v"/> is not a vertex.</exception>
    public bool IsReachable(int v) => _pre[Preconditions.ValidVertex(v, _idom.Length, nameof(v))] >= 0;

    /// <summary>The vertices <paramref name="v"/> immediately dominates, ascending (empty for unreachable vertices).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="v"/> is not a vertex.</exception>
    public ReadOnlySpan<int> Children(int v)
    {
        Preconditions.ValidVertex(v, _idom.Length, nameof(v));
        return new(_children, _childOffsets[v], _childOffsets[v + 1] - _childOffsets[v]);
    }

    /// <summary>Number of vertices <paramref name="v"/> dominates, itself included; 0 when unreachable.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="v"/> is not a vertex.</exception>
    public int SubtreeSize(int v) => _size[Preconditions.ValidVertex(v, _idom.Length, nameof(v))];

    /// <summary>
    /// Who must not fail for <paramref name="v"/> to be reached: the strict dominators of v other than the root, nearest
    /// first (v's immediate dominator, its immediate dominator, … up to but excluding the root). Empty when v is the
    /// root, is dominated by the root alone, or is unreachable. O(depth of v).
    /// </summary>
    /// <example>On <c>R→A, A→B, A→C, B→D, C→D, D→E</c> from R: <c>Chain(E)</c> is [D, A]; <c>Chain(B)</c> is [A].</example>
    /// <param name="v">A vertex.</param>
    /// <returns>The chain, nearest dominator first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="v"/> is not a vertex.</exception>
    public IReadOnlyList<int> Chain(int v)
    {
        if (!IsReachable(v))
        {
            return [];
        }

        var chain = new List<int>();
        for (int d = _idom[v]; d >= 0 && d != Root; d = _idom[d])
        {
            chain.Add(d);
        }

        return chain;
    }

    /// <summary>
    /// True when <paramref name="a"/> dominates <paramref name="b"/>: every path from the root to b passes through a.
    /// Reflexive on reachable vertices; false when either vertex is unreachable. O(1).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">a vertex index is out of range.</exception>
    public bool Dominates(int a, int b)
    {
        Preconditions.ValidVertex(a, _idom.Length, nameof(a));
        Preconditions.ValidVertex(b, _idom.Length, nameof(b));
        int pa = _pre[a], pb = _pre[b];
        return pa >= 0 && pb >= 0 && pa <= pb && pb < pa + _size[a];
    }
}
