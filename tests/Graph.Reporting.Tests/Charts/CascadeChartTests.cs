using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

[Collection(ChartCollection.Name)]
public class CascadeChartTests
{
    [Fact]
    public void Bars_AndErrorBars_EqualTheInput()
    {
        var data = new CascadeChartData("電力", [new("水道", 0.4, 0.3, 0.55), new("情報通信", 0.8, 0.75, 0.9)], Runs: 1000);
        var plot = CascadeChart.Create(data);
        Assert.Equal(new[] { 0.8, 0.4 }, ChartTestKit.BarValues(plot));
        var errors = plot.GetPlottables<ScottPlot.Plottables.ErrorBar>().Single();
        Assert.Equal(new[] { 0.8, 0.4 }, errors.Xs);
        Assert.Equal(0.1, errors.XErrorPositive![0], 12);
        Assert.Equal(0.05, errors.XErrorNegative![0], 12);
        Assert.Equal(0.15, errors.XErrorPositive[1], 12);
        Assert.Equal(0.1, errors.XErrorNegative[1], 12);
        Assert.Equal("電力の停止後に各分野が機能障害となる確率（仮定）", ChartTestKit.Title(plot));
        Assert.Contains(plot.GetPlottables<ScottPlot.Plottables.Text>(), t => t.LabelText == "80%"); // half-width 12.5 points: tens only
    }

    // Issue 11 item 8: a label prints only the digits its 95 % interval supports; the footnote gives the half-width.
    [Fact]
    public void Labels_print_the_digits_the_interval_supports()
    {
        var narrow = CascadeChart.Create(new CascadeChartData("電力", [new("情報通信", 0.794, 0.7935, 0.7945)], Runs: 1_000_000));
        Assert.Contains(narrow.GetPlottables<ScottPlot.Plottables.Text>(), t => t.LabelText == "79.4%");
        var whole = CascadeChart.Create(new CascadeChartData("電力", [new("情報通信", 0.794, 0.786, 0.802)], Runs: 10_000));
        Assert.Contains(whole.GetPlottables<ScottPlot.Plottables.Text>(), t => t.LabelText == "79%");
        Assert.Contains(whole.Axes.GetAxes(ScottPlot.Edge.Bottom), a => a.Label.Text.Contains("モンテカルロ法 10,000 回。誤差棒は 95% 区間（半幅は最大 0.80 ポイント", StringComparison.Ordinal));
    }

    // Issue 11 item 12: the chart says what 機能障害 means in this model (any effect, not only a full outage).
    [Fact]
    public void Footnote_says_what_failure_means()
    {
        var data = new CascadeChartData("電力", [new("水道", 0.4, 0.3, 0.55)], Runs: 1000);
        Assert.Contains(CascadeChart.Create(data).Axes.GetAxes(ScottPlot.Edge.Bottom), a => a.Label.Text.Contains("機能障害：依存先の障害が一度でも伝わった状態", StringComparison.Ordinal));
        Assert.Contains(CascadeChart.Create(data, Language.English).Axes.GetAxes(ScottPlot.Edge.Bottom), a => a.Label.Text.Contains("not only a full outage", StringComparison.Ordinal));
    }

    [Fact]
    public void NotAnAssumption_NoMarker()
    {
        var data = new CascadeChartData(new LocalizedName("電力", "electricity"), [new("a", 0.5, 0.4, 0.6)], 100, IsAssumption: false);
        Assert.Equal("Failure probability per sector after an outage of electricity", ChartTestKit.Title(CascadeChart.Create(data, Language.English)));
    }

    [Fact]
    public void Rejects_ProbabilitiesOutsideTheirInterval()
    {
        Assert.Throws<ArgumentException>(() => CascadeChart.Create(new CascadeChartData("x", [new("a", 0.5, 0.6, 0.7)], 10)));
        Assert.Throws<ArgumentException>(() => CascadeChart.Create(new CascadeChartData("x", [new("a", 0.5, 0.4, 1.2)], 10)));
        Assert.Throws<ArgumentOutOfRangeException>(() => CascadeChart.Create(new CascadeChartData("x", [], 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => CascadeChart.Create(new CascadeChartData("x", [], 10, IntervalLevel: 1)));
    }
}
