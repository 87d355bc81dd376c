using Depgraph.Core.Model;
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

    [Fact]
    public void Survey_cells_get_a_solid_orange_frame_and_evidence_cells_a_dashed_green_one_with_a_legend() // legend firmest basis first
    {
        DependencyMatrix m = SampleData.Dependency();
        int n = m.Sectors.Count;
        var bases = new Basis?[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                bases[i, j] = i == j ? null : Basis.Assumption;
        bases[0, 5] = Basis.Survey;
        bases[2, 1] = Basis.Evidence;
        bases[3, 1] = Basis.Scenario; // neither survey nor evidence: unframed, like assumptions
        var plot = DependencyHeatmapChart.Create(m with { Bases = bases });
        var frames = plot.GetPlottables<ScottPlot.Plottables.Rectangle>().ToList();
        Assert.Equal(2, frames.Count);
        var survey = Assert.Single(frames, f => f.LineColor == DependencyHeatmapChart.SurveyFrame);
        Assert.Equal(ScottPlot.LinePattern.Solid, survey.LinePattern);
        Assert.Equal(5, (survey.CoordinateRect.Left + survey.CoordinateRect.Right) / 2, 9);
        Assert.Equal(n - 1, (survey.CoordinateRect.Bottom + survey.CoordinateRect.Top) / 2, 9);
        var evidence = Assert.Single(frames, f => f.LineColor == DependencyHeatmapChart.EvidenceFrame);
        Assert.Equal(ScottPlot.LinePattern.Dashed, evidence.LinePattern);
        Assert.Equal(1, (evidence.CoordinateRect.Left + evidence.CoordinateRect.Right) / 2, 9);
        Assert.Equal(n - 1 - 2, (evidence.CoordinateRect.Bottom + evidence.CoordinateRect.Top) / 2, 9);
        Assert.Equal(["出典の記述による値", "相互依存性調査の回答による値"], plot.Legend.ManualItems.Select(x => x.LabelText));
        ChartExport.Render(plot, ChartSize.Square);
    }

    [Fact]
    public void An_all_assumed_matrix_has_no_frames_and_no_legend()
    {
        DependencyMatrix m = SampleData.Dependency();
        int n = m.Sectors.Count;
        var bases = new Basis?[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                bases[i, j] = i == j ? null : Basis.Assumption;
        foreach (var plot in new[] { DependencyHeatmapChart.Create(m with { Bases = bases }), DependencyHeatmapChart.Create(m) })
        {
            Assert.Empty(plot.GetPlottables<ScottPlot.Plottables.Rectangle>());
            Assert.Empty(plot.Legend.ManualItems);
        }
    }
}
