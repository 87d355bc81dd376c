using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

[Collection(ChartCollection.Name)]
public class ScenarioDifferenceChartTests
{
    private static readonly LocalizedName Title = new("差", "Difference");

    [Fact]
    public void Bars_diverge_from_zero_largest_change_first_and_zero_rows_are_left_out()
    {
        var rows = new[]
        {
            new ScenarioDifference("a", -0.02, -0.03, -0.01),
            new ScenarioDifference("b", 0.25, 0.24, 0.26),
            new ScenarioDifference("c", 0),
            new ScenarioDifference("d", -0.5),
        };
        var plot = ScenarioDifferenceChart.Create(rows, Title, Title, isAssumption: true);
        var bars = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars;
        Assert.Equal([-0.5, 0.25, -0.02], bars.Select(b => b.Value));
        Assert.Equal(ChartStyle.Vermillion, bars[0].FillColor);
        Assert.Equal(ChartStyle.Blue, bars[1].FillColor);
        Assert.Contains(plot.GetPlottables<ScottPlot.Plottables.Text>(), t => t.LabelText == "+0.25 [+0.24, +0.26]" && t.Location == new ScottPlot.Coordinates(0, -1));
        Assert.EndsWith("（仮定）", ChartTestKit.Title(plot));
    }

    [Fact]
    public void No_difference_draws_no_bar_and_renders()
    {
        var plot = ScenarioDifferenceChart.Create([new ScenarioDifference("a", 0)], Title, Title);
        Assert.Empty(plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars);
        var (png, svg) = ChartExport.Render(plot, ChartSize.Paper);
        Assert.True(png.Length > 0 && svg.Length > 0);
    }

    [Fact]
    public void Rejects_non_finite_differences()
        => Assert.Throws<ArgumentException>(() => ScenarioDifferenceChart.Create([new ScenarioDifference("a", double.NaN)], Title, Title));
}
