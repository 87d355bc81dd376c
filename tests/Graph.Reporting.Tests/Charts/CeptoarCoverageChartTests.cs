using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

[Collection(ChartCollection.Name)]
public class CeptoarCoverageChartTests
{
    [Fact]
    public void Bars_ShowEveryCeptoarsMembers_GroupedBySectorTotal()
    {
        var plot = CeptoarCoverageChart.Create(SampleData.Coverage());
        IReadOnlyList<double> values = ChartTestKit.BarValues(plot);
        Assert.Equal(21, values.Count);
        Assert.Equal(SampleData.TotalMembers, values.Sum());
        // Sectors by total: 政府・行政サービス (1,788), 金融 (1,788 = 1226+279+193+49+41), 情報通信 (528) …; ties by name.
        Assert.Equal(new double[] { 1788, 1226, 279, 193, 49, 41, 303, 196, 29 }, values.Take(9));
        Assert.Equal("CEPTOAR別の構成員数（分野別）", ChartTestKit.Title(plot));
    }

    [Fact]
    public void HundredsOfGroups_AreAggregatedIntoTopNAndOther_PreservingTheTotal()
    {
        var rows = Enumerable.Range(0, 300)
            .Select(i => new CeptoarMembers(new LocalizedName($"分野{i % 15}", $"Sector {i % 15}"), new LocalizedName($"グループ{i:D3}", $"Group {i:D3}"), 1000 - i))
            .ToList();
        var plot = CeptoarCoverageChart.Create(rows, Language.English, new ChartOptions { TopN = 20 });
        ChartExport.Render(plot, ChartSize.Paper);
        var bars = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars;
        Assert.Equal(21, bars.Count);
        Assert.Equal(rows.Sum(r => r.Members), bars.Sum(b => b.Value));
        Assert.Equal(rows.Skip(20).Sum(r => r.Members), bars[^1].Value);
        Assert.Equal(ChartStyle.Neutral, bars[^1].FillColor);
        Assert.Contains(plot.Axes.Left.TickGenerator.Ticks, t => t.Label == "280 other CEPTOARs");
    }

    [Fact]
    public void English_UsesEnglishNames()
    {
        var plot = CeptoarCoverageChart.Create(SampleData.Coverage(), Language.English);
        ChartExport.Render(plot, ChartSize.Paper);
        Assert.Equal("Members per CEPTOAR, by sector", ChartTestKit.Title(plot));
        Assert.Contains(plot.Axes.Right.TickGenerator.Ticks, t => t.Label == "Finance");
    }

    [Fact]
    public void Rejects_NegativeMembers_AndBadTopN()
    {
        Assert.Throws<ArgumentException>(() => CeptoarCoverageChart.Create([new CeptoarMembers("a", "b", -1)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => CeptoarCoverageChart.Create(SampleData.Coverage(), options: new ChartOptions { TopN = 0 }));
        Assert.Throws<ArgumentNullException>(() => CeptoarCoverageChart.Create(null!));
    }
}
