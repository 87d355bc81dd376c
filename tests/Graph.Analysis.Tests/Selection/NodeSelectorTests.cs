using Depgraph.Analysis.Selection;

namespace Depgraph.Analysis.Tests.Selection;

public class NodeSelectorTests
{
    private static string[] Ids(Depgraph.Core.Compact.CompactGraph g, IEnumerable<int> vs) => vs.Select(g.Id).ToArray();

    [Theory]
    [InlineData("ceptoar.banks")]
    [InlineData("銀行等CEPTOAR")]
    [InlineData("銀行等ＣＥＰＴＯＡＲ")]
    [InlineData("banks ceptoar")]
    public void Ids_and_exact_names_resolve(string text)
    {
        var g = SelectionGraph.Build();
        Assert.Equal(["ceptoar.banks"], Ids(g, NodeSelector.SelectList(g, text)));
    }

    [Fact]
    public void Kind_selector_gives_every_node_of_the_kind_by_id()
    {
        var g = SelectionGraph.Build();
        Assert.Equal(["ceptoar.banks", "ceptoar.securities", "ceptoar.water"], Ids(g, NodeSelector.SelectList(g, "kind:ceptoar")));
    }

    [Theory]
    [InlineData("sector:sector.finance")]
    [InlineData("sector:金融")]
    [InlineData("sector:finance")]
    public void Sector_selector_gives_ceptoars_members_and_outside_recipients(string spec)
    {
        var g = SelectionGraph.Build();
        Assert.Equal(["ceptoar.banks", "ceptoar.securities", "external.banks", "members.banks"], Ids(g, NodeSelector.SelectList(g, spec)));
    }

    [Fact]
    public void Ambiguous_name_lists_the_candidates()
    {
        var b = new Depgraph.Core.Compact.CompactGraphBuilder();
        b.AddNode("a", label: "同名");
        b.AddNode("b", label: "同名");
        var g = b.Build();
        var e = Assert.Throws<SelectionException>(() => NodeSelector.SelectList(g, "同名"));
        Assert.Equal(["a", "b"], e.Candidates);
        Assert.Contains("a (同名)", e.Message);
    }

    [Theory]
    [InlineData("kind:spaceship")]
    [InlineData("sector:宇宙")]
    [InlineData("nothing.here")]
    [InlineData("kind:isac")]
    public void Selecting_nothing_is_an_error(string spec)
    {
        Assert.Throws<SelectionException>(() => NodeSelector.SelectList(SelectionGraph.Build(), spec));
    }

    [Fact]
    public void Lists_keep_first_occurrence_order_without_duplicates()
    {
        var g = SelectionGraph.Build();
        Assert.Equal(["ceptoar.water", "ceptoar.banks", "ceptoar.securities"], Ids(g, NodeSelector.SelectList(g, "ceptoar.water, kind:ceptoar")));
    }
}
