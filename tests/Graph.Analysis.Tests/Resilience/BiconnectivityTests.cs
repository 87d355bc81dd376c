using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Resilience;

/// <summary>
/// The one search of <see cref="Biconnectivity"/> over out- then in-arcs (the undirected view without building it),
/// against removal and recount, on multigraphs with antiparallel pairs, parallel arcs and self-loops.
/// </summary>
public class BiconnectivityTests
{
    [Fact]
    public void Antiparallel_and_parallel_arcs_are_one_undirected_edge_self_loops_none()
    {
        // a->b with b->a, b->c twice, c->c: the view is the path a - b - c, so both edges are bridges and b cuts
        var g = TestGraphs.Parse("a->b, b->a, b->c, b->c, c->c");
        var cut = new bool[g.NodeCount];
        var bridges = new List<(int A, int B)>();
        Biconnectivity.Run(g, cut, bridges);
        Assert.Equal(new[] { g.IndexOf("b") }, Enumerable.Range(0, g.NodeCount).Where(v => cut[v]));
        Assert.Equal(new[] { (g.IndexOf("a"), g.IndexOf("b")), (g.IndexOf("b"), g.IndexOf("c")) }.Select(p => (Math.Min(p.Item1, p.Item2), Math.Max(p.Item1, p.Item2))).Order(),
            bridges.Order());
    }

    [Fact]
    public void Larger_random_multigraphs_match_removal_and_recount()
    {
        for (int seed = 0; seed < 60; seed++)
        {
            var rng = new Random(seed);
            int n = rng.Next(10, 60);
            var pairs = new List<(int, int)>();
            // a sparse tree-like part (many cut vertices and bridges) plus a few cycles, parallels and self-loops
            for (int v = 1; v < n; v++) pairs.Add(rng.Next(2) == 0 ? (rng.Next(v), v) : (v, rng.Next(v)));
            for (int i = rng.Next(n / 2); i > 0; i--) pairs.Add((rng.Next(n), rng.Next(n)));
            for (int i = rng.Next(4); i > 0; i--) { var p = pairs[rng.Next(pairs.Count)]; pairs.Add(rng.Next(2) == 0 ? p : (p.Item2, p.Item1)); }
            var g = TestGraphs.FromPairs(n, pairs);

            var cut = new bool[n];
            var bridges = new List<(int A, int B)>();
            Biconnectivity.Run(g, cut, bridges);
            int baseCount = BruteForce.UndirectedComponents(g);
            var expectedCut = Enumerable.Range(0, n).Where(v => BruteForce.UndirectedComponents(g, skipVertex: v) > baseCount);
            Assert.Equal(expectedCut, Enumerable.Range(0, n).Where(v => cut[v]));
            var expectedBridges = BruteForce.Edges(g).Where(p => p.U != p.V).Select(p => (A: Math.Min(p.U, p.V), B: Math.Max(p.U, p.V))).Distinct()
                .Where(p => BruteForce.UndirectedComponents(g, skipPair: p) > baseCount).Order();
            Assert.Equal(expectedBridges, bridges.Order());
        }
    }
}
