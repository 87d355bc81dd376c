using System.Globalization;
using ScottPlot;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// Base against scenario as diverging horizontal bars: one bar per node, from zero to the difference (scenario − base),
/// increases in blue to the right and decreases in vermillion to the left, largest changes on top, each labelled
/// with the signed value (on the other side of zero) and, for Monte Carlo differences, its 95 % interval (also drawn
/// as a whisker). Used by <c>depgraph compare</c>,
/// notebook 05 and the report's scenario section.
/// </summary>
/// <remarks>
/// Rows with a zero difference are not drawn; when nothing differs the chart says so in its footnote. At most
/// <see cref="ChartOptions.TopN"/> (default <see cref="DefaultTopN"/>) bars, ranked by |difference|, then name
/// (ordinal). Colours are the Okabe–Ito palette of <see cref="ChartStyle"/>. Recommended size: <see cref="ChartSize.Paper"/>.
/// </remarks>
public static class ScenarioDifferenceChart
{
    /// <summary>Bars shown by default.</summary>
    public const int DefaultTopN = 15;

    /// <summary>Draws the chart.</summary>
    /// <param name="rows">The differences.</param>
    /// <param name="title">The title, e.g. 「経済産業省が機能しない：障害確率の差」.</param>
    /// <param name="axisLabel">The x-axis label, e.g. 「障害確率の差（シナリオ − 基準）」.</param>
    /// <param name="language">Label language.</param>
    /// <param name="isAssumption">Appends 「（仮定）」 to the title (differences on the assumed dependency matrix).</param>
    /// <param name="options">Font and top-N options.</param>
    /// <returns>The plot; its first bar plot holds the bars, largest change first.</returns>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="ArgumentException">A difference is NaN or infinite, or a row is null.</exception>
    public static Plot Create(IReadOnlyList<ScenarioDifference> rows, LocalizedName title, LocalizedName axisLabel,
        Language language = Language.Japanese, bool isAssumption = false, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        options ??= ChartOptions.Default;
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i] is null) throw new ArgumentException($"Row {i} is null.", nameof(rows));
            if (!double.IsFinite(rows[i].Difference)) throw new ArgumentException($"Difference at index {i} must be finite.", nameof(rows));
        }

        (Plot plot, ChartFontChoice font) = ChartStyle.Begin(language, options);
        Language lang = font.Language;
        var top = rows.Where(r => r.Difference != 0)
            .OrderByDescending(r => Math.Abs(r.Difference)).ThenBy(r => r.Name.Japanese, StringComparer.Ordinal)
            .Take(options.TopNOr(DefaultTopN)).ToList();
        var bars = new List<Bar>();
        var positions = new List<double>();
        var labels = new List<string>();
        for (int i = 0; i < top.Count; i++)
        {
            var r = top[i];
            bars.Add(new Bar
            {
                Position = -i,
                ValueBase = 0,
                Value = r.Difference,
                FillColor = r.Difference > 0 ? ChartStyle.Blue : ChartStyle.Vermillion,
                LineWidth = 0,
                Size = 0.72,
            });
            positions.Add(-i);
            labels.Add(r.Name.For(lang));
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        double max = Math.Max(1e-9, top.Select(r => Math.Max(Math.Abs(r.Difference), Math.Max(Math.Abs(r.Ci95Low ?? 0), Math.Abs(r.Ci95High ?? 0)))).DefaultIfEmpty(1).Max());
        for (int i = 0; i < top.Count; i++)
        {
            var r = top[i];
            if (r.Ci95Low is { } lo && r.Ci95High is { } hi)
            {
                var whisker = plot.Add.Line(lo, -i, hi, -i);
                whisker.LineColor = ChartStyle.Text;
                whisker.LineWidth = 1.2f;
            }

            string value = Signed(r.Difference) + (r.Ci95Low is { } l && r.Ci95High is { } h ? $" [{Signed(l)}, {Signed(h)}]" : "");
            // the value goes on the other side of zero, where there is room whatever the bar's length
            var text = plot.Add.Text(value, 0, -i);
            text.LabelAlignment = r.Difference > 0 ? Alignment.MiddleRight : Alignment.MiddleLeft;
            text.OffsetX = r.Difference > 0 ? -4 : 4;
            text.LabelFontSize = ChartStyle.AnnotationFontSize;
            text.LabelFontColor = ChartStyle.Text;
        }

        var zero = plot.Add.VerticalLine(0);
        zero.LineColor = ChartStyle.Text;
        zero.LineWidth = 1;
        plot.Axes.SetLimits(-max * 1.15, max * 1.15, -Math.Max(top.Count, 5) + 0.4, 0.6);
        ChartStyle.CategoryTicks(plot.Axes.Left, positions, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Title(title.For(lang) + (isAssumption ? ChartLabels.Get("common.assumption", lang) : ""));
        plot.XLabel(axisLabel.For(lang));
        // only Monte Carlo differences have an interval; exact differences (counts) get no word about one
        bool intervals = top.Any(r => r.Ci95Low is not null && r.Ci95High is not null);
        string note = top.Count == 0
            ? (lang.Pick("基準とシナリオの間に差はない。", "No difference between base and scenario."))
            : (lang.Pick(
                $"差のある {rows.Count(r => r.Difference != 0)} 件のうち上位 {top.Count} 件。青は増加、朱は減少。" + (intervals ? "括弧内は95%信頼区間（共通乱数）。" : ""),
                $"Top {top.Count} of {rows.Count(r => r.Difference != 0)} changes. Blue: increase; vermillion: decrease." + (intervals ? " Brackets: 95% interval (common random numbers)." : "")));
        ChartStyle.AddFootnote(plot, note);
        return ChartStyle.Finish(plot, font);
    }

    private static string Signed(double x) => x.ToString(Math.Abs(x) >= 10 ? "+#,0;-#,0;0" : "+0.###;-0.###;0", CultureInfo.InvariantCulture);
}
