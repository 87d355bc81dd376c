using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Resilience;

public class ResilienceAnalysisTests
{
    [Fact]
    public void Guards()
    {
        var g = TestGraphs.Path(3);
        Assert.Throws<ArgumentNullException>(() => ResilienceAnalysis.Run(null!, null, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => ResilienceAnalysis.Run(g, 3, null));
        Assert.Throws<ArgumentException>(() => ResilienceAnalysis.Run(g, null, [1]));
        Assert.Throws<ArgumentException>(() => ResilienceAnalysis.Run(g, 0, [0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ResilienceAnalysis.Run(g, 0, [7]));
    }

    [Fact]
    public void Without_a_root_only_the_whole_graph_analyses_run()
    {
        var r = ResilienceAnalysis.Run(TestGraphs.Path(4), null, null);
        Assert.Equal(new[] { 1, 2 }, r.ArticulationPoints);
        Assert.Equal(3, r.Bridges.Count);
        Assert.Equal(4, r.StrongComponentCount);
        Assert.Empty(r.StrongArticulationPoints);
        Assert.Empty(r.StrongBridges);
        Assert.Null(r.Root);
        Assert.Null(r.Dominators);
        Assert.Null(r.NodeImpact);
        Assert.Null(r.LinkImpact);
        Assert.Null(r.Redundancy);
    }

    [Fact]
    public void Bundle_agrees_with_the_individual_algorithms()
    {
        for (int seed = 0; seed < 60; seed++)
        {
            var g = BruteForce.RandomMultigraph(seed, maxN: 12);
            int root = seed % g.NodeCount;
            var targets = Enumerable.Range(0, g.NodeCount).Where(v => v != root).ToArray();
            var r = ResilienceAnalysis.Run(g, root, targets);
            Assert.Equal(g.NodeCount, r.NodeCount);
            Assert.Equal(g.EdgeCount, r.EdgeCount);
            Assert.Equal(IdOrder.Sort(g, ArticulationPoints.Find(g)), r.ArticulationPoints);
            Assert.Equal(IdOrder.SortPairs(g, Bridges.Find(g), undirected: true), r.Bridges);
            Assert.Equal(StronglyConnectedComponents.Compute(g).Count, r.StrongComponentCount);
            Assert.Equal(IdOrder.Sort(g, StrongArticulationPoints.Find(g)), r.StrongArticulationPoints);
            Assert.Equal(IdOrder.SortPairs(g, StrongBridges.Find(g).Select(b => (b.Source, b.Target)), undirected: false),
                r.StrongBridges.Select(b => (b.Source, b.Target)));
            Assert.Equal(root, r.Root);
            Assert.Equal(root, r.Dominators!.Root);
            Assert.Equal(NodeImpact.Compute(g, root), r.NodeImpact!);
            Assert.Equal(LinkImpact.Compute(g, root), r.LinkImpact!);
            Assert.Equal(VertexDisjointPaths.CountAll(g, root, targets), r.Redundancy!);
        }
    }

    [Fact]
    public void Result_lists_are_in_id_order_where_they_are_made()
    {
        // ids "0".."11": index order 1, 2, …, 10 is not ordinal id order "1", "10", "2", …
        var g = TestGraphs.FromPairs(12, Enumerable.Range(0, 11).SelectMany(i => new[] { (i, i + 1), (i + 1, i) }));
        var r = ResilienceAnalysis.Run(g, null, null);
        var ids = r.ArticulationPoints.Select(g.Id).ToList();
        Assert.Equal(Enumerable.Range(1, 10).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal), ids);
        Assert.Equal("10", ids[1]);
        Assert.Equal(ids, r.StrongArticulationPoints.Select(g.Id));
        var bridges = r.Bridges.Select(b => (g.Id(b.A), g.Id(b.B))).ToList();
        Assert.All(bridges, b => Assert.True(string.CompareOrdinal(b.Item1, b.Item2) < 0));
        Assert.Equal(bridges.OrderBy(b => b.Item1, StringComparer.Ordinal).ThenBy(b => b.Item2, StringComparer.Ordinal), bridges);
        Assert.Contains(("10", "9"), bridges);
        var strong = r.StrongBridges.Select(b => (g.Id(b.Source), g.Id(b.Target))).ToList();
        Assert.Equal(22, strong.Count);
        Assert.Equal(strong.OrderBy(b => b.Item1, StringComparer.Ordinal).ThenBy(b => b.Item2, StringComparer.Ordinal), strong);
    }

    [Fact]
    public void Same_input_gives_equal_output()
    {
        var g = TestGraphs.Random(200, 600, seed: 7);
        var a = ResilienceAnalysis.Run(g, 0, [5, 9]);
        var b = ResilienceAnalysis.Run(g, 0, [5, 9]);
        Assert.Equal(a.ArticulationPoints, b.ArticulationPoints);
        Assert.Equal(a.StrongBridges, b.StrongBridges);
        Assert.Equal(a.NodeImpact!, b.NodeImpact!);
        Assert.Equal(a.LinkImpact!, b.LinkImpact!);
        Assert.Equal(a.Redundancy!, b.Redundancy!);
    }

    [Fact]
    public void Result_lists_cannot_be_cast_back_and_modified()
    {
        var r = ResilienceAnalysis.Run(TestGraphs.Barbell(3, 1), 0, [6]);
        foreach (object list in new object[] { r.ArticulationPoints, r.Bridges, r.StrongArticulationPoints, r.StrongBridges, r.NodeImpact!, r.LinkImpact!, r.Redundancy! })
        {
            Assert.False(list is Array);
            Assert.False(list.GetType().IsGenericType && list.GetType().GetGenericTypeDefinition() == typeof(List<>));
        }
    }

    [Fact]
    public async Task One_thread_gives_what_the_parallel_run_gives()
    {
        // large enough for every parallel path: the three parts, the two dominator directions, and the id sort's
        // halves (ids of a random graph are in vertex order, so shuffle them to make the sort work)
        int n = IdOrder.ParallelFrom + 5_000;
        CompactGraph Make()
        {
            var rng = new Random(11);
            var ids = Enumerable.Range(0, n).OrderBy(_ => rng.Next()).ToArray();
            var b = new CompactGraphBuilder(n, 4 * n);
            for (int v = 0; v < n; v++) b.AddNode("v" + ids[v].ToString(System.Globalization.CultureInfo.InvariantCulture), Depgraph.Core.Model.NodeKind.Member);
            for (int i = 0; i < 3 * n; i++) b.AddEdge(rng.Next(n), rng.Next(n), Depgraph.Core.Model.EdgeKind.SharesWith);
            for (int v = 1; v < n; v += 7) b.AddEdge(v - 1, v, Depgraph.Core.Model.EdgeKind.SharesWith);
            return b.Build();
        }
        var parallel = ResilienceAnalysis.Run(Make(), 0, null);

        var g = Make(); // a second graph: its id ranking is made again, on one thread
        var single = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, maxConcurrencyLevel: 1).ExclusiveScheduler;
        var one = await Task.Factory.StartNew(() => ResilienceAnalysis.Run(g, 0, null), CancellationToken.None, TaskCreationOptions.None, single);

        Assert.Equal(parallel.ArticulationPoints, one.ArticulationPoints);
        Assert.Equal(parallel.Bridges, one.Bridges);
        Assert.Equal(parallel.StrongComponentCount, one.StrongComponentCount);
        Assert.Equal(parallel.StrongArticulationPoints, one.StrongArticulationPoints);
        Assert.Equal(parallel.StrongBridges, one.StrongBridges);
        Assert.Equal(parallel.NodeImpact!, one.NodeImpact!);
        Assert.Equal(parallel.LinkImpact!, one.LinkImpact!);
        Assert.Equal(Enumerable.Range(0, n).Select(parallel.Dominators!.Idom), Enumerable.Range(0, n).Select(one.Dominators!.Idom));
        Assert.Equal(IdOrder.Vertices(g), Enumerable.Range(0, n).OrderBy(g.Id, StringComparer.Ordinal));
        Assert.NotEmpty(one.StrongArticulationPoints);
        Assert.NotEmpty(one.LinkImpact!);
    }

    [Fact]
    public void Dominator_tree_from_the_shared_SCC_search_is_the_separate_one()
    {
        for (int seed = 0; seed < 80; seed++)
        {
            // sparse enough that some vertices are unreachable from the root, dense enough for large SCCs
            var rng = new Random(seed);
            int n = rng.Next(1, 120);
            var g = TestGraphs.Random(n, rng.Next(0, 3 * n), seed);
            int root = rng.Next(n);
            var r = ResilienceAnalysis.Run(g, root, null);
            var separate = Dominators.Compute(g, root);
            Assert.Equal(Enumerable.Range(0, n).Select(separate.Idom), Enumerable.Range(0, n).Select(r.Dominators!.Idom));
            Assert.Equal(separate.Preorder.ToArray(), r.Dominators.Preorder.ToArray());

            // the SCCs found from the root are the SCCs found in vertex order (ids aside), and the search tree is one
            var (off, tgt) = g.RawOut;
            var plain = StronglyConnectedComponents.Run((off, tgt), null, out int count);
            var fromRoot = StronglyConnectedComponents.Run((off, tgt), root, out int count2, out var search);
            Assert.Equal(count, count2);
            for (int u = 0; u < n; u++)
                for (int v = 0; v < n; v++) Assert.Equal(plain[u] == plain[v], fromRoot[u] == fromRoot[v]);
            var reach = BruteForce.Reachable(g, root);
            Assert.Equal(reach.Count(x => x), search.Count);
            Assert.Equal(root, search.Vertex[0]);
            for (int i = 0; i < search.Count; i++)
            {
                Assert.Equal(i, search.Number[search.Vertex[i]]);
                if (i > 0) Assert.Contains(search.Vertex[i], g.OutNeighbors(search.Vertex[search.Parent[i]]).ToArray());
            }
            Assert.All(Enumerable.Range(0, n).Where(v => !reach[v]), v => Assert.Equal(-1, search.Number[v]));
        }
    }
}
