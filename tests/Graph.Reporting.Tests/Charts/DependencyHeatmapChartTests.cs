using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

[Collection(ChartCollection.Name)]
public class DependencyHeatmapChartTests
{
    [Fact]
    public void Cells_EqualTheMatrix_RowIAtTheTop()
    {
        DependencyMatrix m = SampleData.Dependency();
        var plot = DependencyHeatmapChart.Create(m);
        var heatmap = plot.GetPlottables<ScottPlot.Plottables.Heatmap>().Single();
        Assert.Equal(0.9, m.Strength[0, 5]);
        int n = m.Sectors.Count;
        ChartExport.Render(plot, ChartSize.Square);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                Assert.Equal(m.Strength[i, j], heatmap.Intensities[i, j]);
                Assert.Equal(m.Strength[i, j], heatmap.GetValue(new ScottPlot.Coordinates(j, n - 1 - i)));
            }
        }

        // The annotation in each cell is the value.
        var texts = plot.GetPlottables<ScottPlot.Plottables.Text>().ToList();
        Assert.Equal(n * n, texts.Count);
        Assert.Contains(texts, t => t.Location == new ScottPlot.Coordinates(5, n - 1 - 0) && t.LabelText == "0.90"); // 情報通信 depends on 電力
        Assert.Contains(texts, t => t.Location == new ScottPlot.Coordinates(0, n - 1 - 0) && t.LabelText == "–"); // NaN diagonal
    }

    [Fact]
    public void Assumption_IsInTheTitle_AndTheFootnote()
    {
        DependencyMatrix m = SampleData.Dependency();
        var ja = DependencyHeatmapChart.Create(m);
        Assert.Equal("分野間の依存関係（仮定）", ChartTestKit.Title(ja));
        Assert.Contains(ja.Axes.GetAxes(ScottPlot.Edge.Bottom), a => a.Label.Text.StartsWith("仮定：", StringComparison.Ordinal));
        var en = DependencyHeatmapChart.Create(m, Language.English);
        Assert.Equal("Inter-sector dependency (assumption)", ChartTestKit.Title(en));

        var survey = DependencyHeatmapChart.Create(m with { IsAssumption = false, Note = "出典：相互依存性調査" });
        Assert.Equal("分野間の依存関係", ChartTestKit.Title(survey));
        Assert.DoesNotContain(survey.Axes.GetAxes(ScottPlot.Edge.Bottom), a => a.Label.Text.Contains("仮定", StringComparison.Ordinal));
        Assert.Contains(survey.Axes.GetAxes(ScottPlot.Edge.Bottom), a => a.Label.Text == "出典：相互依存性調査");
    }

    [Fact]
    public void Rejects_ShapeMismatch_AndNegativeValues()
    {
        Assert.Throws<ArgumentException>(() => DependencyHeatmapChart.Create(new DependencyMatrix(["a", "b"], new double[2, 3], true)));
        Assert.Throws<ArgumentException>(() => DependencyHeatmapChart.Create(new DependencyMatrix([], new double[0, 0], true)));
        Assert.Throws<ArgumentException>(() => DependencyHeatmapChart.Create(new DependencyMatrix(["a"], new double[,] { { -0.1 } }, true)));
        Assert.Throws<ArgumentException>(() => DependencyHeatmapChart.Create(new DependencyMatrix(["a"], new double[,] { { double.PositiveInfinity } }, true)));
    }
}
