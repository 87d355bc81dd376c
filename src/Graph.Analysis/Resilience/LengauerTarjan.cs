namespace Depgraph.Analysis.Resilience;

/// <summary>
/// The Lengauer–Tarjan dominator algorithm (the "simple" version: path compression without balanced linking,
/// O(m log n)): semidominators and implicit immediate dominators by eval/link and buckets, then the explicit ones in
/// preorder; on bare CSR arrays, iterative throughout. Shared by <see cref="Dominators"/>,
/// <see cref="StrongArticulationPoints"/> and <see cref="StrongBridges"/>.
/// </summary>
/// <remarks>
/// Laid out for the cache: the search keeps each vertex's number and arc cursor in one 8-byte record; after it
/// everything runs on preorder numbers, the predecessor
/// lists are first rewritten into preorder numbers in one tight pass (so the semidominator loop reads them
/// sequentially), and each number's forest ancestor, label and semidominator share one 12-byte record, so
/// following a compression path costs one cache miss per step instead of three.
/// </remarks>
internal static class LengauerTarjan
{
    private struct Forest
    {
        public int Ancestor; // −1 = a root of the link-eval forest
        public int Label;
        public int Semi;
    }

    /// <summary>
    /// Immediate dominators of every vertex of the flowgraph (<paramref name="succ"/>, <paramref name="root"/>):
    /// <c>idom[v]</c> is a vertex, or -1 for the root and for vertices the root does not reach.
    /// <paramref name="pred"/> must be the reverse adjacency of <paramref name="succ"/>.
    /// </summary>
    public static int[] ImmediateDominators((int[] Offsets, int[] Adj) succ, (int[] Offsets, int[] Adj) pred, int root) => Run(succ, pred, root, null);

    /// <summary>
    /// Immediate dominators in the flowgraph <paramref name="succ"/> plus a super-root s = n with an arc s→r for every
    /// r of <paramref name="roots"/> (distinct vertices). Returns n + 1 entries (s last, −1). Saves building that graph.
    /// </summary>
    public static int[] SuperRootDominators((int[] Offsets, int[] Adj) succ, (int[] Offsets, int[] Adj) pred, int[] roots) =>
        Run(succ, pred, succ.Offsets.Length - 1, roots);

    /// <summary>Per-vertex state of the depth-first search: one 8-byte record, so a visit costs one cache miss, not two.</summary>
    private struct Visit
    {
        public int Dfn;  // preorder number, −1 = not reached
        public int Next; // next arc to scan
    }

    private static int[] Run((int[] Offsets, int[] Adj) succ, (int[] Offsets, int[] Adj) pred, int root, int[]? roots)
    {
        int n = succ.Offsets.Length - 1;
        int total = roots is null ? n : n + 1; // with roots, vertex n is the super-root
        var idomV = new int[total];
        Array.Fill(idomV, -1);
        if (total == 0) return idomV;

        // 1. Iterative DFS from root: preorder numbers (−1 = unreachable), vertex[i], parent[i] (numbers).
        var st = new Visit[total];
        for (int v = 0; v < total; v++) st[v] = new Visit { Dfn = -1 };
        var vertex = new int[total];
        var parent = new int[total];
        var stack = new int[total];
        var sOff = succ.Offsets;
        var sAdj = succ.Adj;
        int count = 0, sp = 0;
        st[root].Dfn = count;
        vertex[count] = root;
        parent[count] = -1;
        count++;
        st[root].Next = roots is null ? sOff[root] : 0;
        stack[sp++] = root;
        while (sp > 0)
        {
            int v = stack[sp - 1];
            ref Visit sv = ref st[v];
            int w;
            if (roots is null || v < n)
            {
                if (sv.Next >= sOff[v + 1]) { sp--; continue; }
                w = sAdj[sv.Next++];
            }
            else
            {
                if (sv.Next >= roots.Length) { sp--; continue; }
                w = roots[sv.Next++];
            }
            ref Visit sw = ref st[w];
            if (sw.Dfn >= 0) continue;
            sw.Dfn = count;
            sw.Next = sOff[w];
            vertex[count] = w;
            parent[count] = sv.Dfn;
            count++;
            stack[sp++] = w;
        }

        var dfn = stack; // dead after the DFS (length ≥ n): the preorder numbers, packed densely for the random reads below
        for (int v = 0; v < n; v++) dfn[v] = st[v].Dfn;
        st = null;
        return Finish(pred, new SearchTree(vertex, parent, dfn, count), roots, idomV);
    }

    /// <summary>
    /// Immediate dominators of the flowgraph with reverse adjacency <paramref name="pred"/> from the start of
    /// <paramref name="search"/>, a depth-first search of it already made (e.g. by <see cref="StronglyConnectedComponents"/>).
    /// Takes over the search's arrays. Returns n entries as <see cref="ImmediateDominators"/> does.
    /// </summary>
    public static int[] FromSearch((int[] Offsets, int[] Adj) pred, SearchTree search)
    {
        var idomV = new int[pred.Offsets.Length - 1];
        Array.Fill(idomV, -1);
        return Finish(pred, search, null, idomV);
    }

    /// <summary>
    /// Steps of the last <see cref="Finish"/> on this thread: one per eval, per compressed forest step, per bucket
    /// entry and per climb. For tests (a bound in n + m without timing); every loop of steps 3–4 must count here.
    /// </summary>
    [ThreadStatic] internal static long LastWork;

    private static int[] Finish((int[] Offsets, int[] Adj) pred, SearchTree search, int[]? roots, int[] idomV)
    {
        long work = 0;
        int n = pred.Offsets.Length - 1;
        var (vertex, parent, dfn, count) = search;
        if (count == 0) return idomV;
        // 2. Predecessors in preorder numbers, in preorder (one pass of random reads, then sequential use).
        var pOff = pred.Offsets;
        var pAdj = pred.Adj;
        var predStart = new int[count + 1];
        long upper = 0;
        for (int i = 1; i < count; i++) { int w = vertex[i]; upper += pOff[w + 1] - pOff[w]; }
        if (roots is not null) upper += roots.Length;
        var preds = new int[upper];
        int pos = 0;
        bool[]? isRoot = null;
        if (roots is not null)
        {
            isRoot = new bool[n];
            foreach (int r in roots) isRoot[r] = true;
        }
        for (int i = 1; i < count; i++)
        {
            predStart[i] = pos;
            int w = vertex[i];
            for (int k = pOff[w]; k < pOff[w + 1]; k++)
            {
                int d = dfn[pAdj[k]];
                if (d >= 0) preds[pos++] = d; // skip predecessors the root does not reach
            }
            if (isRoot is not null && isRoot[w]) preds[pos++] = 0; // the super-root's arc
        }
        predStart[count] = pos;

        // 3. Semidominators and implicit idoms in reverse preorder (eval/link on the forest, buckets), on preorder
        // numbers 0..count-1.
        var f = new Forest[count];
        var idom = new int[count];
        var bucketHead = new int[count];
        var bucketNext = new int[count];
        for (int i = 0; i < count; i++)
        {
            f[i] = new Forest { Ancestor = -1, Label = i, Semi = i };
            bucketHead[i] = -1;
        }
        var path = dfn; // dead: reused as the compression stack (length ≥ count)
        for (int i = count - 1; i >= 1; i--)
        {
            int semiI = i;
            for (int k = predStart[i], end = predStart[i + 1]; k < end; k++)
            {
                int u = Eval(preds[k], f, path, ref work);
                int su = f[u].Semi;
                if (su < semiI) semiI = su;
            }
            f[i].Semi = semiI;
            bucketNext[i] = bucketHead[semiI];
            bucketHead[semiI] = i;
            int p = parent[i];
            f[i].Ancestor = p; // link(parent, i)
            for (int b = bucketHead[p]; b >= 0; b = bucketNext[b])
            {
                int u = Eval(b, f, path, ref work);
                idom[b] = f[u].Semi < f[b].Semi ? u : p;
            }
            bucketHead[p] = -1;
        }

        // 4. Explicit idoms in preorder: where step 3 left an implicit one (not the semidominator), it is the idom's.
        for (int i = 1; i < count; i++)
            if (idom[i] != f[i].Semi) idom[i] = idom[idom[i]];

        for (int i = 1; i < count; i++) idomV[vertex[i]] = vertex[idom[i]];
        LastWork = work;
        return idomV;
    }

    // eval(v) with iterative path compression.
    private static int Eval(int v, Forest[] f, int[] path, ref long work)
    {
        work++;
        int a = f[v].Ancestor;
        if (a < 0) return v;
        if (f[a].Ancestor < 0) return f[v].Label;
        // Collect v, ancestor(v), … while the ancestor's ancestor exists (these are compressed).
        int top = 0;
        int x = v;
        while (f[f[x].Ancestor].Ancestor >= 0)
        {
            path[top++] = x;
            x = f[x].Ancestor;
            work++;
        }
        // Process from the vertex nearest the forest root down to v (the recursion's unwinding order).
        while (top > 0)
        {
            int y = path[--top];
            ref Forest fy = ref f[y];
            ref Forest fa = ref f[fy.Ancestor];
            if (f[fa.Label].Semi < f[fy.Label].Semi) fy.Label = fa.Label;
            fy.Ancestor = fa.Ancestor;
        }
        return f[v].Label;
    }
}
