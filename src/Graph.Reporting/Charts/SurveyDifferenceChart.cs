using System.Globalization;
using ScottPlot;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// Difference heatmap of a survey import: dependants on the y axis, suppliers on the x axis, each answered cell coloured
/// by after − before on a diverging scale (blue = weaker, red = stronger, white = unchanged) and labelled with the signed
/// difference (<c>=</c> when the survey confirmed the value). Cells the survey did not answer are light grey and still
/// rest on the previous basis (assumption), as the footnote says.
/// </summary>
/// <remarks>Recommended size: <see cref="ChartSize.Square"/>. The colour range is symmetric, ±max(0.1, largest |difference|).</remarks>
public static class SurveyDifferenceChart
{
    /// <summary>Draws the chart.</summary>
    /// <param name="data">Before, after and which cells were answered.</param>
    /// <param name="language">Label language.</param>
    /// <param name="options">Font options; null for defaults.</param>
    /// <returns>The plot; its heatmap has <c>Intensities[i, j] = After − Before</c> for answered cells and NaN elsewhere.</returns>
    /// <exception cref="ArgumentException">The arrays do not match the rows and columns, or a value is not finite.</exception>
    public static Plot Create(SurveyDifference data, Language language = Language.Japanese, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        int rows = data.Dependants.Count, cols = data.Suppliers.Count;
        foreach (var a in new Array[] { data.Before, data.After, data.Answered })
        {
            if (rows == 0 || cols == 0 || a.GetLength(0) != rows || a.GetLength(1) != cols)
                throw new ArgumentException($"the arrays must be {rows} × {cols} (rows: dependants, columns: suppliers).", nameof(data));
        }
        var diff = new double[rows, cols];
        double max = 0.1;
        int answered = 0;
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                double b = data.Before[i, j], a = data.After[i, j];
                if (!double.IsFinite(b) || !double.IsFinite(a)) throw new ArgumentException($"cell [{i}, {j}] is not finite.", nameof(data));
                diff[i, j] = data.Answered[i, j] ? a - b : double.NaN;
                if (data.Answered[i, j]) { answered++; max = Math.Max(max, Math.Abs(a - b)); }
            }
        }
        (Plot plot, ChartFontChoice font) = ChartStyle.Begin(language, options);
        Language lang = font.Language;
        var heatmap = plot.Add.Heatmap(diff);
        heatmap.Colormap = new ScottPlot.Colormaps.Balance();
        heatmap.ManualRange = new ScottPlot.Range(-max, max);
        heatmap.NaNCellColor = Color.FromHex("#EEEEEE");
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                if (!data.Answered[i, j]) continue;
                double d = diff[i, j];
                string text = Math.Abs(d) < 1e-12 ? "=" : (d > 0 ? "+" : "−") + Math.Abs(d).ToString("0.00", CultureInfo.InvariantCulture);
                var label = plot.Add.Text(text, j, rows - 1 - i);
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelFontSize = ChartStyle.AnnotationFontSize - 1;
                label.LabelFontColor = Math.Abs(d) / max > 0.6 ? Colors.White : ChartStyle.Text;
            }
        }
        ChartStyle.CategoryTicks(plot.Axes.Bottom, [.. Enumerable.Range(0, cols).Select(i => (double)i)], [.. data.Suppliers.Select(s => s.For(font.Language))]);
        ChartStyle.CategoryTicks(plot.Axes.Left, [.. Enumerable.Range(0, rows).Select(i => (double)i)], [.. data.Dependants.Select(s => s.For(font.Language)).Reverse()]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.UpperRight;
        double widest = data.Suppliers.Max(s => ChartStyle.MeasureText(font.Family, ChartStyle.TickFontSize, s.For(font.Language)));
        plot.Axes.Bottom.MinimumSize = (float)((widest * Math.Sqrt(0.5)) + ChartStyle.AxisLabelFontSize + 12);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimits(-0.5, cols - 0.5, -0.5, rows - 0.5);
        plot.HideGrid();
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = lang.Pick("強さの変化(調査 − 従来)", "Change in strength (survey − before)");
        bar.LabelStyle.FontSize = ChartStyle.AxisLabelFontSize;
        bar.Axis.TickLabelStyle.FontSize = ChartStyle.TickFontSize;
        bar.Axis.MinorTickStyle.Length = 0;
        plot.Title(lang.Pick("相互依存性調査による依存関係の変化", "Dependency changes from the interdependency survey"));
        plot.XLabel(lang.Pick("供給元(依存される側)", "Supplier (depended on)"));
        plot.YLabel(lang.Pick("依存する分野", "Dependant sector"));
        ChartStyle.AddFootnote(plot, lang.Pick(
            $"色付きのセル({answered}件)は調査回答に基づく値。灰色のセルは回答がなく、従来の値(仮定)のまま。",
            $"Coloured cells ({answered}) rest on survey answers; grey cells were not answered and keep their previous value (assumption)."));
        return ChartStyle.Finish(plot, font);
    }
}
