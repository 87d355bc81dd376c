using System.Globalization;
using ScottPlot;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// Tornado chart (one-at-a-time swing): for each assumption, the bar from the result at the low end of its range to
/// the result at its high end, the others held at their written values; widest on top, a vertical line at the
/// central result.
/// </summary>
/// <remarks>Local, not global (interactions are not shown: see <see cref="SobolChart"/>). Top
/// <see cref="ChartOptions.TopN"/> (default <see cref="DefaultTopN"/>) by swing width, ties by name (ordinal).
/// Recommended size: <see cref="ChartSize.Paper"/>.</remarks>
public static class TornadoChart
{
    /// <summary>Bars shown by default.</summary>
    public const int DefaultTopN = 10;

    /// <summary>Draws the chart.</summary>
    /// <param name="result">What the result is (e.g. 「金融の障害確率」).</param>
    /// <param name="central">The result at the written values.</param>
    /// <param name="drivers">The assumptions.</param>
    /// <param name="language">Label language.</param>
    /// <param name="options">Font and top-N; null for defaults.</param>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    public static Plot Create(LocalizedName result, double central, IReadOnlyList<SensitivityDriver> drivers,
        Language language = Language.Japanese, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(drivers);
        options ??= ChartOptions.Default;
        (Plot plot, ChartFontChoice font) = ChartStyle.Begin(language, options);
        Language lang = font.Language;
        var top = drivers.OrderByDescending(d => Math.Abs(d.AtHigh - d.AtLow)).ThenBy(d => d.Name.Japanese, StringComparer.Ordinal)
            .Take(options.TopNOr(DefaultTopN)).ToList();
        var bars = new List<Bar>();
        var positions = new List<double>();
        var labels = new List<string>();
        for (int i = 0; i < top.Count; i++)
        {
            var d = top[i];
            bars.Add(new Bar { Position = -i, ValueBase = Math.Min(d.AtLow, central), Value = central, FillColor = ChartStyle.SkyBlue, LineWidth = 0, Size = 0.7 });
            bars.Add(new Bar { Position = -i, ValueBase = central, Value = Math.Max(d.AtHigh, central), FillColor = ChartStyle.Vermillion, LineWidth = 0, Size = 0.7 });
            if (d.AtLow > central) bars.Add(new Bar { Position = -i, ValueBase = central, Value = d.AtLow, FillColor = ChartStyle.SkyBlue, LineWidth = 0, Size = 0.7 });
            if (d.AtHigh < central) bars.Add(new Bar { Position = -i, ValueBase = d.AtHigh, Value = central, FillColor = ChartStyle.Vermillion, LineWidth = 0, Size = 0.7 });
            positions.Add(-i);
            labels.Add(top.Count <= 10 ? ChartStyle.Wrap(d.Name.For(font.Language), 22) : d.Name.For(font.Language));
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        var line = plot.Add.VerticalLine(central);
        line.Color = ChartStyle.Text;
        line.LineWidth = 1.5f;
        double lo = top.Select(d => Math.Min(d.AtLow, d.AtHigh)).Append(central).Min();
        double hi = top.Select(d => Math.Max(d.AtLow, d.AtHigh)).Append(central).Max();
        double pad = Math.Max(0.02, (hi - lo) * 0.1);
        plot.Axes.SetLimits(Math.Max(0, lo - pad), Math.Min(1.05, hi + pad), -Math.Max(top.Count, 1) + 0.4, 0.6);
        ChartStyle.CategoryTicks(plot.Axes.Left, positions, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        string c = central.ToString("0.000", CultureInfo.InvariantCulture);
        plot.Title(lang.Pick($"{result.Japanese}:仮定ごとの振れ幅(トルネード図)", $"{result.English}: swing per assumption (tornado)"));
        plot.XLabel(lang.Pick($"結果(青 = 範囲の下限、赤 = 上限、縦線 = 記載値での結果 {c})", $"result (blue = low end, red = high end, line = result at the written values {c})"));
        ChartStyle.AddFootnote(plot, lang.Pick("※ 供給する分野→依存する分野の依存確率を一度に一つだけ動かし、他は記載値に固定。相互作用は含まない(depgraph sensitivity の Sobol 指数で確認できる)。分野間依存関係は仮定。",
            "Dependency probabilities (supplier → dependant) moved one at a time, the others at their written values; interactions not shown (see the Sobol indices of depgraph sensitivity). The dependencies are assumptions."));
        return ChartStyle.Finish(plot, font);
    }
}
