using Depgraph.Analysis.Comparison;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Tests.Comparison;

public class ScenarioComparisonTests
{
    // r -> m -> c1 -> x1, m -> c2 ; r -> c3 (CEPTOARs c1..c3, member x1)
    private static CompactGraph Graph(bool withoutM = false, bool secondRoute = false)
    {
        var b = new CompactGraphBuilder();
        int r = b.AddNode("r", NodeKind.Government);
        int m = withoutM ? -1 : b.AddNode("m", NodeKind.Ministry);
        int c1 = b.AddNode("c1", NodeKind.Ceptoar), c2 = b.AddNode("c2", NodeKind.Ceptoar), c3 = b.AddNode("c3", NodeKind.Ceptoar);
        int x1 = b.AddNode("x1", NodeKind.Member, memberWeight: 10);
        int o1 = b.AddNode("o1", NodeKind.External);
        if (m >= 0) { b.AddEdge(r, m, weight: 1); b.AddEdge(m, c1, weight: 1); b.AddEdge(m, c2, weight: 1); }
        b.AddEdge(c1, x1, weight: 1);
        b.AddEdge(c1, o1, weight: 1);
        b.AddEdge(r, c3, weight: 1);
        if (secondRoute) b.AddEdge(c3, c1, weight: 5);
        return b.Build();
    }

    private static readonly ComparisonParameters P = new() { Sources = ["r"], InformationLayer = EdgeLayer.All };

    [Fact]
    public void Identical_graphs_give_no_difference()
    {
        var r = ScenarioComparison.Run(Graph(), Graph(), P with { CascadeSources = ["r"], Runs = 200 });
        Assert.True(r.IsUnchanged);
        Assert.All(r.Cascade, c => Assert.Equal((0.0, 0.0, 0.0), (c.Difference, c.Ci95Low, c.Ci95High)));
    }

    [Fact]
    public void Removing_the_ministry_loses_what_it_dominated()
    {
        var r = ScenarioComparison.Run(Graph(), Graph(withoutM: true), P);
        Assert.Equal(["c1", "c2", "m", "o1", "x1"], r.Lost);
        Assert.Empty(r.Gained);
        Assert.Equal([new RedundancyChange("c1", 1, 0), new RedundancyChange("c2", 1, 0)], r.Redundancy);
        Assert.Contains("m", r.ArticulationPointsRemoved);
        var m = r.NodeImpact.Single(x => x.Id == "m");
        Assert.Equal(new ImpactCounts(4, 10, 1), m.Base);
        Assert.Null(m.Scenario);
    }

    [Fact]
    public void A_second_route_raises_redundancy_and_removes_a_single_point_of_failure()
    {
        var r = ScenarioComparison.Run(Graph(), Graph(secondRoute: true), P);
        Assert.Empty(r.Lost);
        Assert.Equal([new RedundancyChange("c1", 1, 2)], r.Redundancy);
        var m = r.NodeImpact.Single(x => x.Id == "m");
        Assert.Equal(new ImpactCounts(4, 10, 1), m.Base);
        Assert.Equal(new ImpactCounts(1, 0, 0), m.Scenario);
        Assert.Empty(r.ArrivalChanged);
    }

    [Fact]
    public void Missing_source_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => ScenarioComparison.Run(Graph(), Graph(), P with { Sources = ["nope"] }));
    }
}
