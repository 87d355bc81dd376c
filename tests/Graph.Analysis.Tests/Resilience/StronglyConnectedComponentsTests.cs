using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Resilience;

public class StronglyConnectedComponentsTests
{
    [Fact]
    public void Guards()
    {
        Assert.Throws<ArgumentNullException>(() => StronglyConnectedComponents.Compute(null!));
        var scc = StronglyConnectedComponents.Compute(TestGraphs.Path(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => scc.ComponentOf(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => scc.Size(2));
    }

    [Fact]
    public void Empty_single_path_and_cycle()
    {
        Assert.Equal(0, StronglyConnectedComponents.Compute(CompactGraph.Empty).Count);
        Assert.Equal(1, StronglyConnectedComponents.Compute(TestGraphs.Parse("a->a")).Count);
        var path = StronglyConnectedComponents.Compute(TestGraphs.Path(4));
        Assert.Equal(4, path.Count);
        Assert.Equal(new[] { 3, 2, 1, 0 }, path.ComponentIds.ToArray()); // sinks complete first
        var cycle = StronglyConnectedComponents.Compute(TestGraphs.Cycle(5));
        Assert.Equal(1, cycle.Count);
        Assert.Equal(5, cycle.Size(0));
    }

    [Fact]
    public void Documented_example()
    {
        var g = TestGraphs.Parse("a->b, b->a, b->c, c->d, d->c");
        var scc = StronglyConnectedComponents.Compute(g);
        Assert.Equal(2, scc.Count);
        Assert.Equal(0, scc.ComponentOf(g.IndexOf("c")));
        Assert.Equal(0, scc.ComponentOf(g.IndexOf("d")));
        Assert.Equal(1, scc.ComponentOf(g.IndexOf("a")));
        Assert.Equal(1, scc.ComponentOf(g.IndexOf("b")));
    }

    [Fact]
    public void Random_graphs_match_QuikGraph_and_are_reverse_topological()
    {
        for (int seed = 0; seed < 300; seed++)
        {
            var g = BruteForce.RandomMultigraph(seed, maxN: 14);
            var scc = StronglyConnectedComponents.Compute(g);
            var quik = BruteForce.QuikSccMap(g);
            Assert.Equal(quik.Values.Distinct().Count(), scc.Count);
            for (int u = 0; u < g.NodeCount; u++)
                for (int v = 0; v < g.NodeCount; v++)
                    Assert.Equal(quik[u] == quik[v], scc.ComponentOf(u) == scc.ComponentOf(v));
            foreach (var (u, v) in BruteForce.Edges(g))
                Assert.True(scc.ComponentOf(v) <= scc.ComponentOf(u));
            Assert.Equal(g.NodeCount, Enumerable.Range(0, scc.Count).Sum(scc.Size));
        }
    }
}
