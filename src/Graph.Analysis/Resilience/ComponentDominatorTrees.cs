using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Resilience;

/// <summary>
/// The common preparation of <see cref="StrongArticulationPoints"/> and <see cref="StrongBridges"/> (Italiano,
/// Laura and Santaroni 2012): the SCCs, a representative r (smallest vertex) per SCC, and the dominator trees of
/// the intra-SCC subgraph from a super-root s = n with an edge s→r per SCC, forward (G) and reversed (Gᴿ).
/// </summary>
/// <remarks>
/// Because only intra-SCC edges are kept, everything s reaches through r lies in r's SCC, so one dominator
/// computation from s gives, below each r, the dominator tree of that SCC's flowgraph from r (likewise reversed):
/// linear in total, however many SCCs there are.
/// </remarks>
internal sealed class ComponentDominatorTrees
{
    public int N { get; }
    public int[] Component { get; }
    public int ComponentCount { get; }
    public int[] Representative { get; }
    /// <summary>The graph's forward adjacency (edge ids are positions in <see cref="Targets"/>).</summary>
    public int[] Offsets { get; }
    public int[] Targets { get; }
    public DominatorTree Forward { get; }
    public DominatorTree Reverse { get; }

    public ComponentDominatorTrees(CompactGraph g)
    {
        int n = g.NodeCount;
        N = n;
        var (off, tgt) = g.RawOut;
        var (inOff, inSrc, _) = g.RawIn;
        Offsets = off;
        Targets = tgt;
        Component = StronglyConnectedComponents.Run((off, tgt), null, out int count);
        ComponentCount = count;
        Representative = new int[count];
        Array.Fill(Representative, -1);
        for (int v = 0; v < n; v++) if (Representative[Component[v]] < 0) Representative[Component[v]] = v;

        // Forward: u→v within a component, and s→r. Reverse: v→u within a component, and s→r. The intra-SCC
        // flowgraphs are not built: the dominator computation filters the graph's own arcs by component.
        (int[], int[]) fwd = (off, tgt);
        (int[], int[]) rev = (inOff, inSrc);
        // the two directions are independent: side by side when there is a free core
        DominatorTree? forward = null, reverse = null;
        Parallel.Invoke(
            () => forward = new DominatorTree(n, LengauerTarjan.SuperRootDominators(fwd, rev, Component, Representative)),
            () => reverse = new DominatorTree(n, LengauerTarjan.SuperRootDominators(rev, fwd, Component, Representative)));
        Forward = forward!;
        Reverse = reverse!;
    }
}
