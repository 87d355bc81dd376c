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
    public void Outside_recipients_get_bars_of_their_own_and_a_legend()
    {
        var plot = NodeImpactChart.Create([new NodeImpactBar("水道CEPTOAR", 8, 2, 1189), new NodeImpactBar("水道CEPTOAR構成員", 0, 1, 1189), new NodeImpactBar("空港CEPTOAR", 8, 1)]);
        var barPlots = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().ToList();
        Assert.Equal(2, barPlots.Count);
        Assert.Equal(new double[] { 8, 8, 0 }, barPlots[0].Bars.Select(b => b.Value));
        Assert.Equal(new double[] { 1189, 0, 1189 }, barPlots[1].Bars.Select(b => b.Value));
        Assert.Equal(["構成員", "構成員以外の情報展開先"], plot.Legend.ManualItems.Select(i => i.LabelText));
        Assert.Equal("障害時に情報が届かなくなる構成員と構成員以外の情報展開先（上位3組織）", ChartTestKit.Title(plot));
        Assert.Throws<ArgumentException>(() => NodeImpactChart.Create([new NodeImpactBar("x", 1, 1, -1)]));
    }

    [Fact]
    public void Rejects_NegativeCounts()
        => Assert.Throws<ArgumentException>(() => NodeImpactChart.Create([new NodeImpactBar("x", 1, -1)]));
}
