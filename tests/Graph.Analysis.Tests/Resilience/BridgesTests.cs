using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Resilience;

public class BridgesTests
{
    private static (int, int) Pair(CompactGraph g, string a, string b)
    {
        int x = g.IndexOf(a), y = g.IndexOf(b);
        return x < y ? (x, y) : (y, x);
    }

    [Fact]
    public void Null_graph_throws() => Assert.Throws<ArgumentNullException>(() => Bridges.Find(null!));

    [Fact]
    public void Empty_and_single_vertex_graphs_have_none()
    {
        Assert.Empty(Bridges.Find(CompactGraph.Empty));
        Assert.Empty(TestGraphs.Parse("a->a").Bridges());
    }

    [Fact]
    public void Every_path_edge_is_a_bridge() =>
        Assert.Equal(Enumerable.Range(0, 5).Select(i => (i, i + 1)), Bridges.Find(TestGraphs.Path(6)));

    [Fact]
    public void Cycle_has_none() => Assert.Empty(Bridges.Find(TestGraphs.Cycle(5)));

    [Fact]
    public void Star_edges_are_bridges() =>
        Assert.Equal(Enumerable.Range(1, 4).Select(i => (0, i)), Bridges.Find(TestGraphs.Star(5)));

    [Fact]
    public void Barbell_path_edges_are_bridges() =>
        Assert.Equal(new[] { (2, 3), (3, 4), (4, 5) }, Bridges.Find(TestGraphs.Barbell(3, 2)));

    [Fact]
    public void Antiparallel_pair_is_one_edge_and_a_bridge_when_alone()
    {
        var g = TestGraphs.Parse("a->b, b->a");
        Assert.Equal(new[] { Pair(g, "a", "b") }, g.Bridges());
    }

    [Fact]
    public void Parallel_edges_are_one_edge()
    {
        var g = TestGraphs.Parse("a->b, a->b, b->c, c->b, c->c");
        Assert.Equal(new[] { Pair(g, "a", "b"), Pair(g, "b", "c") }, g.Bridges());
    }

    [Fact]
    public void Pairs_are_normalised_and_sorted()
    {
        var g = TestGraphs.Parse("d->c, c->b, b->a"); // d=0, c=1, b=2, a=3
        Assert.Equal(new[] { (0, 1), (1, 2), (2, 3) }, g.Bridges());
    }

    [Fact]
    public void Documented_example()
    {
        var g = TestGraphs.Parse("a->b, b->c, c->a, c->d, d->c, d->e");
        Assert.Equal(new[] { Pair(g, "c", "d"), Pair(g, "d", "e") }, g.Bridges());
    }

    [Fact]
    public void Random_graphs_match_removal_and_recount()
    {
        for (int seed = 0; seed < 400; seed++)
        {
            var g = BruteForce.RandomMultigraph(seed);
            int baseCount = BruteForce.UndirectedComponents(g);
            var expected = BruteForce.Edges(g).Where(p => p.U != p.V)
                .Select(p => (Math.Min(p.U, p.V), Math.Max(p.U, p.V))).Distinct()
                .Where(p => BruteForce.UndirectedComponents(g, skipPair: p) > baseCount)
                .Order().ToArray();
            Assert.Equal(expected, Bridges.Find(g));
        }
    }
}
