using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

/// <summary>
/// A title that fits keeps its design size at every dpi: the fit-to-width step compares layout units with layout units
/// (ScottPlot's FigureRect is in pixels, its DataRect in layout units), so 300-dpi committee charts do not shrink their
/// titles to the 60 % floor.
/// </summary>
[Collection(ChartCollection.Name)]
public class ChartTitleSizeTests
{
    [Fact]
    public void Short_title_keeps_its_size_at_300_dpi_as_at_100_dpi()
    {
        var paper = CascadeChart.Create(SampleData.Cascade());
        float designed = paper.Axes.Title.Label.FontSize;
        ChartExport.Render(paper, ChartSize.Paper);
        Assert.Equal(designed, paper.Axes.Title.Label.FontSize);
    }
}
