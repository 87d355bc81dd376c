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
internal sealed class StrongConnectivity
{
    public int N { get; }
    public int[] Component { get; }
    public int ComponentCount { get; }
    public int[] Representative { get; }
    /// <summary>Intra-SCC edges (u ≠ v, same component), in original edge-id order.</summary>
    public int[] EdgeSource { get; }
    public int[] EdgeTarget { get; }
    public DominatorTree Forward { get; }
    public DominatorTree Reverse { get; }

    public StrongConnectivity(CompactGraph g)
    {
        int n = g.NodeCount;
        N = n;
        var (off, tgt) = g.RawOut;
        Component = StronglyConnectedComponents.Run(new Csr(off, tgt), null, out int count);
        ComponentCount = count;
        Representative = new int[count];
        Array.Fill(Representative, -1);
        for (int v = 0; v < n; v++) if (Representative[Component[v]] < 0) Representative[Component[v]] = v;

        int m = g.EdgeCount, intra = 0;
        for (int e = 0; e < m; e++)
        {
            int u = g.Source(e), v = tgt[e];
            if (u != v && Component[u] == Component[v]) intra++;
        }
        EdgeSource = new int[intra];
        EdgeTarget = new int[intra];
        int k = 0;
        for (int e = 0; e < m; e++)
        {
            int u = g.Source(e), v = tgt[e];
            if (u != v && Component[u] == Component[v]) { EdgeSource[k] = u; EdgeTarget[k] = v; k++; }
        }

        int s = n, arcs = intra + count;
        var a = new int[arcs];
        var b = new int[arcs];
        Array.Copy(EdgeSource, a, intra);
        Array.Copy(EdgeTarget, b, intra);
        for (int c = 0; c < count; c++) { a[intra + c] = s; b[intra + c] = Representative[c]; }
        // Forward: u→v and s→r. Reverse: v→u and s→r.
        var fwdSucc = Csr.Build(n + 1, a, b, arcs);
        var fwdPred = Csr.Build(n + 1, b, a, arcs);
        Forward = new DominatorTree(s, LengauerTarjan.ImmediateDominators(fwdSucc, fwdPred, s));
        Array.Copy(EdgeTarget, a, intra);
        Array.Copy(EdgeSource, b, intra);
        var revSucc = Csr.Build(n + 1, a, b, arcs);
        var revPred = Csr.Build(n + 1, b, a, arcs);
        Reverse = new DominatorTree(s, LengauerTarjan.ImmediateDominators(revSucc, revPred, s));
    }
}
