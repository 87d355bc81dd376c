using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Resilience;

public class ArticulationPointsTests
{
    private static int[] Names(CompactGraph g, params string[] ids) => ids.Select(g.IndexOf).Order().ToArray();

    [Fact]
    public void Null_graph_throws() => Assert.Throws<ArgumentNullException>(() => ArticulationPoints.Find(null!));

    [Fact]
    public void Empty_and_single_vertex_graphs_have_none()
    {
        Assert.Empty(ArticulationPoints.Find(CompactGraph.Empty));
        Assert.Empty(TestGraphs.Parse("a").ArticulationPoints());
        Assert.Empty(TestGraphs.Parse("a->a").ArticulationPoints());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(10)]
    public void Path_inner_vertices_are_articulation_points(int n) =>
        Assert.Equal(Enumerable.Range(1, Math.Max(0, n - 2)), ArticulationPoints.Find(TestGraphs.Path(n)));

    [Theory]
    [InlineData(3)]
    [InlineData(7)]
    public void Cycle_has_none(int n) => Assert.Empty(ArticulationPoints.Find(TestGraphs.Cycle(n)));

    [Fact]
    public void Star_centre_is_the_only_one() => Assert.Equal(new[] { 0 }, ArticulationPoints.Find(TestGraphs.Star(6)));

    [Fact]
    public void Barbell_joints_and_path_are_articulation_points()
    {
        // cliques {0,1,2} and {5,6,7}, path 2-3-4-5
        Assert.Equal(new[] { 2, 3, 4, 5 }, ArticulationPoints.Find(TestGraphs.Barbell(3, 2)));
        Assert.Equal(new[] { 3, 4 }, ArticulationPoints.Find(TestGraphs.Barbell(4, 0)));
    }

    [Fact]
    public void Documented_example()
    {
        var g = TestGraphs.Parse("a->b, b->c, c->a, c->d, d->e");
        Assert.Equal(Names(g, "c", "d"), g.ArticulationPoints());
    }

    [Fact]
    public void Direction_parallel_edges_and_self_loops_do_not_matter()
    {
        var g = TestGraphs.Parse("b->a, b->a, b->c, c->b, c->c, x");
        Assert.Equal(Names(g, "b"), g.ArticulationPoints());
    }

    [Fact]
    public void Several_components_are_handled_independently()
    {
        var g = TestGraphs.Parse("a->b, b->c, x->y, y->z, z->x, p->q, q->r");
        Assert.Equal(Names(g, "b", "q"), g.ArticulationPoints());
    }

    [Fact]
    public void Random_graphs_match_removal_and_recount()
    {
        for (int seed = 0; seed < 400; seed++)
        {
            var g = BruteForce.RandomMultigraph(seed);
            int baseCount = BruteForce.UndirectedComponents(g);
            var expected = Enumerable.Range(0, g.NodeCount).Where(v => BruteForce.UndirectedComponents(g, skipVertex: v) > baseCount).ToArray();
            Assert.Equal(expected, ArticulationPoints.Find(g));
        }
    }
}
