using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Resilience;

/// <summary>
/// The whole single-point-of-failure analysis in one call, for the CLI (<c>depgraph spof</c>) and the report.
/// </summary>
/// <remarks>
/// <para>Undirected: <see cref="ArticulationPoints"/> and <see cref="Bridges"/>. Directed, whole graph:
/// <see cref="StronglyConnectedComponents"/>, <see cref="StrongArticulationPoints"/>, <see cref="StrongBridges"/>
/// (one shared SCC and dominator preparation). From a root, when given: the <see cref="DominatorTree"/>,
/// <see cref="NodeImpact"/> (sharing that tree), <see cref="LinkImpact"/>, and, for the requested targets,
/// <see cref="VertexDisjointPaths.CountAll"/>. O((n + m) log n) overall (the dominator computations, Lengauer–Tarjan
/// with simple linking, and one sort of the ids; the rest is O(n + m)) plus O(m·√n) per redundancy target. The
/// undirected part, the strong-connectivity part and the rooted part are independent and run in parallel, the last two
/// after one shared SCC search, started at the root, whose first tree the rooted dominator computation takes over. That
/// is up to four threads, as the strong-connectivity part runs its forward and reversed dominator computations side by
/// side too; the one sort of the ids, made by whichever part needs it first, may add one more for its second half. The
/// result is the same on any number of cores. Every list of vertices or links is in <see cref="IdOrder"/> (by id), so
/// callers print it as it is.</para>
/// <para><b>Example.</b> <c>ResilienceAnalysis.Run(g, g.IndexOf("nisc"), null).NodeImpact</c> ranks the
/// organisations whose failure cuts most members off from NISC.</para>
/// </remarks>
public static class ResilienceAnalysis
{
    /// <summary>Runs every resilience algorithm on <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph (typically one edge layer, e.g. <c>EdgeLayer.Information</c>).</param>
    /// <param name="root">Source vertex for dominators, impacts and redundancy, or null to skip them.</param>
    /// <param name="redundancyTargets">Targets to count disjoint paths to from <paramref name="root"/>, or null.</param>
    /// <returns>The bundled, immutable result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="root"/> or a target is not a vertex.</exception>
    /// <exception cref="ArgumentException">targets are given without a root, or a target equals the root.</exception>
    public static ResilienceResult Run(CompactGraph graph, int? root, IReadOnlyList<int>? redundancyTargets)
    {
        Preconditions.NotNull(graph, nameof(graph));
        if (root is int r) Preconditions.ValidVertex(r, graph.NodeCount, nameof(root));
        if (redundancyTargets is not null)
        {
            if (root is null) throw new ArgumentException("Redundancy targets need a root to count paths from; pass root.", nameof(redundancyTargets));
            foreach (int t in redundancyTargets)
            {
                Preconditions.ValidVertex(t, graph.NodeCount, nameof(redundancyTargets));
                if (t == root) throw new ArgumentException($"Redundancy targets must not contain the root (vertex {root}).", nameof(redundancyTargets));
            }
        }

        // Three independent parts, run side by side on the cores there are (each is deterministic, so the result does
        // not depend on the scheduling): one depth-first search of the undirected view for both articulation points
        // and bridges; the shared SCC and dominator preparation of strong articulation points and strong bridges;
        // and, from a root, one dominator tree for node and link impact (the last two after one shared SCC search).
        IReadOnlyList<int> aps = [];
        IReadOnlyList<(int A, int B)> bridges = [];
        IReadOnlyList<int> saps = [];
        IReadOnlyList<(int Source, int Target)> sbs = [];
        int componentCount = 0;
        DominatorTree? tree = null;
        IReadOnlyList<NodeImpactEntry>? nodeImpact = null;
        IReadOnlyList<LinkImpactEntry>? linkImpact = null;
        IReadOnlyList<(int Target, int Paths)>? redundancy = null;
        // Every list is put in id order by integer ranks: one sort of all ids (IdOrder.Ranks, kept with the graph for
        // later output), made by whichever part needs it first.
        Parallel.Invoke(
            () =>
            {
                var isCut = new bool[graph.NodeCount];
                var bridgeList = new List<(int A, int B)>();
                Biconnectivity.Run(graph, isCut, bridgeList);
                var ranking = IdOrder.Ranks(graph);
                aps = Array.AsReadOnly(InOrder(ranking, isCut));
                var b = bridgeList.ToArray();
                IdOrder.SortPairsByRank(b, ranking, undirected: true);
                bridges = Array.AsReadOnly(b);
            },
            () =>
            {
                // From a root, the SCC search starts there: its first tree is the dominator computation's search, so the
                // strong-connectivity part and the rooted part split after one search instead of making two.
                var (off, tgt) = graph.RawOut;
                SearchTree search = default;
                var comp = root is int first
                    ? StronglyConnectedComponents.Run((off, tgt), first, out int count, out search)
                    : StronglyConnectedComponents.Run((off, tgt), null, out count);
                Parallel.Invoke(
                    () =>
                    {
                        var sc = new ComponentDominatorTrees(graph, comp, count);
                        componentCount = sc.ComponentCount;
                        var isSap = Resilience.StrongArticulationPoints.Mark(sc);
                        var b = Resilience.StrongBridges.Collect(sc).ToArray();
                        var ranking = IdOrder.Ranks(graph);
                        saps = Array.AsReadOnly(InOrder(ranking, isSap));
                        IdOrder.SortPairsByRank(b, ranking, undirected: false);
                        sbs = Array.AsReadOnly(b);
                    },
                    () =>
                    {
                        if (root is not int source) return;
                        tree = Resilience.Dominators.FromSearch(graph, search);
                        var rank = IdOrder.Ranks(graph).Rank;
                        nodeImpact = Resilience.NodeImpact.Compute(graph, tree, rank);
                        linkImpact = Resilience.LinkImpact.Compute(graph, tree, rank);
                        if (redundancyTargets is not null) redundancy = VertexDisjointPaths.CountAll(graph, source, redundancyTargets);
                    });
            });
        return new ResilienceResult(graph.NodeCount, graph.EdgeCount, aps, bridges, componentCount, saps, sbs,
            root, tree, nodeImpact, linkImpact, redundancy);
    }

    /// <summary>The vertices marked in <paramref name="marked"/>, by id.</summary>
    private static int[] InOrder(IdOrder.Ranking ranking, bool[] marked)
    {
        var result = new List<int>();
        foreach (int v in ranking.Order) if (marked[v]) result.Add(v);
        return result.ToArray();
    }
}
