using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

[Collection(ChartCollection.Name)]
public class ReachTimeChartTests
{
    [Fact]
    public void Curve_IsTheCumulativeShare_InPercent_AsASteppedLine()
    {
        var curve = new ReachCurve([new(1, 10), new(5, 40), new(30, 100)], 200);
        var plot = ReachTimeChart.Create(curve);
        var line = plot.GetPlottables<ScottPlot.Plottables.Scatter>().Single();
        Assert.Equal(ScottPlot.ConnectStyle.StepHorizontal, line.ConnectStyle);
        var points = line.Data.GetScatterPoints();
        Assert.Equal(new[] { 0.0, 1, 5, 30 }, points.Take(4).Select(p => p.X));
        Assert.Equal(new[] { 0.0, 5, 20, 50 }, points.Take(4).Select(p => p.Y));
        Assert.Equal(50, points[^1].Y);
    }

    [Fact]
    public void SameDayMark_IsAt24Hours_WithTheShareReachedByThen()
    {
        var curve = new ReachCurve([new(2, 50), new(23.5, 150), new(25, 200)], 200);
        Assert.Equal(0.75, curve.ShareAt(24));
        var plot = ReachTimeChart.Create(curve);
        Assert.Equal(24, plot.GetPlottables<ScottPlot.Plottables.VerticalLine>().Single().X);
        Assert.Contains(plot.GetPlottables<ScottPlot.Plottables.Text>(), t => t.LabelText == "当日中 (24 h): 75.0%");
        var english = ReachTimeChart.Create(curve, Language.English);
        Assert.Contains(english.GetPlottables<ScottPlot.Plottables.Text>(), t => t.LabelText == "same day (24 h): 75.0%");
    }

    [Fact]
    public void Rejects_UnsortedOrExcessivePoints()
    {
        Assert.Throws<ArgumentException>(() => ReachTimeChart.Create(new ReachCurve([new(5, 10), new(1, 20)], 100)));
        Assert.Throws<ArgumentException>(() => ReachTimeChart.Create(new ReachCurve([new(1, 30), new(2, 20)], 100)));
        Assert.Throws<ArgumentException>(() => ReachTimeChart.Create(new ReachCurve([new(1, 101)], 100)));
        Assert.Throws<ArgumentException>(() => ReachTimeChart.Create(new ReachCurve([new(double.NaN, 1)], 100)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReachTimeChart.Create(new ReachCurve([], 0)));
    }

    [Fact]
    public void EmptyCurve_IsAFlatZeroLine()
    {
        var plot = ReachTimeChart.Create(new ReachCurve([], 10));
        Assert.All(plot.GetPlottables<ScottPlot.Plottables.Scatter>().Single().Data.GetScatterPoints(), p => Assert.Equal(0, p.Y));
    }
}
