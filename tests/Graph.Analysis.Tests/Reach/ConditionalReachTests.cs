using Depgraph.Analysis.Reach;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Tests.Reach;

/// <summary>Reach across conditional hand-overs (水道's 「内容に応じ」 relay): reported apart, never counted as certain.</summary>
public class ConditionalReachTests
{
    // s -> hub -> m (3 社 members) -> ext (100 事業体, conditional relay); s -> other (2 社 members); ext2 (5 社) certain from hub
    private static CompactGraph Graph()
    {
        var b = new CompactGraphBuilder();
        b.AddNode("s", NodeKind.Government);
        b.AddNode("hub", NodeKind.Ceptoar);
        b.AddNode("m", NodeKind.Member, members: [new MemberCount("社", 3)]);
        b.AddNode("ext", NodeKind.External, members: [new MemberCount("事業体", 100)]);
        b.AddNode("ext2", NodeKind.External, members: [new MemberCount("社", 5)]);
        b.AddNode("m2", NodeKind.Member, members: [new MemberCount("社", 2)]);
        b.AddNode("behind", NodeKind.Member, members: [new MemberCount("社", 7)]);
        b.AddEdge(0, 1, EdgeKind.SharesWith, 1, 1, 1, InfoFlow.Provide);
        b.AddEdge(1, 2, EdgeKind.SharesWith, 1, 1, 1, InfoFlow.Provide);
        b.AddEdge(2, 3, EdgeKind.SharesWith, 1, 1, 1, InfoFlow.Provide);
        b.AddEdge(1, 4, EdgeKind.SharesWith, 1, 1, 1, InfoFlow.Provide);
        b.AddEdge(3, 6, EdgeKind.SharesWith, 1, 1, 1, InfoFlow.Provide); // beyond the conditional edge: conditional too
        b.AddEdge(0, 5, EdgeKind.SharesWith, 1, 1, 1, InfoFlow.Provide);
        return b.Build("all");
    }

    private static readonly IReadOnlySet<(string, string)> MToExt = new HashSet<(string, string)> { ("m", "ext") };

    [Fact]
    public void Without_conditional_edges_nothing_is_conditional()
    {
        var g = Graph();
        var r = ReachAnalysis.Run(g, [g.IndexOf("s")], ReachOptions.Default);
        Assert.Equal(7, r.Reached.Count);
        Assert.Empty(r.Conditional);
        Assert.Equal(12, r.Coverage.ReachedMembers);
        Assert.Equal(0, r.Coverage.ConditionalMembers);
    }

    [Fact]
    public void Vertices_behind_a_conditional_edge_are_flagged_and_counted_apart()
    {
        var g = Graph();
        var r = ReachAnalysis.Run(g, [g.IndexOf("s")], new ReachOptions { ConditionalEdges = MToExt });
        Assert.Equal(7, r.Reached.Count); // still reached, but only conditionally
        Assert.Equal(["behind", "ext"], r.Conditional.Select(x => g.Id(x.Vertex)).Order(StringComparer.Ordinal));
        // members: m (3) and m2 (2) for certain, 'behind' (7) only conditionally
        Assert.Equal(5, r.Coverage.ReachedMembers);
        Assert.Equal(7, r.Coverage.ConditionalMembers);
        Assert.Equal(12, r.Coverage.TotalMembers);
        var sha = Assert.Single(r.Coverage.ByUnit);
        Assert.Equal(new UnitCoverage("社", 5, 12, 7), sha);
        // outside recipients: 5 社 certain, 100 事業体 conditional
        Assert.Equal([new UnitCoverage("事業体", 0, 100, 100), new UnitCoverage("社", 5, 5, 0)], r.OutsideRecipients);
    }

    [Fact]
    public void A_certain_second_route_makes_the_vertex_certain()
    {
        var b = new CompactGraphBuilder();
        foreach (var id in new[] { "s", "a", "t" }) b.AddNode(id, NodeKind.Member);
        b.AddEdge(0, 2, EdgeKind.SharesWith, 1, 1, 1, InfoFlow.Provide); // s -> t conditional
        b.AddEdge(0, 1, EdgeKind.SharesWith, 1, 1, 1, InfoFlow.Provide);
        b.AddEdge(1, 2, EdgeKind.SharesWith, 1, 1, 1, InfoFlow.Provide); // s -> a -> t certain
        var g = b.Build("all");
        var r = ReachAnalysis.Run(g, [0], new ReachOptions { ConditionalEdges = new HashSet<(string, string)> { ("s", "t") } });
        Assert.Empty(r.Conditional);
        Assert.Equal(3, r.Coverage.ReachedMembers);
    }

    [Fact]
    public void ConditionalEdges_Of_reads_the_attribute_of_dataset_edges()
    {
        var attrs = System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty.Add(Edge.ConditionalAttribute, "内容に応じ");
        var d = new GraphDataset("t",
            [new Node("a", NodeKind.Member, "a", "a", Provenance.None), new Node("b", NodeKind.External, "b", "b", Provenance.None)],
            [new Edge("a", "b", EdgeKind.SharesWith, Provenance.None, attributes: attrs), new Edge("b", "a", EdgeKind.SharesWith, Provenance.None)]);
        Assert.Equal([("a", "b")], ConditionalEdges.Of(d));
    }
}
