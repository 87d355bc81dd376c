using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

[Collection(ChartCollection.Name)]
public class NetworkLayoutTests
{
    [Fact]
    public void Layers_AreOnY_AndPositionsInTheUnitInterval()
    {
        NetworkLayoutResult layout = NetworkLayout.Compute(SampleData.Network(), 100);
        Assert.All(layout.Nodes, n =>
        {
            Assert.Equal(-n.Layer, n.Y);
            Assert.InRange(n.X, 0, 1);
        });
        Assert.Equal(0.5, layout.Nodes.Single(n => n.Id == "nisc").X);
        Assert.Equal(SampleData.Network().Nodes.Count, layout.Nodes.Count);
        Assert.Equal(SampleData.Network().Edges.Count, layout.Edges.Count);
    }

    [Fact]
    public void Layout_IsDeterministic_AndIndependentOfInputOrder()
    {
        NetworkDiagram d = SampleData.Network(extraMembers: 500);
        NetworkLayoutResult a = NetworkLayout.Compute(d, 30);
        NetworkLayoutResult b = NetworkLayout.Compute(d with { Nodes = d.Nodes.Reverse().ToList(), Edges = d.Edges.Reverse().ToList() }, 30);
        Assert.Equal(a.Nodes, b.Nodes);
        Assert.Equal(a.Edges, b.Edges);
    }

    [Fact]
    public void Barycentre_PutsChildrenUnderTheirParents()
    {
        // a has children a1,a2; b has b1,b2; ids chosen so that ordinal order interleaves them.
        var d = new NetworkDiagram(
            [new("r", 0, "r", 0, false), new("a", 1, "a", 0, false), new("b", 1, "b", 0, false),
             new("1", 2, "1", 0, false), new("2", 2, "2", 0, false), new("3", 2, "3", 0, false), new("4", 2, "4", 0, false)],
            [new("r", "a"), new("r", "b"), new("a", "1"), new("a", "3"), new("b", "2"), new("b", "4")]);
        var layout = NetworkLayout.Compute(d, 10);
        var bottom = layout.Nodes.Where(n => n.Layer == 2).OrderBy(n => n.X).Select(n => n.Id).ToList();
        Assert.Equal(new[] { "1", "3", "2", "4" }, bottom);
    }

    [Fact]
    public void ThousandsOfMembers_AreAggregated_PreservingMembers_AndKeepingSpofs()
    {
        NetworkDiagram d = SampleData.Network(extraMembers: 3000);
        var spofMember = new NetworkNode("member:spof", 3, "要注意事業者", 0, IsSpof: true);
        d = d with { Nodes = d.Nodes.Append(spofMember).ToList(), Edges = d.Edges.Append(new NetworkEdge("ceptoar:電力CEPTOAR", "member:spof")).ToList() };
        NetworkLayoutResult layout = NetworkLayout.Compute(d, 30);
        var bottom = layout.Nodes.Where(n => n.Layer == 3).ToList();
        Assert.True(bottom.Count <= 30 + 1 + 21, $"{bottom.Count} nodes in the member layer");
        Assert.Equal(d.Nodes.Where(n => n.Layer == 3).Sum(n => n.Members), bottom.Sum(n => n.Members));
        Assert.Equal(d.Nodes.Count(n => n.Layer == 3), bottom.Sum(n => n.IsAggregate ? n.AggregatedCount : 1));
        Assert.Contains(bottom, n => n.Id == "member:spof" && n.IsSpof);
        Assert.All(bottom.Where(n => n.IsAggregate), n => Assert.True(n.AggregatedCount >= 2));
        Assert.Equal(layout.Nodes.Count(n => n.Layer < 3), d.Nodes.Count(n => n.Layer < 3));
    }

    [Fact]
    public void Rejects_DuplicateIds_UnknownEnds_AndNegativeLayers()
    {
        Assert.Throws<ArgumentException>(() => NetworkLayout.Compute(new([new("a", 0, "a", 0, false), new("a", 1, "a", 0, false)], []), 5));
        Assert.Throws<ArgumentException>(() => NetworkLayout.Compute(new([new("a", 0, "a", 0, false)], [new("a", "zz")]), 5));
        Assert.Throws<ArgumentException>(() => NetworkLayout.Compute(new([new("a", -1, "a", 0, false)], []), 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkLayout.Compute(new([], []), 0));
    }

    [Fact]
    public void DeepPath_DoesNotRecurse()
    {
        const int n = 2000;
        var nodes = Enumerable.Range(0, n).Select(i => new NetworkNode($"n{i}", i, $"n{i}", 1, false)).ToList();
        var edges = Enumerable.Range(1, n - 1).Select(i => new NetworkEdge($"n{i - 1}", $"n{i}")).ToList();
        var layout = NetworkLayout.Compute(new NetworkDiagram(nodes, edges), 5);
        Assert.Equal(n, layout.Nodes.Count);
    }
}
