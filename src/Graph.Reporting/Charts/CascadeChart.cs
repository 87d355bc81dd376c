using System.Globalization;
using ScottPlot;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// Cascade: the probability that each sector fails after an outage of one sector (e.g. 電力), as
/// horizontal bars with the Monte Carlo interval as error bars and the probability written at
/// each bar. While the dependencies are assumptions the title says 「（仮定）」 and a footnote explains it.
/// </summary>
/// <remarks>
/// Sorted by probability descending, then Japanese name (ordinal). The x axis is 0–100 %.
/// Recommended size: <see cref="ChartSize.Paper"/> (15 sectors) or <see cref="ChartSize.PaperTall"/>.
/// </remarks>
public static class CascadeChart
{
    /// <summary>Draws the chart.</summary>
    /// <param name="data">The cascade estimates.</param>
    /// <param name="language">Label language.</param>
    /// <param name="options">Font options; <see langword="null"/> for defaults.</param>
    /// <returns>
    /// The plot; its first <see cref="ScottPlot.Plottables.BarPlot"/> holds the probabilities (0–1), largest first,
    /// and its <see cref="ScottPlot.Plottables.ErrorBar"/> the intervals (negative error = p − low, positive = high − p).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or its rows are null.</exception>
    /// <exception cref="ArgumentException">A probability is outside [0, 1] or outside its interval.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Runs or the interval level is out of range.</exception>
    public static Plot Create(CascadeChartData data, Language language = Language.Japanese, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(data.Sectors);
        if (data.Runs <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(data), data.Runs, "CascadeChartData.Runs must be positive.");
        }

        if (!(data.IntervalLevel > 0 && data.IntervalLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(data), data.IntervalLevel, "CascadeChartData.IntervalLevel must be between 0 and 1 (exclusive).");
        }

        for (int i = 0; i < data.Sectors.Count; i++)
        {
            SectorFailureProbability s = data.Sectors[i] ?? throw new ArgumentException($"Row {i} is null.", nameof(data));
            if (!(s.Low >= 0 && s.Low <= s.Probability && s.Probability <= s.High && s.High <= 1))
            {
                throw new ArgumentException(
                    $"Row {i} ({s.Sector.Japanese}): need 0 ≤ low ≤ probability ≤ high ≤ 1, got low {s.Low.ToString(CultureInfo.InvariantCulture)}, p {s.Probability.ToString(CultureInfo.InvariantCulture)}, high {s.High.ToString(CultureInfo.InvariantCulture)}.",
                    nameof(data));
            }
        }

        (Plot plot, ChartFontChoice font) = ChartStyle.Begin(language, options);
        Language lang = font.Language;
        List<SectorFailureProbability> sorted = data.Sectors
            .OrderByDescending(s => s.Probability)
            .ThenBy(s => s.Sector.Japanese, StringComparer.Ordinal)
            .ToList();

        var bars = new List<Bar>();
        var positions = new List<double>();
        var labels = new List<string>();
        for (int i = 0; i < sorted.Count; i++)
        {
            bars.Add(new Bar
            {
                Position = -i,
                Value = sorted[i].Probability,
                FillColor = ChartStyle.Blue,
                LineWidth = 0,
                Size = 0.7,
            });
            positions.Add(-i);
            labels.Add(sorted[i].Sector.For(lang));
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;

        var errors = new ScottPlot.Plottables.ErrorBar(
            sorted.Select(s => s.Probability).ToArray(),
            positions.ToArray(),
            sorted.Select(s => s.High - s.Probability).ToArray(),
            sorted.Select(s => s.Probability - s.Low).ToArray(),
            null,
            null)
        {
            LineColor = ChartStyle.Black,
            LineWidth = 1.3f,
            CapSize = 5,
        };
        plot.Add.Plottable(errors);

        double halfWidth = PrintedPrecision.MaxHalfWidthPoints(sorted.Select(s => (s.Low, s.High)));
        int digits = PrintedPrecision.Decimals(halfWidth);
        for (int i = 0; i < sorted.Count; i++)
        {
            var text = plot.Add.Text(PrintedPrecision.Percent(sorted[i].Probability, digits), sorted[i].High, -i);
            text.LabelAlignment = Alignment.MiddleLeft;
            text.OffsetX = 6;
            text.LabelFontSize = ChartStyle.AnnotationFontSize;
            text.LabelFontColor = ChartStyle.Text;
        }

        plot.Axes.SetLimits(0, 1.12, -Math.Max(sorted.Count, 1) + 0.4, 0.6);
        var xTicks = new ScottPlot.TickGenerators.NumericManual();
        for (int p = 0; p <= 100; p += 20)
        {
            xTicks.AddMajor(p / 100.0, p.ToString(CultureInfo.InvariantCulture) + "%");
        }

        plot.Axes.Bottom.TickGenerator = xTicks;
        ChartStyle.CategoryTicks(plot.Axes.Left, positions, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;

        string title = ChartLabels.Format("cascade.title", lang, data.Origin.For(lang));
        if (data.IsAssumption)
        {
            title += ChartLabels.Get("common.assumption", lang);
        }

        plot.Title(title);
        plot.XLabel(ChartLabels.Get("cascade.x", lang));
        string footnote = ChartLabels.Format("cascade.footnote", lang, ChartStyle.Count(data.Runs), (data.IntervalLevel * 100).ToString("0.#", CultureInfo.InvariantCulture), PrintedPrecision.HalfWidth(halfWidth))
            + " " + ChartLabels.Get("cascade.meaning", lang);
        if (data.IsAssumption)
        {
            footnote += " " + ChartLabels.Get("cascade.assumptionNote", lang);
        }

        ChartStyle.AddFootnote(plot, footnote);
        return ChartStyle.Finish(plot, font);
    }
}
