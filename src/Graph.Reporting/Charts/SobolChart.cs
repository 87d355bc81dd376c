using Depgraph.Analysis.Uncertainty;
using ScottPlot;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// Sobol indices as paired horizontal bars per assumption: first-order (alone) and total (with interactions), the
/// assumptions with the largest total index on top, each with its bootstrap 95 % interval as a whisker when given
/// (<see cref="SensitivityDriver.Ci95Total"/>, <see cref="SensitivityDriver.Ci95FirstOrder"/>).
/// </summary>
/// <remarks>Top <see cref="ChartOptions.TopN"/> (default <see cref="DefaultTopN"/>) by total index, ties by name
/// (ordinal). Axis 0–1 (share of the result's variance over the assumed ranges). Recommended size:
/// <see cref="ChartSize.Paper"/>.</remarks>
public static class SobolChart
{
    /// <summary>Assumptions shown by default.</summary>
    public const int DefaultTopN = 10;

    /// <summary>Draws the chart.</summary>
    /// <param name="result">What the result is.</param>
    /// <param name="drivers">The assumptions with their indices.</param>
    /// <param name="language">Label language.</param>
    /// <param name="options">Font and top-N; null for defaults.</param>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    public static Plot Create(LocalizedName result, IReadOnlyList<SensitivityDriver> drivers,
        Language language = Language.Japanese, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(drivers);
        options ??= ChartOptions.Default;
        (Plot plot, ChartFontChoice font) = ChartStyle.Begin(language, options);
        Language lang = font.Language;
        var top = drivers.OrderByDescending(d => d.Total).ThenBy(d => d.Name.Japanese, StringComparer.Ordinal)
            .Take(options.TopNOr(DefaultTopN)).ToList();
        var bars = new List<Bar>();
        var positions = new List<double>();
        var labels = new List<string>();
        for (int i = 0; i < top.Count; i++)
        {
            bars.Add(new Bar { Position = -i + 0.18, Value = Math.Clamp(top[i].Total, 0, 1), FillColor = ChartStyle.Blue, LineWidth = 0, Size = 0.34 });
            bars.Add(new Bar { Position = -i - 0.18, Value = Math.Clamp(top[i].FirstOrder, 0, 1), FillColor = ChartStyle.Orange, LineWidth = 0, Size = 0.34 });
            positions.Add(-i);
            labels.Add(top.Count <= 10 ? ChartStyle.Wrap(top[i].Name.For(font.Language), 22) : top[i].Name.For(font.Language));
        }
        var barPlot = plot.Add.Bars(bars);
        for (int i = 0; i < top.Count; i++)
        {
            Whisker(plot, top[i].Ci95Total, -i + 0.18);
            Whisker(plot, top[i].Ci95FirstOrder, -i - 0.18);
        }

        barPlot.Horizontal = true;
        plot.Axes.SetLimits(0, 1, -Math.Max(top.Count, 1) + 0.4, 0.6);
        ChartStyle.CategoryTicks(plot.Axes.Left, positions, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Title(lang.Pick($"{result.Japanese}:結果を左右する仮定(Sobol 指数)", $"{result.English}: assumptions that drive it (Sobol indices)"));
        plot.XLabel(lang.Pick("分散に占める割合(青 = 全効果 ST、橙 = 単独効果 S1、ひげ = 95%区間)", "share of variance (blue = total ST, orange = first-order S1; whiskers: 95% interval)"));
        ChartStyle.AddFootnote(plot, lang.Pick("※ 仮定の範囲内で結果が揺れる分散のうち、その仮定が説明する割合。ST が大きい仮定ほど、調査で確かめる価値が高い。",
            "Share of the result's variance over the assumed ranges explained by each assumption; the larger ST, the more a survey answer would settle."));
        return ChartStyle.Finish(plot, font);
    }

    /// <summary>A bootstrap interval as a dark whisker with end caps across the bar at <paramref name="y"/>, clamped to [0, 1].</summary>
    private static void Whisker(Plot plot, Interval? ci, double y)
    {
        if (ci is not { } c || double.IsNaN(c.Low) || double.IsNaN(c.High))
        {
            return;
        }

        double lo = Math.Clamp(c.Low, 0, 1), hi = Math.Clamp(c.High, 0, 1);
        foreach ((double x1, double y1, double x2, double y2) in new[] { (lo, y, hi, y), (lo, y - 0.09, lo, y + 0.09), (hi, y - 0.09, hi, y + 0.09) })
        {
            var line = plot.Add.Line(x1, y1, x2, y2);
            line.LineColor = ChartStyle.Text;
            line.LineWidth = 1;
            line.MarkerSize = 0;
        }
    }
}
