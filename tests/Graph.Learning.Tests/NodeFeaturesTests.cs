using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Learning;

namespace Depgraph.Learning.Tests;

public class NodeFeaturesTests
{
    [Fact]
    public void Names_match_the_width_and_are_distinct()
    {
        Assert.Equal(NodeFeatures.Count, NodeFeatures.Names.Count);
        Assert.Equal(NodeFeatures.Count, NodeFeatures.Names.Distinct().Count());
        Assert.Equal("expected_walks_6", NodeFeatures.Names[NodeFeatures.WalkSumColumn]);
        Assert.Equal(Enum.GetValues<NodeKind>().Length, NodeFeatures.Names.Count(x => x.StartsWith("kind_", StringComparison.Ordinal)));
        Assert.Contains("kind_member", NodeFeatures.Names);
        Assert.Throws<ArgumentException>(() => NodeFeatures.IndexOf("no_such_feature"));
    }

    [Fact]
    public void Documented_example_has_exact_values()
    {
        var g = PropagationTestGraphs.Parse("a->b:1:0.5:2, a->c:1:0.5:3, b->c:1:1");
        var f = NodeFeatures.Compute(g);
        int a = g.V("a"), b = g.V("b"), c = g.V("c");
        Assert.Equal(2, f[a, "out_degree"]);
        Assert.Equal(0, f[a, "in_degree"]);
        Assert.Equal(1, f[a, "out_probability_sum"]);
        Assert.Equal(5, f[a, "out_strength_sum"]);
        Assert.Equal(0.5f, f[a, "max_out_probability"]);
        Assert.Equal(1, f[a, "expected_1hop"]);
        Assert.Equal(0.5f, f[a, "expected_2hop"]);          // 0.5·P1(b) + 0.5·P1(c) = 0.5·1 + 0
        Assert.Equal(0, f[a, "expected_3hop"]);             // P2(b) = 1·P1(c) = 0
        Assert.Equal(1, f[a, "two_hop_walks"]);              // out_degree(b) + out_degree(c)
        Assert.Equal(2, f[a, "within_2_hops"]);              // b, c (c counted once)
        Assert.Equal(1.5f, f[a, "expected_walks_6"]);
        Assert.Equal((float)Math.Log(2), f[a, "member_weight_log1p"]);
        Assert.Equal(1, f[a, "kind_member"]);
        Assert.Equal(0, f[a, "kind_sector"]);
        Assert.Equal(2, f[c, "in_degree"]);
        Assert.Equal(1.5f, f[c, "in_probability_sum"]);
        Assert.Equal(0, f[c, "out_degree"]);
        Assert.Equal(0, f[c, "within_2_hops"]);
        Assert.Equal(1, f[b, "expected_1hop"]);
        Assert.Equal(1, f[b, "within_2_hops"]);
    }

    [Fact]
    public void Parallel_edges_combine_and_self_loops_spread_nothing()
    {
        // two edges a->b with p 0.5: b fails in the first step with 1 - 0.5·0.5 = 0.75; a->a adds no one.
        var g = PropagationTestGraphs.Parse("a->b:1:0.5, a->b:1:0.5, a->a:1:1");
        var f = NodeFeatures.Compute(g);
        int a = g.V("a");
        Assert.Equal(3, f[a, "out_degree"]);
        Assert.Equal(2, f[a, "out_probability_sum"]);
        Assert.Equal(0.75f, f[a, "expected_1hop"]);
        Assert.Equal(1, f[a, "within_2_hops"]);
        Assert.Equal(1, f[a, "max_out_probability"]);
    }

    [Fact]
    public void Star_and_path_values()
    {
        var star = NodeFeatures.Compute(TestGraphs.Star(6));
        Assert.Equal(5, star[0, "out_degree"]);
        Assert.Equal(5, star[0, "expected_1hop"]);
        Assert.Equal(5, star[0, "within_2_hops"]);
        Assert.Equal(0, star[0, "expected_2hop"]);
        Assert.Equal(1, star[3, "in_degree"]);
        var path = NodeFeatures.Compute(TestGraphs.Path(10));
        Assert.Equal(2, path[0, "within_2_hops"]);
        Assert.Equal(1, path[8, "within_2_hops"]);
        Assert.Equal(6, path[0, "expected_walks_6"]);        // 1 walk of each length 1..6
        Assert.Equal(3, path[6, "expected_walks_6"]);        // 6→7→8→9
        Assert.Equal(1, path[0, "expected_3hop"]);
    }

    [Fact]
    public void Empty_graph_gives_no_rows_and_a_million_vertex_path_does_not_overflow()
    {
        Assert.Equal(0, NodeFeatures.Compute(CompactGraph.Empty).NodeCount);
        var f = NodeFeatures.Compute(TestGraphs.Path(1_000_000));
        Assert.Equal(2, f[0, "within_2_hops"]);
        Assert.Equal(0, f[999_999, "out_degree"]);
        Assert.Throws<ArgumentNullException>(() => NodeFeatures.Compute(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => f[1_000_000, 0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => f[0, NodeFeatures.Count]);
    }

    [Fact]
    public void Random_graphs_match_brute_force()
    {
        for (int seed = 1; seed <= 5; seed++)
        {
            var g = TestGraphs.Random(40, 120, seed);
            var f = NodeFeatures.Compute(g);
            int n = g.NodeCount;
            // walk sums by dense matrix-vector products: P_k = A_p · P_{k-1}, P_0 = 1.
            var pk = Enumerable.Repeat(1.0, n).ToArray();
            var walks = new double[6][];
            for (int k = 0; k < 6; k++)
            {
                var next = new double[n];
                for (int e = 0; e < g.EdgeCount; e++) next[g.Source(e)] += g.Probability(e) * pk[g.Target(e)];
                walks[k] = pk = next;
            }
            for (int u = 0; u < n; u++)
            {
                var one = new HashSet<int>();
                foreach (int w in g.OutNeighbors(u)) if (w != u) one.Add(w);
                var two = new HashSet<int>(one);
                foreach (int w in g.OutNeighbors(u)) foreach (int x in g.OutNeighbors(w)) if (x != u) two.Add(x);
                Assert.Equal(two.Count, f[u, "within_2_hops"]);
                double e1 = one.Sum(w => 1 - Enumerable.Range(g.OutStart(u), g.OutDegree(u)).Where(e => g.Target(e) == w).Aggregate(1.0, (s, e) => s * (1 - g.Probability(e))));
                Assert.Equal(e1, f[u, "expected_1hop"], 4);
                Assert.Equal(walks[1][u], f[u, "expected_2hop"], 4);
                Assert.Equal(walks[2][u], f[u, "expected_3hop"], 4);
                Assert.Equal(walks.Sum(w => w[u]), f[u, "expected_walks_6"], 3);
                Assert.Equal(g.InDegree(u), f[u, "in_degree"]);
                Assert.Equal(g.InEdges(u).ToArray().Sum(e => g.Probability(e)), f[u, "in_probability_sum"], 4);
            }
        }
    }
}
