using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Resilience;

/// <summary>Every algorithm on million-vertex graphs: proves the implementations are iterative (no stack overflow). Not timed.</summary>
public class LargeGraphTests
{
    private const int N = 1_000_000;

    [Fact]
    public void Million_vertex_path()
    {
        var g = TestGraphs.Path(N);
        var r = ResilienceAnalysis.Run(g, 0, [N - 1]);
        Assert.Equal(N - 2, r.ArticulationPoints.Count);
        Assert.Equal(N - 1, r.Bridges.Count);
        Assert.Equal(N, r.StrongComponentCount);
        Assert.Empty(r.StrongArticulationPoints);
        Assert.Empty(r.StrongBridges);
        Assert.Equal(N - 2, r.Dominators!.Idom(N - 1));
        Assert.True(r.Dominators.Dominates(1, N - 1));
        Assert.Equal(new NodeImpactEntry(1, N - 2, N - 2), r.NodeImpact![0]);
        Assert.Equal(new LinkImpactEntry(0, 1, N - 1, N - 1), r.LinkImpact![0]);
        Assert.Equal((N - 1, 1), r.Redundancy![0]);
    }

    [Fact]
    public void Million_leaf_star()
    {
        var g = TestGraphs.Star(N + 1);
        var r = ResilienceAnalysis.Run(g, 0, [N]);
        Assert.Equal(new[] { 0 }, r.ArticulationPoints);
        Assert.Equal(N, r.Bridges.Count);
        Assert.Equal(N + 1, r.StrongComponentCount);
        Assert.Equal(N, r.Dominators!.Children(0).Length);
        Assert.Empty(r.NodeImpact!);
        Assert.Equal(N, r.LinkImpact!.Count);
        Assert.Equal((N, 1), r.Redundancy![0]);
    }

    [Fact]
    public void Million_vertex_cycle()
    {
        var g = TestGraphs.Cycle(N);
        var r = ResilienceAnalysis.Run(g, 0, [N / 2]);
        Assert.Empty(r.ArticulationPoints);
        Assert.Empty(r.Bridges);
        Assert.Equal(1, r.StrongComponentCount);
        Assert.Equal(N, r.StrongArticulationPoints.Count);
        Assert.Equal(N, r.StrongBridges.Count);
        Assert.Equal(N - 1, r.Dominators!.SubtreeSize(1));
        Assert.Equal((N / 2, 1), r.Redundancy![0]);
    }
}
