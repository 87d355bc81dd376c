using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Resilience;

public class StrongArticulationPointsTests
{
    private static CompactGraph Bidirected(int n) =>
        TestGraphs.FromPairs(n, Enumerable.Range(0, n).SelectMany(i => new[] { (i, (i + 1) % n), ((i + 1) % n, i) }));

    [Fact]
    public void Null_graph_throws() => Assert.Throws<ArgumentNullException>(() => StrongArticulationPoints.Find((CompactGraph)null!));

    [Fact]
    public void Empty_single_and_acyclic_graphs_have_none()
    {
        Assert.Empty(StrongArticulationPoints.Find(CompactGraph.Empty));
        Assert.Empty(StrongArticulationPoints.Find(TestGraphs.Parse("a->a")));
        Assert.Empty(StrongArticulationPoints.Find(TestGraphs.Path(5)));
        Assert.Empty(StrongArticulationPoints.Find(TestGraphs.Star(5)));
        Assert.Empty(StrongArticulationPoints.Find(TestGraphs.Cycle(2)));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    public void Every_vertex_of_a_directed_cycle_is_one(int n) =>
        Assert.Equal(Enumerable.Range(0, n), StrongArticulationPoints.Find(TestGraphs.Cycle(n)));

    [Fact]
    public void Bidirected_cycle_has_none() => Assert.Empty(StrongArticulationPoints.Find(Bidirected(6)));

    [Fact]
    public void Barbell_joints_and_path_are_strong_articulation_points() =>
        Assert.Equal(new[] { 2, 3, 4, 5 }, StrongArticulationPoints.Find(TestGraphs.Barbell(3, 2)));

    [Fact]
    public void Documented_example_two_triangles_sharing_a_vertex()
    {
        // two triangles, each edge in both directions, sharing c: only c
        var g = TestGraphs.Parse("a->b, b->a, b->c, c->b, c->a, a->c, c->d, d->c, d->e, e->d, e->c, c->e");
        Assert.Equal(new[] { g.IndexOf("c") }, StrongArticulationPoints.Find(g));
        // one-way triangles: removing any vertex of a directed triangle breaks it, so every vertex is one
        var oneWay = TestGraphs.Parse("a->b, b->c, c->a, c->d, d->e, e->c");
        Assert.Equal(Enumerable.Range(0, 5), StrongArticulationPoints.Find(oneWay));
    }

    [Fact]
    public void Representative_is_tested_directly()
    {
        // "a" (vertex 0) is the SCC's smallest vertex, chosen as r; it joins two bidirected triangles, so it is the only one.
        var g = TestGraphs.Parse("a->b, b->a, b->c, c->b, c->a, a->c, a->d, d->a, d->e, e->d, e->a, a->e, x->a");
        Assert.Equal(new[] { g.IndexOf("a") }, StrongArticulationPoints.Find(g));
    }

    [Fact]
    public void Several_components_with_self_loops_and_parallel_edges()
    {
        // {a,b,c} a directed triangle (all three), {p,q} a 2-cycle (none), plus an edge between them.
        var g = TestGraphs.Parse("a->b, a->b, b->c, c->a, c->c, c->p, p->q, q->p, q->q");
        Assert.Equal(new[] { "a", "b", "c" }.Select(g.IndexOf), StrongArticulationPoints.Find(g));
    }

    [Fact]
    public void Random_graphs_match_removal_and_QuikGraph_recount()
    {
        for (int seed = 0; seed < 400; seed++)
        {
            var g = BruteForce.RandomMultigraph(seed, maxN: 10);
            int baseCount = BruteForce.SccCount(g);
            var expected = Enumerable.Range(0, g.NodeCount).Where(v => BruteForce.SccCount(g, skipVertex: v) > baseCount).ToArray();
            Assert.Equal(expected, StrongArticulationPoints.Find(g));
        }
    }
}
