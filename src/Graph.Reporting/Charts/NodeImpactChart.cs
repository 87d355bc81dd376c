using ScottPlot;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// Node impact: the organisations whose failure cuts off the most member organisations, as
/// horizontal bars (largest on top), each labelled with the members and organisations lost. When any
/// organisation also cuts off outside recipients (構成員以外の情報展開先), each row has a second bar for them
/// (members and outside recipients are never added), and a legend tells the two apart.
/// </summary>
/// <remarks>
/// Ranked by members lost, then outside recipients lost, then organisations lost, then Japanese name (ordinal). Only the top
/// <see cref="ChartOptions.TopN"/> (default <see cref="DefaultTopN"/>) are drawn; impacts are not
/// summed into an 「その他」 bar because failures of different organisations overlap. Long names are
/// broken into two lines when at most 10 bars are drawn (there is room for two lines per bar).
/// Recommended size: <see cref="ChartSize.Paper"/> (up to 15 bars) or <see cref="ChartSize.PaperTall"/>.
/// </remarks>
public static class NodeImpactChart
{
    /// <summary>Bars shown by default.</summary>
    public const int DefaultTopN = 15;

    /// <summary>Draws the chart.</summary>
    /// <param name="impacts">One row per organisation; counts ≥ 0.</param>
    /// <param name="language">Label language.</param>
    /// <param name="options">Font and top-N options; <see langword="null"/> for defaults.</param>
    /// <returns>The plot; its first <see cref="ScottPlot.Plottables.BarPlot"/> holds the bars, largest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="impacts"/> is null.</exception>
    /// <exception cref="ArgumentException">A count is negative or a row is null.</exception>
    public static Plot Create(IReadOnlyList<NodeImpactBar> impacts, Language language = Language.Japanese, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(impacts);
        options ??= ChartOptions.Default;
        int topN = options.TopNOr(DefaultTopN);
        for (int i = 0; i < impacts.Count; i++)
        {
            if (impacts[i] is null)
            {
                throw new ArgumentException($"Row {i} is null.", nameof(impacts));
            }

            ChartStyle.RequireNonNegative(impacts[i].MembersLost, "MembersLost", i);
            ChartStyle.RequireNonNegative(impacts[i].ReachLost, "ReachLost", i);
            ChartStyle.RequireNonNegative(impacts[i].OutsideRecipientsLost, "OutsideRecipientsLost", i);
        }

        (Plot plot, ChartFontChoice font) = ChartStyle.Begin(language, options);
        Language lang = font.Language;
        List<NodeImpactBar> top = impacts
            .OrderByDescending(r => r.MembersLost)
            .ThenByDescending(r => r.OutsideRecipientsLost)
            .ThenByDescending(r => r.ReachLost)
            .ThenBy(r => r.Name.Japanese, StringComparer.Ordinal)
            .Take(topN)
            .ToList();

        bool outside = top.Any(r => r.OutsideRecipientsLost > 0);
        bool mixed = top.Any(r => UnitParts.AreMixed(r.Parts));
        var bars = new List<Bar>();
        var outsideBars = new List<Bar>();
        var positions = new List<double>();
        var labels = new List<string>();
        for (int i = 0; i < top.Count; i++)
        {
            bars.Add(new Bar
            {
                Position = outside ? -i + 0.19 : -i,
                Value = top[i].MembersLost,
                FillColor = ChartStyle.Blue,
                LineWidth = 0,
                Size = outside ? 0.38 : 0.72,
                Label = ChartLabels.Format(mixed ? "impact.value.parts" : "impact.value", lang, UnitParts.Label(top[i].MembersLost, top[i].Parts, lang), ChartStyle.Count(top[i].ReachLost)),
            });
            if (outside)
            {
                outsideBars.Add(new Bar
                {
                    Position = -i - 0.19,
                    Value = top[i].OutsideRecipientsLost,
                    FillColor = ChartStyle.Orange,
                    LineWidth = 0,
                    Size = 0.38,
                    Label = top[i].OutsideRecipientsLost > 0 ? ChartStyle.Count(top[i].OutsideRecipientsLost) : string.Empty,
                });
            }

            positions.Add(-i);
            labels.Add(top.Count <= 10 ? ChartStyle.Wrap(top[i].Name.For(lang)) : top[i].Name.For(lang));
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        ChartStyle.AddValueLabels(plot, barPlot);
        if (outside)
        {
            var outsidePlot = plot.Add.Bars(outsideBars);
            outsidePlot.Horizontal = true;
            ChartStyle.AddValueLabels(plot, outsidePlot);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = ChartLabels.Get("impact.members", lang), FillColor = ChartStyle.Blue });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = ChartLabels.Get("impact.outside", lang), FillColor = ChartStyle.Orange });
            plot.Legend.Orientation = Orientation.Horizontal;
            plot.ShowLegend(ScottPlot.Edge.Bottom);
        }

        long max = Math.Max(1, top.Select(r => Math.Max(r.MembersLost, r.OutsideRecipientsLost)).DefaultIfEmpty(0).Max());
        plot.Axes.SetLimits(0, max * (mixed ? 1.85 : 1.25), -Math.Max(top.Count, 1) + 0.4, 0.6);
        ChartStyle.CategoryTicks(plot.Axes.Left, positions, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Title(ChartLabels.Format(outside ? "impact.title.both" : "impact.title", lang, top.Count));
        plot.XLabel(ChartLabels.Get(outside ? "impact.x.both" : mixed ? "impact.x.mixed" : "impact.x", lang));
        ChartStyle.AddFootnote(plot, ChartLabels.Format(mixed ? "impact.footnote.parts" : "impact.footnote", lang, ChartStyle.Count(impacts.Count), top.Count));
        return ChartStyle.Finish(plot, font);
    }
}
