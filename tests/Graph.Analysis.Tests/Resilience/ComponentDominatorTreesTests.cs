using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Resilience;

/// <summary>
/// The core of <see cref="ComponentDominatorTrees"/> (SCCs of two or more vertices, their intra-SCC arcs) and the strong
/// articulation points and strong bridges found on it, against removal and recount on graphs that mix single-vertex
/// SCCs, two-vertex SCCs and larger ones.
/// </summary>
public class ComponentDominatorTreesTests
{
    /// <summary>A few dense clusters (SCCs of various sizes), chains between them and loose vertices.</summary>
    private static CompactGraph Mixed(int seed)
    {
        var rng = new Random(seed);
        int n = rng.Next(20, 70);
        var pairs = new List<(int, int)>();
        int clusters = rng.Next(1, 5);
        for (int c = 0; c < clusters; c++)
        {
            int size = rng.Next(2, 12), start = rng.Next(n - size);
            for (int i = 0; i < size; i++) pairs.Add((start + i, start + (i + 1) % size)); // a cycle: strongly connected
            for (int i = rng.Next(size * 2); i > 0; i--) pairs.Add((start + rng.Next(size), start + rng.Next(size)));
        }
        for (int i = rng.Next(n); i > 0; i--) pairs.Add((rng.Next(n), rng.Next(n))); // cross arcs, self-loops, parallels
        return TestGraphs.FromPairs(n, pairs);
    }

    [Fact]
    public void Core_is_the_vertices_of_SCCs_of_two_or_more_with_their_intra_SCC_arcs()
    {
        for (int seed = 0; seed < 50; seed++)
        {
            var g = Mixed(seed);
            var sc = new ComponentDominatorTrees(g);
            var size = sc.Component.GroupBy(c => c).ToDictionary(x => x.Key, x => x.Count());
            Assert.Equal(Enumerable.Range(0, g.NodeCount).Where(v => size[sc.Component[v]] >= 2), sc.VertexOf);
            var arcs = new List<(int, int)>();
            for (int x = 0; x < sc.VertexOf.Length; x++)
                for (int e = sc.CoreOffsets[x]; e < sc.CoreOffsets[x + 1]; e++) arcs.Add((sc.VertexOf[x], sc.VertexOf[sc.CoreTargets[e]]));
            var expected = BruteForce.Edges(g).Where(p => p.U != p.V && sc.Component[p.U] == sc.Component[p.V]).Select(p => (p.U, p.V));
            Assert.Equal(expected, arcs);
            Assert.Equal(sc.ComponentCount, StronglyConnectedComponents.Compute(g).Count);
        }
    }

    [Fact]
    public void Strong_articulation_points_and_bridges_match_removal_and_recount()
    {
        for (int seed = 0; seed < 120; seed++)
        {
            var g = Mixed(seed);
            int baseCount = BruteForce.SccCount(g);
            var saps = Enumerable.Range(0, g.NodeCount).Where(v => BruteForce.SccCount(g, skipVertex: v) > baseCount).ToArray();
            Assert.Equal(saps, StrongArticulationPoints.Find(g));
            var sbs = Enumerable.Range(0, g.EdgeCount).Where(e => BruteForce.SccCount(g, skipEdge: e) > baseCount)
                .Select(e => (g.Source(e), g.Target(e))).Distinct().Order().ToArray();
            Assert.Equal(sbs, StrongBridges.Find(g));
        }
    }
}
