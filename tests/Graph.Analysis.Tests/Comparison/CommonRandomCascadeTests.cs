using Depgraph.Analysis.Comparison;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Tests.Comparison;

public class CommonRandomCascadeTests
{
    private static CompactGraph Chain(double p1, double p2)
    {
        var b = new CompactGraphBuilder();
        int a = b.AddNode("a"), x = b.AddNode("b"), c = b.AddNode("c");
        b.AddEdge(a, x, EdgeKind.Supplies, 1, p1);
        b.AddEdge(x, c, EdgeKind.Supplies, 1, p2);
        return b.Build();
    }

    [Fact]
    public void Same_graph_gives_exactly_zero_difference()
    {
        var r = CommonRandomCascade.Run(Chain(0.5, 0.5), Chain(0.5, 0.5), ["a"], 5000, 7);
        Assert.All(r, c => Assert.Equal((0.0, 0.0, 0.0), (c.Difference, c.Ci95Low, c.Ci95High)));
        Assert.InRange(r.Single(c => c.Id == "b").Base, 0.47, 0.53);
        Assert.InRange(r.Single(c => c.Id == "c").Base, 0.22, 0.28);
    }

    [Fact]
    public void Common_random_numbers_couple_the_changed_edge()
    {
        // raising b->c from 0.5 to 1: c fails in the scenario in every run where b does; the difference is
        // exactly P(b) - P(b and c) run by run, and never negative.
        var r = CommonRandomCascade.Run(Chain(0.5, 0.5), Chain(0.5, 1), ["a"], 20000, 3);
        var b = r.Single(x => x.Id == "b");
        Assert.Equal(0, b.Difference);
        var c = r.Single(x => x.Id == "c");
        Assert.Equal(c.Scenario - c.Base, c.Difference, 12);
        Assert.InRange(c.Difference, 0.23, 0.27);
        Assert.True(c.Ci95Low > 0.2 && c.Ci95High < 0.3);
    }

    [Fact]
    public void Edge_keys_do_not_depend_on_edge_order()
    {
        var b1 = new CompactGraphBuilder();
        int a = b1.AddNode("a"), x = b1.AddNode("x"), y = b1.AddNode("y");
        b1.AddEdge(a, x); b1.AddEdge(a, y);
        var b2 = new CompactGraphBuilder();
        a = b2.AddNode("a"); x = b2.AddNode("x"); y = b2.AddNode("y");
        b2.AddEdge(a, y); b2.AddEdge(a, x);
        var k1 = CommonRandomCascade.EdgeKeys(b1.Build());
        var k2 = CommonRandomCascade.EdgeKeys(b2.Build());
        Assert.Equal(k1.Order(), k2.Order());
    }

    [Fact]
    public void Results_do_not_depend_on_the_thread_count_or_repeat()
    {
        var a = CommonRandomCascade.Run(Chain(0.3, 0.7), Chain(0.6, 0.7), ["a"], 3000, 42);
        var b = CommonRandomCascade.Run(Chain(0.3, 0.7), Chain(0.6, 0.7), ["a"], 3000, 42);
        Assert.Equal(a, b);
    }
}
