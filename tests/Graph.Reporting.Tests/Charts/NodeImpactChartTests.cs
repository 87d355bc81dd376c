using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

[Collection(ChartCollection.Name)]
public class NodeImpactChartTests
{
    [Fact]
    public void Bars_AreTheTopN_ByMembersLost_WithValueLabels()
    {
        var plot = NodeImpactChart.Create(SampleData.Impacts(), options: new ChartOptions { TopN = 5 });
        var bars = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars;
        Assert.Equal(new double[] { 4359, 2121, 1788, 1788, 1226 }, bars.Select(b => b.Value));
        var labels = plot.GetPlottables<ScottPlot.Plottables.Text>().ToList();
        Assert.Contains(labels, t => t.LabelText == "4,359（65）" && t.Location == new ScottPlot.Coordinates(4359, 0));
        Assert.Contains(labels, t => t.LabelText == "1,788（13）" && t.Location == new ScottPlot.Coordinates(1788, -2)); // tie on members: more organisations lost first
        Assert.Equal("障害時に情報が届かなくなる構成員数（上位5組織）", ChartTestKit.Title(plot));
    }

    [Fact]
    public void Rejects_NegativeCounts()
        => Assert.Throws<ArgumentException>(() => NodeImpactChart.Create([new NodeImpactBar("x", 1, -1)]));
}
