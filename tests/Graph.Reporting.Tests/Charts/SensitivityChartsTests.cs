using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

[Collection(ChartCollection.Name)]
public class SensitivityChartsTests
{
    private static readonly SensitivityDriver[] Drivers =
    [
        new(new LocalizedName("金融 → 情報通信 の依存確率", "finance → info-comm dependency probability"), 0.42, 0.48, 0.78, 0.95),
        new(new LocalizedName("金融 → 電力 の依存確率", "finance → electricity dependency probability"), 0.15, 0.19, 0.85, 0.91),
        new(new LocalizedName("情報通信 → 電力 の依存確率", "info-comm → electricity dependency probability"), 0.05, 0.08, 0.86, 0.90),
    ];

    [Fact]
    public void Tornado_puts_the_widest_swing_on_top_and_saves_png_and_svg()
    {
        var plot = TornadoChart.Create(new LocalizedName("金融の障害確率", "P(finance fails)"), 0.88, Drivers);
        var bars = plot.GetPlottables().OfType<ScottPlot.Plottables.BarPlot>().Single().Bars;
        Assert.Equal(0, bars.Max(b => b.Position));
        Assert.Equal(0.78, bars.Where(b => b.Position == 0).Min(b => b.ValueBase), 9);
        var files = ChartExport.Save(plot, Path.Combine(ChartTestKit.TempDir(), "tornado"), ChartSize.Paper);
        Assert.True(File.Exists(files.PngPath) && File.Exists(files.SvgPath));
    }

    [Fact]
    public void Sobol_chart_draws_total_and_first_order_per_assumption_in_total_order()
    {
        var plot = SobolChart.Create(new LocalizedName("金融の障害確率", "P(finance fails)"), Drivers, Language.English);
        var bars = plot.GetPlottables().OfType<ScottPlot.Plottables.BarPlot>().Single().Bars;
        Assert.Equal(6, bars.Count);
        Assert.Equal(0.48, bars.Where(b => b.Position > 0).Single().Value, 9);
        var a = ChartExport.Save(plot, Path.Combine(ChartTestKit.TempDir(), "sobol"), ChartSize.Paper);
        Assert.True(new FileInfo(a.PngPath).Length > 0);
    }

    [Fact]
    public void Sobol_chart_draws_a_whisker_per_bootstrap_interval()
    {
        var withCi = Drivers.Select(d => d with { Ci95Total = new(d.Total - 0.05, d.Total + 0.05), Ci95FirstOrder = new(d.FirstOrder - 0.04, d.FirstOrder + 0.04) }).ToList();
        var plot = SobolChart.Create(new LocalizedName("金融の障害確率", "P(finance fails)"), withCi);
        var lines = plot.GetPlottables<ScottPlot.Plottables.LinePlot>().ToList();
        Assert.Equal(Drivers.Length * 2 * 3, lines.Count); // per driver: two intervals, each a line and two caps
        Assert.Contains(lines, l => l.Start.X == 0.43 && l.End.X == 0.53 && Math.Abs(l.Start.Y - 0.18) < 1e-9); // top driver's total
        Assert.Empty(SobolChart.Create(new LocalizedName("金融の障害確率", "P(finance fails)"), Drivers).GetPlottables<ScottPlot.Plottables.LinePlot>());
    }
}
