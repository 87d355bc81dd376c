using Depgraph.Analysis.Comparison;
using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Tests.Comparison;

public class CutOffSetsTests
{
    [Fact]
    public void Lost_is_the_strict_dominator_subtree()
    {
        var g = TestGraphs.Parse("r->a, a->b, a->c, r->c");
        var sets = new CutOffSets(g, Dominators.Compute(g, g.IndexOf("r")));
        Assert.Equal(["b"], sets.Lost(g.IndexOf("a")).ToArray().Select(g.Id));
        Assert.True(sets.Lost(g.IndexOf("c")).IsEmpty);
        Assert.Equal(new ImpactCounts(1, 1, 0), sets.Counts(g.IndexOf("a")));
        Assert.Equal(new ImpactCounts(0, 0, 0), sets.Counts(g.IndexOf("r")));
    }

    [Fact]
    public void Groups_split_the_lost_vertices_by_kind_each_by_id()
    {
        var b = new CompactGraphBuilder();
        int r = b.AddNode("r", NodeKind.Government), hub = b.AddNode("hub", NodeKind.Ministry);
        int c2 = b.AddNode("c2", NodeKind.Ceptoar), c10 = b.AddNode("c10", NodeKind.Ceptoar);
        int m = b.AddNode("m", NodeKind.Member), x = b.AddNode("x", NodeKind.External), s = b.AddNode("s", NodeKind.Secretariat);
        b.AddEdge(r, hub, EdgeKind.SharesWith);
        foreach (int v in new[] { c2, c10, s }) b.AddEdge(hub, v, EdgeKind.SharesWith);
        b.AddEdge(c2, m, EdgeKind.SharesWith);
        b.AddEdge(c10, x, EdgeKind.SharesWith);
        var g = b.Build();
        var sets = new CutOffSets(g, Dominators.Compute(g, g.IndexOf("r")));
        var groups = sets.Groups(g.IndexOf("hub"));
        Assert.Equal(["c10", "c2"], groups.Ceptoars.Select(g.Id));
        Assert.Equal(["m"], groups.MemberGroups.Select(g.Id));
        Assert.Equal(["x"], groups.OutsideRecipients.Select(g.Id));
        Assert.Equal(1, groups.OtherNodes);
        var none = sets.Groups(g.IndexOf("m"));
        Assert.Empty(none.Ceptoars);
        Assert.Equal(0, none.OtherNodes);
    }
}
