using ScottPlot;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// Members covered per CEPTOAR, grouped by sector: horizontal bars (long Japanese names stay
/// readable), CEPTOAR names on the left, sector names on the right, sectors separated by rules
/// and alternating blue shades.
/// </summary>
/// <remarks>
/// <para>
/// Sectors are ordered by their total members (largest first), CEPTOARs within a sector by members;
/// ties by Japanese name (ordinal), so the drawing is deterministic. Only the
/// <see cref="ChartOptions.TopN"/> largest CEPTOARs (default <see cref="DefaultTopN"/>) get their own
/// bar; the rest become one gray 「その他 N CEPTOAR」 bar whose value is their sum, so the total
/// is preserved when given hundreds of groups.
/// </para>
/// <para>Recommended size: <see cref="ChartSize.PaperTall"/> for 21 CEPTOARs.</para>
/// </remarks>
public static class CeptoarCoverageChart
{
    /// <summary>Bars shown before the rest is aggregated.</summary>
    public const int DefaultTopN = 25;

    /// <summary>Draws the chart.</summary>
    /// <param name="rows">One row per CEPTOAR; members ≥ 0.</param>
    /// <param name="language">Label language (English when no Japanese font exists).</param>
    /// <param name="options">Font and aggregation options; <see langword="null"/> for defaults.</param>
    /// <returns>The plot; its first <see cref="ScottPlot.Plottables.BarPlot"/> holds one bar per shown CEPTOAR (plus the aggregate), top to bottom.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A member count is negative or a row is null.</exception>
    public static Plot Create(IReadOnlyList<CeptoarMembers> rows, Language language = Language.Japanese, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        options ??= ChartOptions.Default;
        int topN = options.TopNOr(DefaultTopN);
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i] is null)
            {
                throw new ArgumentException($"Row {i} is null.", nameof(rows));
            }

            ChartStyle.RequireNonNegative(rows[i].Members, "Members", i);
        }

        (Plot plot, ChartFontChoice font) = ChartStyle.Begin(language, options);
        Language lang = font.Language;

        List<CeptoarMembers> ranked = rows
            .OrderByDescending(r => r.Members)
            .ThenBy(r => r.Sector.Japanese, StringComparer.Ordinal)
            .ThenBy(r => r.Ceptoar.Japanese, StringComparer.Ordinal)
            .ToList();
        List<CeptoarMembers> shown = ranked.Take(topN).ToList();
        List<CeptoarMembers> rest = ranked.Skip(topN).ToList();

        var groups = shown
            .GroupBy(r => r.Sector.Japanese, StringComparer.Ordinal)
            .Select(g => (Sector: g.First().Sector, Total: g.Sum(r => r.Members), Rows: g.ToList()))
            .OrderByDescending(g => g.Total)
            .ThenBy(g => g.Sector.Japanese, StringComparer.Ordinal)
            .ToList();

        bool mixed = shown.Any(r => UnitParts.AreMixed(r.Parts));
        var bars = new List<Bar>();
        var tickPositions = new List<double>();
        var tickLabels = new List<string>();
        var sectorPositions = new List<double>();
        var sectorLabels = new List<string>();
        var separators = new List<double>();
        const double gap = 0.6;
        double y = 0;
        long max = Math.Max(1, shown.Concat(rest).Select(r => r.Members).DefaultIfEmpty(0).Max());
        for (int g = 0; g < groups.Count; g++)
        {
            if (g > 0)
            {
                separators.Add(-(y - (gap + 1) / 2));
            }

            Color color = g % 2 == 0 ? ChartStyle.Blue : ChartStyle.SkyBlue;
            double first = y;
            foreach (CeptoarMembers row in groups[g].Rows)
            {
                bars.Add(NewBar(-y, row.Members, color, UnitParts.Label(row.Members, row.Parts, lang)));
                tickPositions.Add(-y);
                tickLabels.Add(row.Ceptoar.For(lang));
                y += 1;
            }

            sectorPositions.Add(-(first + y - 1) / 2);
            sectorLabels.Add(groups[g].Sector.For(lang));
            y += gap;
        }

        if (rest.Count > 0)
        {
            separators.Add(-(y - (gap + 1) / 2));
            long sum = rest.Sum(r => r.Members);
            bars.Add(NewBar(-y, sum, ChartStyle.Neutral, ChartStyle.Count(sum)));
            tickPositions.Add(-y);
            tickLabels.Add(ChartLabels.Format("coverage.other", lang, rest.Count));
            sectorPositions.Add(-y);
            sectorLabels.Add("—");
            y += 1;
        }

        double xMax = mixed ? RoomForLabels(bars, tickLabels, sectorLabels, font.Family, max) : max * 1.14; // before the labels move to text plottables
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        ChartStyle.AddValueLabels(plot, barPlot);
        foreach (double s in separators)
        {
            var line = plot.Add.HorizontalLine(s, 0.75f, Color.FromHex("#BBBBBB"));
            line.ExcludeFromLegend = true;
        }

        double bottom = -(y - 1) - 0.7;
        double top = 0.7;
        plot.Axes.SetLimits(0, xMax, bottom, top);
        plot.Axes.SetLimitsY(bottom, top, plot.Axes.Right);
        ChartStyle.CategoryTicks(plot.Axes.Left, tickPositions, tickLabels);
        ChartStyle.CategoryTicks(plot.Axes.Right, sectorPositions, sectorLabels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Right.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Title(ChartLabels.Get("coverage.title", lang));
        plot.XLabel(ChartLabels.Get(mixed ? "coverage.x.mixed" : "coverage.x", lang));
        ChartStyle.AddFootnote(plot, ChartLabels.Get("coverage.footnote", lang));
        return ChartStyle.Finish(plot, font);
    }

    /// <summary>
    /// The axis maximum at which every bar's value label fits inside the data area, estimated on the recommended page
    /// (<see cref="ChartSize.PaperTall"/>: the data area is the page less the widest label on either side); at least max · 1.14.
    /// </summary>
    private static double RoomForLabels(List<Bar> bars, List<string> left, List<string> right, string family, long max)
    {
        static double Widest(string family, float size, IEnumerable<string> texts) => texts.Select(t => ChartStyle.MeasureText(family, size, t)).DefaultIfEmpty(0).Max();
        double data = ChartSize.PaperTall.LayoutWidth - Widest(family, ChartStyle.TickFontSize, left) - Widest(family, ChartStyle.TickFontSize, right) - 60;
        double limit = max * 1.14;
        foreach (Bar b in bars)
        {
            double free = (data * 0.98) - 4 - ChartStyle.MeasureText(family, ChartStyle.AnnotationFontSize, b.Label);
            if (free > data * 0.2)
            {
                limit = Math.Max(limit, b.Value * data / free);
            }
        }

        return limit;
    }

    private static Bar NewBar(double position, long value, Color color, string label) => new()
    {
        Position = position,
        Value = value,
        FillColor = color,
        LineWidth = 0,
        Label = label,
        CenterLabel = false,
        Size = 0.78,
    };
}
