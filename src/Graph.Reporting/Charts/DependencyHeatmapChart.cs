using System.Globalization;
using Depgraph.Core.Model;
using ScottPlot;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// Inter-sector dependency heatmap: dependants on the y axis, suppliers on the x axis, a single-hue
/// colour scale (light = weak, dark = strong: readable in grayscale) with a colour bar, and each
/// value written in its cell. While the matrix is an assumption the title says 「（仮定）」 and a
/// footnote explains it. Cells whose value comes from the mutual-dependency survey get a solid orange frame, cells
/// quoted from evidence a dashed green one, with a legend below the chart; assumed cells are unframed
/// (<see cref="DependencyMatrix.Bases"/>, decided from the provenance of each cell's edges).
/// </summary>
/// <remarks>
/// The colour scale runs from 0 to max(1, largest value). NaN cells ("no data") are light gray with "–".
/// Recommended size: <see cref="ChartSize.Square"/>.
/// </remarks>
public static class DependencyHeatmapChart
{
    /// <summary>Draws the chart.</summary>
    /// <param name="matrix">The dependency matrix.</param>
    /// <param name="language">Label language.</param>
    /// <param name="options">Font options; <see langword="null"/> for defaults.</param>
    /// <returns>
    /// The plot; its <see cref="ScottPlot.Plottables.Heatmap"/> has <c>Intensities[i, j] == Strength[i, j]</c>,
    /// with row <c>i</c> centred at y = n − 1 − i and column <c>j</c> at x = j.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> or one of its members is null.</exception>
    /// <exception cref="ArgumentException">The matrix is empty, not square, does not match the sectors, or has a negative or infinite value.</exception>
    public static Plot Create(DependencyMatrix matrix, Language language = Language.Japanese, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(matrix.Sectors);
        ArgumentNullException.ThrowIfNull(matrix.Strength);
        int n = matrix.Sectors.Count;
        if (n == 0 || matrix.Strength.GetLength(0) != n || matrix.Strength.GetLength(1) != n)
        {
            throw new ArgumentException(
                $"The dependency matrix must be {n} × {n} (one row and column per sector), got {matrix.Strength.GetLength(0)} × {matrix.Strength.GetLength(1)}.",
                nameof(matrix));
        }

        double max = 1;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double v = matrix.Strength[i, j];
                if (double.IsNaN(v))
                {
                    continue;
                }

                if (!double.IsFinite(v) || v < 0)
                {
                    throw new ArgumentException($"Strength[{i}, {j}] must be finite and ≥ 0 (or NaN for no data), got {v.ToString(CultureInfo.InvariantCulture)}.", nameof(matrix));
                }

                max = Math.Max(max, v);
            }
        }

        (Plot plot, ChartFontChoice font) = ChartStyle.Begin(language, options);
        Language lang = font.Language;

        var heatmap = plot.Add.Heatmap((double[,])matrix.Strength.Clone());
        heatmap.Colormap = new ScottPlot.Colormaps.Reversed(new ScottPlot.Colormaps.Blues());
        heatmap.ManualRange = new ScottPlot.Range(0, max);
        heatmap.NaNCellColor = Color.FromHex("#EEEEEE");

        bool tenths = true;
        foreach (double v in matrix.Strength)
        {
            tenths &= double.IsNaN(v) || Math.Abs((v * 10) - Math.Round(v * 10)) < 1e-9;
        }

        string format = tenths ? "0.0" : "0.00";
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double v = matrix.Strength[i, j];
                string text = double.IsNaN(v) ? "–" : v.ToString(format, CultureInfo.InvariantCulture);
                var label = plot.Add.Text(text, j, n - 1 - i);
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelFontSize = ChartStyle.AnnotationFontSize - 1;
                label.LabelFontColor = !double.IsNaN(v) && v / max > 0.55 ? Colors.White : ChartStyle.Text;
            }
        }

        bool marked = Frame(plot, matrix, lang);
        var positions = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        ChartStyle.CategoryTicks(plot.Axes.Bottom, positions, matrix.Sectors.Select(s => s.For(lang)).ToArray());
        ChartStyle.CategoryTicks(plot.Axes.Left, positions, matrix.Sectors.Select(s => s.For(lang)).Reverse().ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = -45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.UpperRight;
        double widest = matrix.Sectors.Max(s => ChartStyle.MeasureText(font.Family, ChartStyle.TickFontSize, s.For(lang)));
        plot.Axes.Bottom.MinimumSize = (float)((widest * Math.Sqrt(0.5)) + ChartStyle.AxisLabelFontSize + 12);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimits(-0.5, n - 0.5, -0.5, n - 0.5);
        plot.HideGrid();

        var colorBar = plot.Add.ColorBar(heatmap);
        colorBar.Label = ChartLabels.Get("dependency.colorbar", lang);
        colorBar.LabelStyle.FontSize = ChartStyle.AxisLabelFontSize;
        colorBar.Axis.TickLabelStyle.FontSize = ChartStyle.TickFontSize;
        colorBar.Axis.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(max > 1 ? Math.Ceiling(max / 5) : 0.2);
        colorBar.Axis.MinorTickStyle.Length = 0;

        string title = ChartLabels.Get("dependency.title", lang);
        if (matrix.IsAssumption)
        {
            title += ChartLabels.Get("common.assumption", lang);
        }

        plot.Title(title);
        plot.XLabel(ChartLabels.Get("dependency.x", lang));
        plot.YLabel(ChartLabels.Get("dependency.y", lang));
        string note = string.Join(" ", new[]
        {
            matrix.IsAssumption ? ChartLabels.Get("dependency.assumptionNote", lang) : null,
            matrix.Note,
        }.Where(s => !string.IsNullOrWhiteSpace(s)));
        ChartStyle.AddFootnote(plot, note);
        if (marked)
        {
            plot.ShowLegend(ScottPlot.Edge.Bottom);
            plot.Legend.Orientation = Orientation.Horizontal;
            plot.Legend.SymbolWidth = 36; // long enough to show the evidence frame's dashes
        }

        return ChartStyle.Finish(plot, font);
    }

    /// <summary>Survey cells' frame: solid orange.</summary>
    public static Color SurveyFrame => ChartStyle.Orange;

    /// <summary>Evidence cells' frame: dashed bluish green.</summary>
    public static Color EvidenceFrame => ChartStyle.BluishGreen;

    /// <summary>
    /// Frames the cells whose value rests on the survey (solid orange) or on evidence (dashed green), from
    /// <see cref="DependencyMatrix.Bases"/>, and adds a legend entry for each kind present; assumed cells stay unframed.
    /// </summary>
    /// <returns>True when a cell was framed.</returns>
    private static bool Frame(Plot plot, DependencyMatrix matrix, Language lang)
    {
        if (matrix.Bases is not { } bases || bases.GetLength(0) != matrix.Sectors.Count || bases.GetLength(1) != matrix.Sectors.Count)
        {
            return false;
        }

        int n = matrix.Sectors.Count;
        var present = new SortedSet<Basis>();
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (bases[i, j] is not (Basis.Survey or Basis.Evidence) || double.IsNaN(matrix.Strength[i, j]))
                {
                    continue;
                }

                Basis b = bases[i, j]!.Value;
                present.Add(b);
                double y = n - 1 - i;
                var frame = plot.Add.Rectangle(j - 0.44, j + 0.44, y - 0.44, y + 0.44);
                frame.FillColor = Colors.Transparent;
                frame.LineColor = b == Basis.Survey ? SurveyFrame : EvidenceFrame;
                frame.LineWidth = 2.5f;
                frame.LinePattern = b == Basis.Survey ? LinePattern.Solid : LinePattern.Dashed;
            }
        }

        foreach (Basis b in present)
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = ChartLabels.Get(b == Basis.Survey ? "dependency.survey" : "dependency.evidence", lang),
                LineColor = b == Basis.Survey ? SurveyFrame : EvidenceFrame,
                LineWidth = 2.5f,
                LinePattern = b == Basis.Survey ? LinePattern.Solid : LinePattern.Dashed,
            });
        }

        return present.Count > 0;
    }
}
