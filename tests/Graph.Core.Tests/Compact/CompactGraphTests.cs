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
    public void Id_lookups_on_a_large_graph_agree_before_and_after_the_dictionary_is_built()
    {
        int n = CompactGraph.ScanMinVertices + 3;
        // As the CSV fast path hands its columns over: no id dictionary yet.
        var b = new CompactGraphBuilder();
        var ids = Enumerable.Range(0, n).Select(v => "m" + v.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        b.AddNodesUnchecked(ids, new NodeKind[n], Enumerable.Repeat("", n).ToArray(), n);
        b.AddEdge(0, n - 1, EdgeKind.Supplies);
        var g = b.Build();
        // The first lookups scan, the later ones use the dictionary: the same answers either way, missing ids included.
        var asked = new[] { "m0", "missing", "m" + (n - 1), "m" + (n / 2), "M0", "m1", "", "m" + (n - 2), "m0" };
        Assert.True(asked.Length > CompactGraph.ScannedLookups);
        var expected = new[] { 0, -1, n - 1, n / 2, -1, 1, -1, n - 2, 0 };
        Assert.Equal(expected, asked.Select(g.IndexOf).ToArray());
        Assert.False(g.TryGetIndex("missing", out _));
        Assert.Throws<ArgumentNullException>(() => g.IndexOf(null!));
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

    [Fact]
    public void Strength_is_one_unless_given_and_a_later_strength_keeps_the_earlier_ones_at_one()
    {
        var b = new CompactGraphBuilder(2, 2);
        b.AddNode("a"); b.AddNode("b"); b.AddNode("c");
        b.AddEdge(0, 1);
        b.AddEdge(1, 2, EdgeKind.DependsOn);
        b.AddEdge(2, 0, EdgeKind.DependsOn, strength: 0.25);
        b.AddEdge(0, 2);
        var g = b.Build();
        Assert.Equal([1.0, 1.0, 1.0, 0.25], Enumerable.Range(0, g.EdgeCount).Select(g.Strength)); // 0→1, 0→2, 1→2, 2→0
        var plain = new CompactGraphBuilder();
        plain.AddNode("a"); plain.AddNode("b");
        plain.AddEdge(0, 1, weight: 2);
        Assert.Equal(1, plain.Build().Strength(0));
    }

    [Fact]
    public void A_large_build_scatters_every_column_to_its_sorted_place()
    {
        // above the size from which the columns are scattered two at a time
        const int n = 1000, m = 200_000;
        var rng = new Random(3);
        var b = new CompactGraphBuilder();
        for (int v = 0; v < n; v++) b.AddNode("v" + v);
        var edges = new List<(int S, int T, EdgeKind K, double W, double P, double Str, InfoFlow F)>();
        for (int i = 0; i < m; i++)
        {
            var e = (rng.Next(n), rng.Next(n), (EdgeKind)rng.Next(3), rng.NextDouble(), rng.NextDouble(), i % 5 == 0 ? rng.NextDouble() : 1, (InfoFlow)rng.Next(3));
            edges.Add(e);
            b.AddEdge(e.Item1, e.Item2, e.Item3, e.Item4, e.Item5, e.Item6, e.Item7);
        }
        var g = b.Build();
        var expected = edges.Select((e, i) => (e, i)).OrderBy(x => x.e.S).ThenBy(x => x.i).Select(x => x.e).ToList(); // stable by source
        for (int e = 0; e < m; e++)
            Assert.Equal(expected[e], (g.Source(e), g.Target(e), g.EdgeKindOf(e), g.Weight(e), g.Probability(e), g.Strength(e), g.FlowOf(e)));
    }
}
