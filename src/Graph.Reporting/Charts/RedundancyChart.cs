using ScottPlot;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// Redundancy: vertex-disjoint routes from NISC to each CEPTOAR, as horizontal bars. CEPTOARs with a
/// single route through other organisations (one of them is a single point of failure) are drawn in vermillion
/// with diagonal hatching (distinct in colour and in grayscale); a single direct route (no organisation on the way,
/// only the one link can fail) in orange without hatching; CEPTOARs with no route get a black × at zero; the legend
/// says what is true for each case shown.
/// </summary>
/// <remarks>
/// Sorted by routes ascending (the weakest on top), then Japanese name (ordinal).
/// Recommended size: <see cref="ChartSize.PaperTall"/> for 21 CEPTOARs.
/// </remarks>
public static class RedundancyChart
{
    /// <summary>Draws the chart.</summary>
    /// <param name="rows">One row per CEPTOAR; routes ≥ 0.</param>
    /// <param name="language">Label language.</param>
    /// <param name="options">Font options; <see langword="null"/> for defaults.</param>
    /// <returns>The plot; its first <see cref="ScottPlot.Plottables.BarPlot"/> holds one bar per CEPTOAR, top to bottom (value 0 for unreachable ones).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A route count is negative or a row is null.</exception>
    public static Plot Create(IReadOnlyList<CeptoarRedundancy> rows, Language language = Language.Japanese, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i] is null)
            {
                throw new ArgumentException($"Row {i} is null.", nameof(rows));
            }

            ChartStyle.RequireNonNegative(rows[i].DisjointRoutes, "DisjointRoutes", i);
        }

        (Plot plot, ChartFontChoice font) = ChartStyle.Begin(language, options);
        Language lang = font.Language;
        List<CeptoarRedundancy> sorted = rows
            .OrderBy(r => r.DisjointRoutes)
            .ThenBy(r => r.Ceptoar.Japanese, StringComparer.Ordinal)
            .ToList();

        var bars = new List<Bar>();
        var positions = new List<double>();
        var labels = new List<string>();
        var unreachable = new List<Coordinates>();
        for (int i = 0; i < sorted.Count; i++)
        {
            int routes = sorted[i].DisjointRoutes;
            bool direct = routes == 1 && sorted[i].Direct;
            var bar = new Bar
            {
                Position = -i,
                Value = routes,
                FillColor = direct ? ChartStyle.Orange : routes == 1 ? ChartStyle.Vermillion : ChartStyle.Blue,
                LineWidth = 0,
                Size = 0.72,
                Label = routes == 0 ? string.Empty : routes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            if (routes == 1 && !direct)
            {
                bar.FillHatch = ChartStyle.HighlightHatch();
                bar.FillHatchColor = Colors.White.WithAlpha(0.55);
            }

            if (routes == 0)
            {
                unreachable.Add(new Coordinates(0, -i));
            }

            bars.Add(bar);
            positions.Add(-i);
            labels.Add(sorted[i].Ceptoar.For(lang));
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        ChartStyle.AddValueLabels(plot, barPlot);
        if (unreachable.Count > 0)
        {
            var crosses = plot.Add.Markers(unreachable.ToArray(), MarkerShape.Eks, 9, ChartStyle.Black);
            crosses.MarkerLineWidth = 2;
            foreach (Coordinates c in unreachable)
            {
                var zero = plot.Add.Text("0", c);
                zero.LabelAlignment = Alignment.MiddleLeft;
                zero.OffsetX = 9;
                zero.LabelFontSize = ChartStyle.AnnotationFontSize;
                zero.LabelFontColor = ChartStyle.Text;
            }
        }

        int max = Math.Max(2, sorted.Select(r => r.DisjointRoutes).DefaultIfEmpty(0).Max());
        plot.Axes.SetLimits(-0.04 * max, max + 0.4, -Math.Max(sorted.Count, 1) + 0.4, 0.6);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(1);
        ChartStyle.CategoryTicks(plot.Axes.Left, positions, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;

        bool anyDirect = sorted.Any(r => r.DisjointRoutes == 1 && r.Direct);
        bool anyVia = sorted.Any(r => r.DisjointRoutes == 1 && !r.Direct);
        var legend = new List<LegendItem>();
        if (anyVia || !anyDirect)
        {
            legend.Add(new LegendItem
            {
                LabelText = ChartLabels.Get("redundancy.single", lang),
                FillColor = ChartStyle.Vermillion,
                FillHatch = ChartStyle.HighlightHatch(),
                FillHatchColor = Colors.White.WithAlpha(0.55),
            });
        }

        if (anyDirect)
        {
            legend.Add(new LegendItem { LabelText = ChartLabels.Get("redundancy.direct", lang), FillColor = ChartStyle.Orange });
        }

        legend.Add(new LegendItem { LabelText = ChartLabels.Get("redundancy.multiple", lang), FillColor = ChartStyle.Blue });
        if (unreachable.Count > 0)
        {
            legend.Add(new LegendItem
            {
                LabelText = ChartLabels.Get("redundancy.none", lang),
                MarkerShape = MarkerShape.Eks,
                MarkerColor = ChartStyle.Black,
                MarkerSize = 9,
                MarkerLineWidth = 2,
            });
        }

        plot.Legend.ManualItems.AddRange(legend);
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(ScottPlot.Edge.Bottom);
        plot.Title(ChartLabels.Get("redundancy.title", lang));
        plot.XLabel(ChartLabels.Get("redundancy.x", lang));
        return ChartStyle.Finish(plot, font);
    }
}
