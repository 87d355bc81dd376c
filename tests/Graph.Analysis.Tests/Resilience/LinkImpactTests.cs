using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Resilience;

public class LinkImpactTests
{
    [Fact]
    public void Guards()
    {
        Assert.Throws<ArgumentNullException>(() => LinkImpact.Compute(null!, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LinkImpact.Compute(CompactGraph.Empty, 0));
    }

    [Fact]
    public void Single_vertex_with_self_loop_has_no_entries() => Assert.Empty(LinkImpact.Compute(TestGraphs.Parse("a->a"), 0));

    [Fact]
    public void Path_links_cut_off_the_rest_of_the_path() =>
        Assert.Equal(new[] { new LinkImpactEntry(0, 1, 3, 3), new LinkImpactEntry(1, 2, 2, 2), new LinkImpactEntry(2, 3, 1, 1) },
            LinkImpact.Compute(TestGraphs.Path(4), 0));

    [Fact]
    public void Parallel_edges_are_one_link_that_fails_as_a_whole()
    {
        var g = TestGraphs.Parse("r->a, r->a, a->b");
        int r = g.IndexOf("r"), a = g.IndexOf("a"), b = g.IndexOf("b");
        Assert.Equal(new[] { new LinkImpactEntry(r, a, 2, 2), new LinkImpactEntry(a, b, 1, 1) }, LinkImpact.Compute(g, r));
    }

    [Fact]
    public void Documented_example()
    {
        var g = TestGraphs.Parse("r->a, a->b, r->b, b->c");
        int r = g.IndexOf("r"), a = g.IndexOf("a"), b = g.IndexOf("b"), c = g.IndexOf("c");
        Assert.Equal(new[] { new LinkImpactEntry(b, c, 1, 1), new LinkImpactEntry(r, a, 1, 1) }, LinkImpact.Compute(g, r));
    }

    [Fact]
    public void Links_into_the_root_and_from_unreachable_vertices_cost_nothing()
    {
        var g = TestGraphs.Parse("r->a, a->r, x->r, x->a");
        int r = g.IndexOf("r"), a = g.IndexOf("a");
        Assert.Equal(new[] { new LinkImpactEntry(r, a, 1, 1) }, LinkImpact.Compute(g, r));
    }

    [Fact]
    public void Random_graphs_match_removal_and_reachability()
    {
        for (int seed = 0; seed < 300; seed++)
        {
            var g = NodeImpactTests.MemberWeighted(BruteForce.RandomMultigraph(seed, maxN: 10), seed);
            for (int root = 0; root < g.NodeCount; root += 3)
            {
                var reach = BruteForce.Reachable(g, root);
                var expected = new List<LinkImpactEntry>();
                foreach (var (u, v) in BruteForce.Edges(g).Where(p => p.U != p.V).Distinct())
                {
                    var after = BruteForce.Reachable(g, root, skipEdge: (s, t) => s == u && t == v);
                    var lost = Enumerable.Range(0, g.NodeCount).Where(w => reach[w] && !after[w]).ToArray();
                    if (lost.Length > 0) expected.Add(new LinkImpactEntry(u, v, lost.Length, lost.Sum(g.MemberWeight)));
                }
                var ranked = expected.OrderByDescending(e => e.MembersLost).ThenByDescending(e => e.ReachLost)
                    .ThenBy(e => g.Id(e.Source), StringComparer.Ordinal).ThenBy(e => g.Id(e.Target), StringComparer.Ordinal).ToArray();
                Assert.Equal(ranked, LinkImpact.Compute(g, root));
            }
        }
    }

    [Fact]
    public void The_tree_overload_gives_the_same_ranking_and_checks_the_tree()
    {
        for (int seed = 0; seed < 50; seed++)
        {
            var g = NodeImpactTests.MemberWeighted(BruteForce.RandomMultigraph(seed, maxN: 12), seed);
            var tree = Dominators.Compute(g, 0);
            Assert.Equal(LinkImpact.Compute(g, 0), LinkImpact.Compute(g, tree));
        }
        var small = TestGraphs.Parse("a->b");
        Assert.Throws<ArgumentException>(() => LinkImpact.Compute(TestGraphs.Parse("a->b, b->c"), Dominators.Compute(small, 0)));
        Assert.Throws<ArgumentNullException>(() => LinkImpact.Compute(small, (DominatorTree)null!));
    }
}
