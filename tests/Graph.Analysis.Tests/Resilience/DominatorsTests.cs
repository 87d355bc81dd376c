using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Resilience;

public class DominatorsTests
{
    // Lengauer & Tarjan 1979, the example flowgraph of the paper (root R), with its immediate dominators.
    private const string PaperFlowgraph =
        "R->A, R->B, R->C, A->D, B->A, B->D, B->E, C->F, C->G, D->L, E->H, F->I, G->I, G->J, " +
        "H->E, H->K, I->K, J->I, K->I, K->R, L->H";

    [Fact]
    public void Guards()
    {
        Assert.Throws<ArgumentNullException>(() => Dominators.Compute(null!, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Dominators.Compute(CompactGraph.Empty, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Dominators.Compute(TestGraphs.Path(2), 2));
        var tree = Dominators.Compute(TestGraphs.Path(2), 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.Idom(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.Dominates(0, 5));
    }

    [Fact]
    public void Chain_lists_who_must_not_fail_nearest_first_without_the_root()
    {
        var g = TestGraphs.Parse("R->A, A->B, A->C, B->D, C->D, D->E, R->F, X->Y");
        var tree = Dominators.Compute(g, g.IndexOf("R"));
        string[] Chain(string v) => [.. tree.Chain(g.IndexOf(v)).Select(g.Id)];
        Assert.Equal(["D", "A"], Chain("E"));
        Assert.Equal(["A"], Chain("D"));     // B and C are two routes: neither is needed
        Assert.Equal(["A"], Chain("B"));
        Assert.Empty(Chain("A"));            // dominated by the root alone
        Assert.Empty(Chain("R"));            // the root itself
        Assert.Empty(Chain("Y"));            // unreachable
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.Chain(g.NodeCount));
    }

    [Fact]
    public void Lengauer_Tarjan_paper_example()
    {
        var g = TestGraphs.Parse(PaperFlowgraph);
        var tree = Dominators.Compute(g, g.IndexOf("R"));
        var expected = new Dictionary<string, string>
        {
            ["A"] = "R", ["B"] = "R", ["C"] = "R", ["D"] = "R", ["E"] = "R", ["F"] = "C", ["G"] = "C",
            ["H"] = "R", ["I"] = "R", ["J"] = "G", ["K"] = "R", ["L"] = "D",
        };
        foreach (var (v, d) in expected) Assert.Equal(d, g.Id(tree.Idom(g.IndexOf(v))));
        Assert.Equal(-1, tree.Idom(g.IndexOf("R")));
        Assert.Equal(13, tree.ReachableCount);
        Assert.Equal(4, tree.SubtreeSize(g.IndexOf("C")));   // C, F, G, J
        Assert.Equal(2, tree.SubtreeSize(g.IndexOf("D")));   // D, L
        Assert.True(tree.Dominates(g.IndexOf("C"), g.IndexOf("J")));
        Assert.False(tree.Dominates(g.IndexOf("C"), g.IndexOf("I")));
        Assert.Equal(new[] { "F", "G" }, tree.Children(g.IndexOf("C")).ToArray().Select(g.Id));
    }

    [Fact]
    public void Single_vertex_and_self_loop()
    {
        var tree = Dominators.Compute(TestGraphs.Parse("a->a"), 0);
        Assert.Equal(1, tree.ReachableCount);
        Assert.Equal(-1, tree.Idom(0));
        Assert.Equal(1, tree.SubtreeSize(0));
        Assert.True(tree.Dominates(0, 0));
        Assert.Equal(new[] { 0 }, tree.Preorder.ToArray());
    }

    [Fact]
    public void Path_is_a_chain()
    {
        var tree = Dominators.Compute(TestGraphs.Path(5), 0);
        for (int v = 1; v < 5; v++) Assert.Equal(v - 1, tree.Idom(v));
        Assert.Equal(5, tree.SubtreeSize(0));
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, tree.Preorder.ToArray());
    }

    [Fact]
    public void Root_with_in_edges_unreachable_vertices_and_parallel_edges()
    {
        // b is reached two ways (a and c); x reaches the root but the root does not reach x.
        var g = TestGraphs.Parse("r->a, r->a, a->b, r->c, c->b, b->r, x->r, b->b, y");
        int r = g.IndexOf("r"), a = g.IndexOf("a"), b = g.IndexOf("b"), c = g.IndexOf("c"), x = g.IndexOf("x"), y = g.IndexOf("y");
        var tree = Dominators.Compute(g, r);
        Assert.Equal(r, tree.Idom(a));
        Assert.Equal(r, tree.Idom(b));
        Assert.Equal(r, tree.Idom(c));
        Assert.Equal(-1, tree.Idom(x));
        Assert.False(tree.IsReachable(x));
        Assert.False(tree.IsReachable(y));
        Assert.Equal(0, tree.SubtreeSize(x));
        Assert.False(tree.Dominates(x, x));
        Assert.False(tree.Dominates(r, x));
        Assert.Equal(4, tree.ReachableCount);
        Assert.Equal(new[] { a, b, c }, tree.Children(r).ToArray());
        Assert.True(tree.Children(x).IsEmpty);
    }

    [Fact]
    public void Documented_example()
    {
        var g = TestGraphs.Parse("r->a, r->b, a->c, b->c, c->d");
        var tree = Dominators.Compute(g, g.IndexOf("r"));
        Assert.Equal(g.IndexOf("r"), tree.Idom(g.IndexOf("c")));
        Assert.Equal(g.IndexOf("c"), tree.Idom(g.IndexOf("d")));
        Assert.False(tree.Dominates(g.IndexOf("a"), g.IndexOf("c")));
    }

    [Fact]
    public void Random_graphs_match_removal_and_reachability()
    {
        for (int seed = 0; seed < 300; seed++)
        {
            var g = BruteForce.RandomMultigraph(seed, maxN: 10);
            int n = g.NodeCount;
            for (int root = 0; root < n; root += 2)
            {
                var tree = Dominators.Compute(g, root);
                var reach = BruteForce.Reachable(g, root);
                // dom[a][b]: every root→b path passes through a.
                var dom = new bool[n, n];
                for (int a = 0; a < n; a++)
                {
                    var without = a == root ? new bool[n] : BruteForce.Reachable(g, root, skipVertex: a);
                    for (int b = 0; b < n; b++) dom[a, b] = reach[a] && reach[b] && (a == b || !without[b]);
                }
                Assert.Equal(reach.Count(x => x), tree.ReachableCount);
                for (int v = 0; v < n; v++)
                {
                    Assert.Equal(reach[v], tree.IsReachable(v));
                    int size = 0;
                    for (int b = 0; b < n; b++)
                    {
                        Assert.Equal(dom[v, b], tree.Dominates(v, b));
                        if (dom[v, b]) size++;
                    }
                    Assert.Equal(size, tree.SubtreeSize(v));
                    int d = tree.Idom(v);
                    if (!reach[v] || v == root) { Assert.Equal(-1, d); continue; }
                    // the immediate dominator strictly dominates v, and every strict dominator of v dominates it
                    Assert.True(dom[d, v] && d != v);
                    for (int a = 0; a < n; a++) if (a != v && dom[a, v]) Assert.True(dom[a, d]);
                    var kids = tree.Children(d).ToArray();
                    Assert.Contains(v, kids);
                    Assert.Equal(kids.Order(), kids);
                }
                Assert.Equal(tree.ReachableCount, tree.Preorder.Length);
            }
        }
    }
}
