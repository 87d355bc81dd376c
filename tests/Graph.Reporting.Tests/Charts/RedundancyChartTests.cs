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
        Assert.Equal(new[] { "他の組織を経由する経路1本のみ（途中に単一障害点あり）", "経路が2本以上", "経路なし" }, labels);
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

    [Fact]
    public void Direct_single_routes_are_not_called_single_points_of_failure()
    {
        var plot = RedundancyChart.Create([new CeptoarRedundancy("放送", 1, Direct: true), new CeptoarRedundancy("銀行", 1), new CeptoarRedundancy("b", 2)]);
        Assert.Equal(new[] { "他の組織を経由する経路1本のみ（途中に単一障害点あり）", "直接の経路1本のみ（途中に組織なし、そのリンクの断絶でのみ途絶）", "経路が2本以上" },
            plot.Legend.ManualItems.Select(i => i.LabelText));
        var bars = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars.ToList();
        Assert.Equal(ChartStyle.Orange, bars[0].FillColor); // 放送 sorts before 銀行 (ordinal)
        Assert.Null(bars[0].FillHatch);
        Assert.Equal(ChartStyle.Vermillion, bars[1].FillColor);
        Assert.NotNull(bars[1].FillHatch);
        var onlyDirect = RedundancyChart.Create([new CeptoarRedundancy("放送", 1, Direct: true)], Language.English);
        Assert.Equal(new[] { "Single direct route (no organisation on the way; only that link can fail)", "Two or more routes" },
            onlyDirect.Legend.ManualItems.Select(i => i.LabelText));
    }
}
