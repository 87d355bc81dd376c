using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Core.Tests.Compact;

public class CompactGraphTests
{
    [Fact]
    public void Empty_graph_has_no_vertices_or_edges()
    {
        Assert.Equal(0, CompactGraph.Empty.NodeCount);
        Assert.Equal(0, CompactGraph.Empty.EdgeCount);
    }

    [Fact]
    public void Forward_and_reverse_adjacency_agree_and_keep_input_order()
    {
        var g = TestGraphs.Parse("a->c, a->b:2:0.5, b->c:3, c->a");
        int a = g.IndexOf("a"), b = g.IndexOf("b"), c = g.IndexOf("c");
        Assert.Equal(new[] { c, b }, g.OutNeighbors(a).ToArray());
        Assert.Equal(new[] { a, b }, g.InNeighbors(c).ToArray());
        int e = g.FindEdge(a, b);
        Assert.Equal(2.0, g.Weight(e));
        Assert.Equal(0.5, g.Probability(e));
        Assert.Equal(a, g.Source(e));
        foreach (var v in Enumerable.Range(0, g.NodeCount))
            foreach (var ie in g.InEdges(v).ToArray())
                Assert.Equal(v, g.Target(ie));
        Assert.Equal(4, g.EdgeCount);
        Assert.Equal(-1, g.IndexOf("zzz"));
    }

    [Fact]
    public void Dependency_layer_reverses_depends_on_and_keeps_supplies()
    {
        var b = new CompactGraphBuilder();
        int fin = b.AddNode("finance", NodeKind.Sector), pow = b.AddNode("power", NodeKind.Sector), tel = b.AddNode("telecom", NodeKind.Sector);
        b.AddEdge(fin, pow, EdgeKind.DependsOn);      // finance depends on power
        b.AddEdge(pow, tel, EdgeKind.Supplies);       // power supplies telecom
        b.AddEdge(pow, fin, EdgeKind.SharesWith, flow: InfoFlow.Provide);
        var g = b.Build();
        var dep = g.Select(EdgeLayer.Dependency);
        Assert.Equal("depends_on,supplies", dep.Layer);
        Assert.Equal(2, dep.EdgeCount);
        Assert.Equal(new[] { fin, tel }, dep.OutNeighbors(pow).ToArray().Order().ToArray());
        var info = g.Select(EdgeLayer.Information);
        Assert.Equal(1, info.EdgeCount);
        Assert.Equal(fin, info.OutNeighbors(pow)[0]);
    }

    [Theory]
    [InlineData("shares_with", "shares_with")]
    [InlineData("shares_with:report, member_of", "shares_with:report,member_of")]
    [InlineData("ALL", "all")]
    [InlineData("~member_of", "~member_of")]
    public void Layer_names_are_canonical(string spec, string name) => Assert.Equal(name, EdgeLayer.Parse(spec).Name);

    [Theory]
    [InlineData("sharez_with")]
    [InlineData("member_of:provide")]
    [InlineData("")]
    public void Bad_layer_tokens_are_rejected_with_the_token_named(string spec)
    {
        Assert.False(EdgeLayer.TryParse(spec, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Member_weight_sums_units_or_counts_plain_members_once()
    {
        var b = new CompactGraphBuilder();
        b.AddNode("gov", NodeKind.Ceptoar);
        b.AddNode("m", NodeKind.Member, members: [new MemberCount("都道府県", 47), new MemberCount("市区町村", 1741)]);
        b.AddNode("plain", NodeKind.Member);
        var g = b.Build();
        Assert.Equal(0, g.MemberWeight(0));
        Assert.Equal(1788, g.MemberWeight(1));
        Assert.Equal(1, g.MemberWeight(2));
    }

    [Fact]
    public void Named_members_included_in_an_aggregate_weigh_nothing_and_keep_it_through_layers()
    {
        var b = new CompactGraphBuilder();
        b.AddNode("agg", NodeKind.Member, members: [new MemberCount("機関", 21)]);
        b.AddNode("named", NodeKind.Member, memberWeight: 0);
        b.AddNode("c", NodeKind.Ceptoar);
        b.AddEdge(2, 0, EdgeKind.SharesWith, flow: InfoFlow.Provide);
        b.AddEdge(2, 1, EdgeKind.MemberOf);
        var g = b.Build();
        Assert.Equal(0, g.MemberWeight(1));
        Assert.Equal(0, g.Select(EdgeLayer.Information).MemberWeight(1));
        Assert.Equal(21, g.Select(EdgeLayer.Information).MemberWeight(0));
    }

    [Fact]
    public void External_recipients_are_not_members()
    {
        var b = new CompactGraphBuilder();
        b.AddNode("x", NodeKind.External, members: [new MemberCount("社・団体", 390)]);
        Assert.Equal(0, b.Build().MemberWeight(0));
    }

    [Fact]
    public void QuikGraph_view_has_the_same_edges()
    {
        var g = TestGraphs.Random(50, 200, seed: 7);
        var q = g.ToQuikGraph();
        Assert.Equal(g.NodeCount, q.VertexCount);
        Assert.Equal(g.EdgeCount, q.EdgeCount);
        foreach (var e in q.Edges) Assert.Equal(g.Target(e.Tag), e.Target);
    }

    [Fact]
    public void Builder_builds_once()
    {
        var b = new CompactGraphBuilder();
        b.Build();
        Assert.Throws<InvalidOperationException>(() => b.Build());
    }

    [Fact]
    public void A_built_builder_takes_no_more_nodes_or_edges_and_the_graph_is_unchanged()
    {
        var b = new CompactGraphBuilder(4, 4); // exact capacity: the graph takes the builder's node arrays
        int a = b.AddNode("a"), c = b.AddNode("c");
        b.AddNode("x");
        b.AddNode("y");
        b.AddEdge(a, c, weight: 2);
        var g = b.Build();
        Assert.Equal(a, b.AddNode("a")); // an existing id is still answered
        Assert.Throws<InvalidOperationException>(() => b.AddNode("d"));
        Assert.Throws<InvalidOperationException>(() => b.AddEdge(a, c));
        Assert.Equal((4, 1, "a", "c", 2.0), (g.NodeCount, g.EdgeCount, g.Id(0), g.Id(1), g.Weight(0)));
        Assert.Equal("y", g.Id(3));
    }

    [Fact]
    public void Default_source_is_nisc_else_the_only_government_node()
    {
        var b = new CompactGraphBuilder();
        b.AddNode("x", NodeKind.Member);
        b.AddNode("gov", NodeKind.Government);
        Assert.Equal(1, b.Build().DefaultSource());
        var two = new CompactGraphBuilder();
        two.AddNode("g1", NodeKind.Government);
        two.AddNode("g2", NodeKind.Government);
        Assert.Equal(-1, two.Build().DefaultSource());
        var named = new CompactGraphBuilder();
        named.AddNode("g1", NodeKind.Government);
        named.AddNode("nisc", NodeKind.Government);
        Assert.Equal(1, named.Build().DefaultSource());
        Assert.Equal(-1, TestGraphs.Path(3).DefaultSource());
    }
}
