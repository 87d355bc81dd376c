namespace Depgraph.Analysis.Resilience;

/// <summary>
/// The Lengauer–Tarjan dominator algorithm (the "simple" version: path compression without balanced linking,
/// O(m log n)) on bare CSR arrays, iterative throughout. Shared by <see cref="Dominators"/>,
/// <see cref="LinkImpact"/>, <see cref="StrongArticulationPoints"/> and <see cref="StrongBridges"/>.
/// </summary>
internal static class LengauerTarjan
{
    /// <summary>
    /// Immediate dominators of every vertex of the flowgraph (<paramref name="succ"/>, <paramref name="root"/>):
    /// <c>idom[v]</c> is a vertex, or -1 for the root and for vertices the root does not reach.
    /// <paramref name="pred"/> must be the reverse adjacency of <paramref name="succ"/>.
    /// </summary>
    public static int[] ImmediateDominators(Csr succ, Csr pred, int root)
    {
        int n = succ.VertexCount;
        var idomV = new int[n];
        Array.Fill(idomV, -1);
        if (n == 0) return idomV;

        // 1. Iterative DFS from root: preorder numbers dfn[v] (−1 = unreachable), vertex[i], parent[i] (numbers).
        var dfn = new int[n];
        Array.Fill(dfn, -1);
        var vertex = new int[n];
        var parent = new int[n];
        var next = new int[n];
        var stack = new int[n];
        var sOff = succ.Offsets;
        var sAdj = succ.Adj;
        int count = 0, sp = 0;
        dfn[root] = count;
        vertex[count] = root;
        parent[count] = -1;
        count++;
        next[root] = sOff[root];
        stack[sp++] = root;
        while (sp > 0)
        {
            int v = stack[sp - 1];
            if (next[v] < sOff[v + 1])
            {
                int w = sAdj[next[v]++];
                if (dfn[w] >= 0) continue;
                dfn[w] = count;
                vertex[count] = w;
                parent[count] = dfn[v];
                count++;
                next[w] = sOff[w];
                stack[sp++] = w;
            }
            else
            {
                sp--;
            }
        }

        // 2. Semidominators and implicit idoms, on preorder numbers 0..count-1.
        var semi = new int[count];
        var label = new int[count];
        var ancestor = new int[count];
        var idom = new int[count];
        var bucketHead = new int[count];
        var bucketNext = new int[count];
        for (int i = 0; i < count; i++)
        {
            semi[i] = i;
            label[i] = i;
            ancestor[i] = -1;
            bucketHead[i] = -1;
        }
        var pOff = pred.Offsets;
        var pAdj = pred.Adj;
        var path = stack; // reused as the compression stack (length n ≥ count)
        for (int i = count - 1; i >= 1; i--)
        {
            int w = vertex[i];
            for (int k = pOff[w]; k < pOff[w + 1]; k++)
            {
                int v = dfn[pAdj[k]];
                if (v < 0) continue; // predecessor not reachable from root
                int u = Eval(v, ancestor, label, semi, path);
                if (semi[u] < semi[i]) semi[i] = semi[u];
            }
            int s = semi[i];
            bucketNext[i] = bucketHead[s];
            bucketHead[s] = i;
            int p = parent[i];
            ancestor[i] = p; // link(parent, i)
            for (int b = bucketHead[p]; b >= 0; b = bucketNext[b])
            {
                int u = Eval(b, ancestor, label, semi, path);
                idom[b] = semi[u] < semi[b] ? u : p;
            }
            bucketHead[p] = -1;
        }
        for (int i = 1; i < count; i++)
            if (idom[i] != semi[i]) idom[i] = idom[idom[i]];

        for (int i = 1; i < count; i++) idomV[vertex[i]] = vertex[idom[i]];
        return idomV;
    }

    // eval(v) with iterative path compression.
    private static int Eval(int v, int[] ancestor, int[] label, int[] semi, int[] path)
    {
        if (ancestor[v] < 0) return v;
        // Collect v, ancestor(v), … while the ancestor's ancestor exists (these are compressed).
        int top = 0;
        int x = v;
        while (ancestor[ancestor[x]] >= 0)
        {
            path[top++] = x;
            x = ancestor[x];
        }
        // Process from the vertex nearest the forest root down to v (the recursion's unwinding order).
        while (top > 0)
        {
            int y = path[--top];
            int a = ancestor[y];
            if (semi[label[a]] < semi[label[y]]) label[y] = label[a];
            ancestor[y] = ancestor[a];
        }
        return label[v];
    }
}
