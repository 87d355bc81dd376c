using Depgraph.Analysis.Propagation;
using Depgraph.Core.Compact;
using QuikGraph;
using QuikGraph.Algorithms.ShortestPath;

namespace Depgraph.Analysis.Tests.Propagation;

public class KShortestPathsTests
{
    private static string[] Show(CompactGraph g, IReadOnlyList<PropagationPath> paths) =>
        paths.Select(p => string.Join(">", g.Ids(p.Nodes)) + "=" + p.Hours.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void Documented_example()
    {
        var g = TestGraphs.Parse("a->b:1, b->d:1, a->c:1, c->d:2, a->d:5");
        Assert.Equal(["a>b>d=2", "a>c>d=3", "a>d=5"], Show(g, KShortestPaths.Find(g, g.V("a"), g.V("d"), 3)));
        Assert.Equal(["a>b>d=2", "a>c>d=3", "a>d=5"], Show(g, KShortestPaths.Find(g, g.V("a"), g.V("d"), 10)));
        Assert.Equal(["a>b>d=2"], Show(g, KShortestPaths.Find(g, g.V("a"), g.V("d"), 1)));
        Assert.Equal(3, KShortestPaths.Find(g, g.V("a"), g.V("d"), int.MaxValue).Count);
        Assert.Equal(2, KShortestPaths.Find(g, g.V("a"), g.V("d"), 1)[0].Hops);
    }

    [Fact]
    public void Yens_example_from_the_literature()
    {
        // The network used on Wikipedia's "Yen's algorithm" page: C to H, K = 3.
        var g = TestGraphs.Parse("C->D:3, C->E:2, D->F:4, E->D:1, E->F:2, E->G:3, F->G:2, F->H:1, G->H:2");
        Assert.Equal(["C>E>F>H=5", "C>E>G>H=7", "C>D>F>H=8"], Show(g, KShortestPaths.Find(g, g.V("C"), g.V("H"), 3)));
    }

    [Fact]
    public void Ties_are_sorted_by_hops_then_ids()
    {
        var g = TestGraphs.Parse("s->z:1, z->t:1, s->b:1, b->t:1, s->a:1, a->c:0, c->t:1, s->t:2");
        Assert.Equal(["s>t=2", "s>b>t=2", "s>z>t=2", "s>a>c>t=2"], Show(g, KShortestPaths.Find(g, g.V("s"), g.V("t"), 10)));
    }

    [Fact]
    public void Parallel_edges_give_one_path_at_the_cheapest_delay()
    {
        var g = TestGraphs.Parse("a->b:4, a->b:1, b->c:1, b->c:7");
        Assert.Equal(["a>b>c=2"], Show(g, KShortestPaths.Find(g, g.V("a"), g.V("c"), 5)));
    }

    [Fact]
    public void Paths_are_loopless()
    {
        var g = TestGraphs.Parse("a->b:1, b->a:1, b->c:1, c->b:1, a->c:5");
        Assert.Equal(["a>b>c=2", "a>c=5"], Show(g, KShortestPaths.Find(g, g.V("a"), g.V("c"), 10)));
    }

    [Fact]
    public void Same_vertex_unreachable_empty_and_guards()
    {
        var g = TestGraphs.Parse("a->b, c");
        var self = Assert.Single(KShortestPaths.Find(g, g.V("a"), g.V("a"), 3));
        Assert.Equal(0, self.Hops);
        Assert.Equal(0.0, self.Hours);
        Assert.Empty(KShortestPaths.Find(g, g.V("a"), g.V("c"), 3));
        Assert.Empty(KShortestPaths.Find(g, g.V("b"), g.V("a"), 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => KShortestPaths.Find(g, 0, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => KShortestPaths.Find(g, 0, 9, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => KShortestPaths.Find(CompactGraph.Empty, 0, 0, 1));
        Assert.Throws<ArgumentNullException>(() => KShortestPaths.Find(null!, 0, 0, 1));
        Assert.Throws<ArgumentException>(() => KShortestPaths.Find(TestGraphs.Parse("a->b:-2"), 0, 1, 1));
    }

    [Fact]
    public void One_line_extensions()
    {
        var g = TestGraphs.Parse("a->b:1, b->d:1, a->c:1, c->d:2, a->d:5");
        Assert.Equal(["a", "c", "d"], g.KShortestPaths("a", "d", 2)[1].Ids(g));
        Assert.Equal(3, g.KShortestPaths(0, g.V("d")).Count);
        Assert.Throws<ArgumentException>(() => g.KShortestPaths("a", "zz"));
    }

    [Theory]
    [InlineData(1, 7, 16, false)]
    [InlineData(2, 8, 20, true)]
    [InlineData(3, 8, 24, false)]
    [InlineData(4, 9, 22, true)]
    [InlineData(5, 7, 30, false)]
    [InlineData(6, 9, 30, true)]
    public void Agrees_with_brute_force_enumeration(int seed, int n, int m, bool parallel)
    {
        var g = PropagationTestGraphs.RandomIntegerWeights(n, m, seed, 3, parallel);
        for (int s = 0; s < n; s++)
            for (int t = 0; t < n; t++)
            {
                var all = PropagationOracles.AllSimplePaths(g, s, t).OrderBy(p => p.Hours).ToList();
                foreach (int k in (int[])[1, 3, 50])
                {
                    var found = KShortestPaths.Find(g, s, t, k);
                    Assert.Equal(all.Take(k).Select(p => p.Hours), found.Select(p => p.Hours));
                    var distinct = new HashSet<string>();
                    foreach (var p in found)
                    {
                        Assert.Equal(s, p.Nodes[0]);
                        Assert.Equal(t, p.Nodes[^1]);
                        Assert.Equal(p.Nodes.Count, p.Nodes.Distinct().Count());
                        Assert.Equal(PropagationOracles.Cost(g, p.Nodes), p.Hours);
                        Assert.True(distinct.Add(string.Join(",", p.Nodes)));
                    }
                    for (int i = 1; i < found.Count; i++)
                    {
                        var (a, b) = (found[i - 1], found[i]);
                        Assert.True(a.Hours < b.Hours || (a.Hours == b.Hours && (a.Hops < b.Hops ||
                            (a.Hops == b.Hops && string.CompareOrdinal(string.Join("\u0001", g.Ids(a.Nodes)), string.Join("\u0001", g.Ids(b.Nodes))) < 0))));
                    }
                    if (k >= all.Count)  // every path found: exactly the brute-force set
                        Assert.Equal(all.Select(p => string.Join(",", p.Nodes)).Order(), found.Select(p => string.Join(",", p.Nodes)).Order());
                }
            }
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    public void Costs_agree_with_QuikGraph_Yen(int seed)
    {
        // QuikGraph's Yen needs an AdjacencyGraph with EquatableTaggedEdge<TVertex, double>; it throws
        // NoPathFoundException when the target is unreachable. Real-valued weights (no ties) and no parallel edges.
        var g = TestGraphs.Random(25, 90, seed);
        var qg = new AdjacencyGraph<int, EquatableTaggedEdge<int, double>>();
        for (int v = 0; v < g.NodeCount; v++) qg.AddVertex(v);
        for (int e = 0; e < g.EdgeCount; e++) qg.AddEdge(new EquatableTaggedEdge<int, double>(g.Source(e), g.Target(e), g.Weight(e)));
        var rng = new Random(seed);
        int compared = 0;
        for (int trial = 0; trial < 20; trial++)
        {
            int s = rng.Next(g.NodeCount), t = rng.Next(g.NodeCount);
            if (s == t) continue;
            var ours = KShortestPaths.Find(g, s, t, 8);
            List<double> theirs;
            try
            {
                theirs = new YenShortestPathsAlgorithm<int>(qg, s, t, 8).Execute()
                    .Select(p => p.Aggregate(0.0, (sum, e) => sum + e.Tag)).ToList();
            }
            catch (NoPathFoundException)
            {
                theirs = [];
            }
            Assert.Equal(theirs.Order().Select(x => Math.Round(x, 6)), ours.Select(p => Math.Round(p.Hours, 6)));
            compared += ours.Count;
        }
        Assert.True(compared > 20);
    }

    [Fact]
    public void A_million_vertex_path_does_not_overflow()
    {
        const int n = 1_000_000;
        var paths = KShortestPaths.Find(TestGraphs.Path(n), 0, n - 1, 3);
        Assert.Equal(n - 1, Assert.Single(paths).Hops);
    }
}
