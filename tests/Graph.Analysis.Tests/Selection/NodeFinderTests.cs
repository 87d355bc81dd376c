using Depgraph.Analysis.Selection;

namespace Depgraph.Analysis.Tests.Selection;

public class NodeFinderTests
{
    [Fact]
    public void Matching_is_case_and_width_insensitive()
    {
        var g = SelectionGraph.Build();
        var a = NodeFinder.Find(g, "ＣＥＰＴＯＡＲ").Select(m => g.Id(m.Vertex)).ToArray();
        var b = NodeFinder.Find(g, "ceptoar").Select(m => g.Id(m.Vertex)).ToArray();
        Assert.Equal(a, b);
        Assert.Contains("ceptoar.water", a);
        Assert.Contains("exercise.drill", a); // セプター訓練 / CEPTOAR drill
    }

    [Fact]
    public void Exact_matches_come_first_and_carry_the_sector()
    {
        var g = SelectionGraph.Build();
        var m = NodeFinder.Find(g, "銀行等CEPTOAR");
        Assert.Equal("ceptoar.banks", g.Id(m[0].Vertex));
        Assert.Equal("sector.finance", g.Id(m[0].Sector));
        Assert.Equal(-1, NodeFinder.Find(g, "CEPTOAR").Single(x => g.Id(x.Vertex) == "ceptoar.water").Sector);
    }

    [Fact]
    public void Kind_filter_and_no_match()
    {
        var g = SelectionGraph.Build();
        Assert.Equal(["exercise.drill"], NodeFinder.Find(g, "", Depgraph.Core.Model.NodeKind.Exercise).Select(m => g.Id(m.Vertex)));
        Assert.Empty(NodeFinder.Find(g, "zzz"));
    }
}
