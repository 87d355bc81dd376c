using Depgraph.Analysis.Paths;
using Depgraph.Analysis.Reach;
using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Tests.Layout;

/// <summary>
/// Every algorithm that runs on a graph's <see cref="LocalityLayout"/> gives exactly the answer it gives on the graph
/// itself: hundreds of seeded random multigraphs (disconnected, with self-loops, parallel and antiparallel edges,
/// isolated vertices, zero, half-hour and hundredth-hour delays), the layout forced on and then off.
/// </summary>
public class LocalityLayoutEquivalenceTests
{
    private const int Seeds = 300;

    /// <summary>A random multigraph: a few dense islands, isolated vertices, self-loops, parallel edges.</summary>
    internal static CompactGraph RandomMultigraph(int seed, int maxNodes = 40, int maxEdgesPerNode = 4)
    {
        var rng = new Random(seed);
        int n = rng.Next(1, maxNodes + 1);
        int m = rng.Next(0, maxEdgesPerNode * n + 1);
        int islands = rng.Next(1, 4);
        int weightKind = rng.Next(3); // 0: half hours (buckets), 1: hundredths (heap), 2: many zeros
        var b = new CompactGraphBuilder(n, m);
        for (int i = 0; i < n; i++) b.AddNode("v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), NodeKind.Member);
        int isolated = rng.Next(0, Math.Max(1, n / 5));
        int active = Math.Max(1, n - isolated);
        for (int k = 0; k < m; k++)
        {
            int island = rng.Next(islands);
            int s = rng.Next(active), t = rng.Next(active);
            if (rng.Next(5) > 0 && s % islands != island) s = (s / islands * islands + island) % active;
            if (rng.Next(5) > 0 && t % islands != island) t = (t / islands * islands + island) % active;
            if (rng.Next(15) == 0) t = s; // self-loop
            double w = weightKind switch
            {
                0 => rng.Next(0, 9) * 0.5,
                1 => Math.Round(rng.NextDouble() * 10, 2),
                _ => rng.Next(3) == 0 ? 0 : rng.Next(1, 4),
            };
            b.AddEdge(s, t, EdgeKind.SharesWith, w, 1);
            if (rng.Next(8) == 0) b.AddEdge(s, t, EdgeKind.SharesWith, w, 1); // parallel edge, same delay
            if (rng.Next(8) == 0) b.AddEdge(t, s, EdgeKind.SharesWith, w + 0.5, 1); // antiparallel
        }
        return b.Build();
    }

    private static IEnumerable<CompactGraph> Graphs()
    {
        for (int seed = 0; seed < Seeds; seed++) yield return RandomMultigraph(seed);
        for (int seed = 0; seed < 10; seed++) yield return RandomMultigraph(1000 + seed, 600, 5); // ≥ 1,024 edges: Dial's buckets
        yield return CompactGraph.Empty;
        yield return TestGraphs.Path(50);
        yield return TestGraphs.Barbell(5, 3);
    }

    private static T With<T>(bool layout, Func<T> run)
    {
        using var _ = LocalityLayout.OverrideThreshold(layout ? 0 : int.MaxValue);
        return run();
    }

    private static IEnumerable<int[]> SourceSets(CompactGraph g, int seed)
    {
        if (g.NodeCount == 0) yield break;
        var rng = new Random(seed);
        yield return [0];
        yield return [g.NodeCount - 1];
        yield return [rng.Next(g.NodeCount), rng.Next(g.NodeCount), rng.Next(g.NodeCount)];
    }

    [Fact]
    public void The_layout_is_used_when_forced_and_not_below_the_threshold()
    {
        var g = TestGraphs.Path(10);
        Assert.Null(LocalityLayout.For(g));
        Assert.NotNull(With(true, () => LocalityLayout.For(g)));
        Assert.Same(With(true, () => LocalityLayout.For(g)), With(true, () => LocalityLayout.For(g)));
        Assert.Null(With(false, () => LocalityLayout.For(g)));
    }

    [Fact]
    public void Hop_counts_are_equal()
    {
        int i = 0;
        foreach (var g in Graphs())
            foreach (var src in SourceSets(g, i++))
                foreach (int maxHops in new[] { 0, 1, 3, int.MaxValue })
                    Assert.Equal(With(false, () => BreadthFirst.Hops(g, src, maxHops)), With(true, () => BreadthFirst.Hops(g, src, maxHops)));
    }

    [Fact]
    public void Shortest_path_trees_are_equal_for_every_queue()
    {
        int i = 0;
        foreach (var g in Graphs())
        {
            foreach (var src in SourceSets(g, i++))
            {
                foreach (double width in new[] { -1, 0, 0.5, 0.25 })
                {
                    var off = With(false, () => ShortestPaths.DijkstraWith(g, src, width));
                    var on = With(true, () => ShortestPaths.DijkstraWith(g, src, width));
                    Assert.Equal(off.Sources, on.Sources);
                    for (int v = 0; v < g.NodeCount; v++)
                    {
                        Assert.Equal(off.Distance(v), on.Distance(v));
                        Assert.Equal(off.Hops(v), on.Hops(v));
                        Assert.Equal(off.Predecessor(v), on.Predecessor(v));
                        Assert.Equal(off.PredecessorEdge(v), on.PredecessorEdge(v));
                    }
                }
            }
        }
    }

    [Fact]
    public void Articulation_points_and_bridges_are_equal()
    {
        foreach (var g in Graphs())
        {
            Assert.Equal(With(false, () => ArticulationPoints.Find(g)), With(true, () => ArticulationPoints.Find(g)));
            Assert.Equal(With(false, () => Bridges.Find(g)), With(true, () => Bridges.Find(g)));
        }
    }

    [Fact]
    public void Dominator_trees_are_equal()
    {
        int i = 0;
        foreach (var g in Graphs())
        {
            foreach (var src in SourceSets(g, i++))
            {
                var off = With(false, () => Dominators.Compute(g, src[0]));
                var on = With(true, () => Dominators.Compute(g, src[0]));
                for (int v = 0; v < g.NodeCount; v++) Assert.Equal(off.Idom(v), on.Idom(v));
                Assert.Equal(off.Preorder.ToArray(), on.Preorder.ToArray());
            }
        }
    }

    [Fact]
    public void The_whole_spof_analysis_is_equal()
    {
        int i = 0;
        foreach (var g in Graphs())
        {
            if (g.NodeCount == 0) continue;
            int root = new Random(i++).Next(g.NodeCount);
            var off = With(false, () => ResilienceAnalysis.Run(g, root, null));
            var on = With(true, () => ResilienceAnalysis.Run(g, root, null));
            Assert.Equal(off.ArticulationPoints, on.ArticulationPoints);
            Assert.Equal(off.Bridges, on.Bridges);
            Assert.Equal(off.StrongArticulationPoints, on.StrongArticulationPoints);
            Assert.Equal(off.StrongBridges, on.StrongBridges);
            Assert.Equal(off.NodeImpact, on.NodeImpact);
            Assert.Equal(off.LinkImpact, on.LinkImpact);
        }
    }

    [Fact]
    public void The_reach_analysis_is_equal()
    {
        int i = 0;
        foreach (var g in Graphs())
        {
            foreach (var src in SourceSets(g, i++))
            {
                foreach (var options in new[] { ReachOptions.Default, new ReachOptions { MaxHops = 2 }, new ReachOptions { WithinHours = 3 } })
                {
                    var off = With(false, () => ReachAnalysis.Run(g, src, options));
                    var on = With(true, () => ReachAnalysis.Run(g, src, options));
                    Assert.Equal(off.Sources, on.Sources);
                    Assert.Equal(off.Reached, on.Reached);
                    Assert.Equal(off.NotReached, on.NotReached);
                    Assert.Equal((off.Coverage.ReachedMembers, off.Coverage.TotalMembers, off.Coverage.Share),
                        (on.Coverage.ReachedMembers, on.Coverage.TotalMembers, on.Coverage.Share));
                }
            }
        }
    }
}
