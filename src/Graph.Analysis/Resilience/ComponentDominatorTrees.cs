using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Resilience;

/// <summary>
/// The common preparation of <see cref="StrongArticulationPoints"/> and <see cref="StrongBridges"/> (Italiano,
/// Laura and Santaroni 2012): the SCCs, a representative r (smallest vertex) per SCC, and the dominator trees of
/// the intra-SCC subgraph from a super-root s with an edge s→r per SCC, forward (G) and reversed (Gᴿ).
/// </summary>
/// <remarks>
/// <para>Because only intra-SCC edges are kept, everything s reaches through r lies in r's SCC, so one dominator
/// computation from s gives, below each r, the dominator tree of that SCC's flowgraph from r (likewise reversed):
/// one computation per direction in total (O(m log n), Lengauer–Tarjan), however many SCCs there are.</para>
/// <para>Only SCCs of two or more vertices can hold a strong articulation point or a strong bridge, so the trees are
/// computed on the <i>core</i>: the vertices of those SCCs, numbered 0..k−1 in ascending vertex order
/// (<see cref="VertexOf"/>), with their intra-SCC edges (self-loops dropped, parallel edges kept) in CSR form, forward
/// and reversed; the super-root is k. On a sparse graph most SCCs are single vertices, and the two dominator
/// computations then touch only the core instead of every vertex and edge, without a component test per arc.</para>
/// </remarks>
internal sealed class ComponentDominatorTrees
{
    public int N { get; }
    public int[] Component { get; }
    public int ComponentCount { get; }
    /// <summary>The representative (smallest vertex) of every SCC, by component id.</summary>
    public int[] Representative { get; }
    /// <summary>Core number → vertex (ascending), for the k vertices of SCCs of two or more vertices.</summary>
    public int[] VertexOf { get; }
    /// <summary>The core's forward adjacency on core numbers (arc ids are positions in <see cref="CoreTargets"/>).</summary>
    public int[] CoreOffsets { get; }
    public int[] CoreTargets { get; }
    /// <summary>The representatives of the core's SCCs, as core numbers.</summary>
    public int[] CoreRepresentatives { get; }
    /// <summary>Dominator trees on the core (k + 1 vertices, the super-root k), forward and reversed.</summary>
    public DominatorTree Forward { get; }
    public DominatorTree Reverse { get; }

    public ComponentDominatorTrees(CompactGraph g) : this(g, StronglyConnectedComponents.Run(g.RawOut, null, out int count), count)
    {
    }

    /// <summary>The trees from the SCCs already found (<paramref name="component"/> per vertex, <paramref name="count"/> of them).</summary>
    public ComponentDominatorTrees(CompactGraph g, int[] component, int count)
    {
        int n = g.NodeCount;
        N = n;
        var (off, tgt) = g.RawOut;
        Component = component;
        ComponentCount = count;
        var comp = Component;
        Representative = new int[count];
        Array.Fill(Representative, -1);
        var size = new int[count];
        for (int v = 0; v < n; v++)
        {
            int c = comp[v];
            if (Representative[c] < 0) Representative[c] = v;
            size[c]++;
        }

        // The core: vertices of SCCs of two or more, renumbered in ascending order, with their intra-SCC arcs.
        var coreOf = new int[n];
        int k = 0;
        for (int v = 0; v < n; v++) coreOf[v] = size[comp[v]] >= 2 ? k++ : -1;
        var vertexOf = new int[k];
        var cOff = new int[k + 1];
        int reps = 0;
        for (int v = 0; v < n; v++)
        {
            int x = coreOf[v];
            if (x < 0) continue;
            vertexOf[x] = v;
            if (Representative[comp[v]] == v) reps++;
            int c = comp[v], deg = 0;
            for (int e = off[v]; e < off[v + 1]; e++) { int w = tgt[e]; if (w != v && comp[w] == c) deg++; }
            cOff[x + 1] = cOff[x] + deg;
        }
        var cTgt = new int[cOff[k]];
        var rOff = new int[k + 1];
        var coreReps = new int[reps];
        reps = 0;
        for (int x = 0; x < k; x++)
        {
            int v = vertexOf[x], c = comp[v], p = cOff[x];
            if (Representative[c] == v) coreReps[reps++] = x;
            for (int e = off[v]; e < off[v + 1]; e++)
            {
                int w = tgt[e];
                if (w != v && comp[w] == c) { int y = coreOf[w]; cTgt[p++] = y; rOff[y + 1]++; }
            }
        }
        for (int x = 0; x < k; x++) rOff[x + 1] += rOff[x];
        var rSrc = new int[cTgt.Length];
        var fill = coreOf; // dead: reused as the fill cursor of the reverse adjacency
        Array.Copy(rOff, fill, k);
        for (int x = 0; x < k; x++)
            for (int e = cOff[x]; e < cOff[x + 1]; e++) rSrc[fill[cTgt[e]]++] = x; // ascending source within each target
        VertexOf = vertexOf;
        CoreOffsets = cOff;
        CoreTargets = cTgt;
        CoreRepresentatives = coreReps;

        // Forward: u→v within a component, and s→r. Reverse: v→u within a component, and s→r.
        (int[], int[]) fwd = (cOff, cTgt);
        (int[], int[]) rev = (rOff, rSrc);
        // the two directions are independent: side by side when there is a free core
        DominatorTree? forward = null, reverse = null;
        Parallel.Invoke(
            () => forward = new DominatorTree(k, LengauerTarjan.SuperRootDominators(fwd, rev, coreReps)),
            () => reverse = new DominatorTree(k, LengauerTarjan.SuperRootDominators(rev, fwd, coreReps)));
        Forward = forward!;
        Reverse = reverse!;
    }
}
