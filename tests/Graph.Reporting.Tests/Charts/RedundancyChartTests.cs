using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

[Collection(ChartCollection.Name)]
public class RedundancyChartTests
{
    [Fact]
    public void SingleRouteBars_AreVermillionAndHatched_OthersBlueAndPlain()
    {
        var rows = SampleData.Redundancy();
        var plot = RedundancyChart.Create(rows);
        var bars = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars;
        Assert.Equal(rows.Select(r => (double)r.DisjointRoutes).Order(), bars.Select(b => b.Value));
        Assert.All(bars.Where(b => b.Value == 1), b =>
        {
            Assert.Equal(ChartStyle.Vermillion, b.FillColor);
            Assert.NotNull(b.FillHatch);
        });
        Assert.All(bars.Where(b => b.Value >= 2), b =>
        {
            Assert.Equal(ChartStyle.Blue, b.FillColor);
            Assert.Null(b.FillHatch);
        });
    }

    [Fact]
    public void Legend_ExplainsSingleMultipleAndNone()
    {
        var plot = RedundancyChart.Create(SampleData.Redundancy());
        var labels = plot.Legend.ManualItems.Select(i => i.LabelText).ToList();
        Assert.Equal(new[] { "経路が1本のみ（単一障害点あり）", "経路が2本以上", "経路なし" }, labels);
        Assert.NotNull(plot.Legend.ManualItems[0].FillHatch);
        Assert.Single(plot.GetPlottables<ScottPlot.Plottables.Markers>());
    }

    [Fact]
    public void NoUnreachable_NoCrossLegend()
    {
        var plot = RedundancyChart.Create([new CeptoarRedundancy("a", 1), new CeptoarRedundancy("b", 2)], Language.English);
        Assert.Equal(2, plot.Legend.ManualItems.Count);
        Assert.Empty(plot.GetPlottables<ScottPlot.Plottables.Markers>());
    }
}
