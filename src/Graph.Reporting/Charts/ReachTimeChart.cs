using System.Globalization;
using Depgraph.Analysis.Reach;
using ScottPlot;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// Time to reach: the cumulative share of member organisations that have an NISC alert, against
/// hours after it is issued, as a step line, with the drill's 「当日中」/"same day" mark (a dashed
/// vertical line at <see cref="ReachCurve.SameDayHours"/>) and the share reached by then.
/// </summary>
/// <remarks>
/// The curve is a step function: the share jumps at each point's hour and holds until the next
/// (nothing is interpolated). It starts at (0 h, 0 %) unless the first point is at 0 h.
/// Recommended size: <see cref="ChartSize.Paper"/>.
/// </remarks>
public static class ReachTimeChart
{
    /// <summary>Draws the chart.</summary>
    /// <param name="curve">The reach curve.</param>
    /// <param name="language">Label language.</param>
    /// <param name="options">Font options; <see langword="null"/> for defaults.</param>
    /// <returns>The plot; its first <see cref="ScottPlot.Plottables.Scatter"/> holds the step curve in hours and percent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="curve"/> is null.</exception>
    /// <exception cref="ArgumentException">Points are unsorted, decreasing, negative or above the total.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The total is not positive or the same-day mark is not positive.</exception>
    public static Plot Create(ReachCurve curve, Language language = Language.Japanese, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(curve.Points);
        if (curve.TotalMembers <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(curve), curve.TotalMembers, "ReachCurve.TotalMembers must be positive.");
        }

        if (!double.IsFinite(curve.SameDayHours) || curve.SameDayHours <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(curve), curve.SameDayHours, "ReachCurve.SameDayHours must be positive.");
        }

        for (int i = 0; i < curve.Points.Count; i++)
        {
            ArrivalPoint p = curve.Points[i];
            ChartStyle.RequireNonNegative(p.Hours, "Hours", i);
            ChartStyle.RequireNonNegative(p.Members, "Members", i);
            if (p.Members > curve.TotalMembers)
            {
                throw new ArgumentException($"Members at index {i} ({p.Members}) exceeds TotalMembers ({curve.TotalMembers}).", nameof(curve));
            }

            if (i > 0 && (p.Hours < curve.Points[i - 1].Hours || p.Members < curve.Points[i - 1].Members))
            {
                throw new ArgumentException($"Reach points must be sorted by hours with non-decreasing members; index {i} breaks the order.", nameof(curve));
            }
        }

        (Plot plot, ChartFontChoice font) = ChartStyle.Begin(language, options);
        Language lang = font.Language;

        double lastHour = curve.Points.Count > 0 ? curve.Points[^1].Hours : 0;
        double xMax = NiceCeiling(Math.Max(lastHour, curve.SameDayHours) * 1.15);
        var xs = new List<double>();
        var ys = new List<double>();
        if (curve.Points.Count == 0 || curve.Points[0].Hours > 0)
        {
            xs.Add(0);
            ys.Add(0);
        }

        foreach (ArrivalPoint p in curve.Points)
        {
            xs.Add(p.Hours);
            ys.Add(100.0 * p.Members / curve.TotalMembers);
        }

        xs.Add(xMax);
        ys.Add(ys[^1]);

        var line = plot.Add.Scatter(xs.ToArray(), ys.ToArray(), ChartStyle.Blue);
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        line.LineWidth = 2.2f;
        line.MarkerSize = 0;

        var sameDay = plot.Add.VerticalLine(curve.SameDayHours, 1.5f, ChartStyle.Vermillion, LinePattern.Dashed);
        sameDay.ExcludeFromLegend = true;
        double share = 100 * curve.ShareAt(curve.SameDayHours);
        string hoursText = curve.SameDayHours.ToString("0.##", CultureInfo.InvariantCulture);
        var label = plot.Add.Text($"{ChartLabels.Get("reach.sameDay", lang)} ({hoursText} h): {share.ToString("0.0", CultureInfo.InvariantCulture)}%", curve.SameDayHours, 104);
        label.LabelFontSize = ChartStyle.AnnotationFontSize + 1;
        label.LabelFontColor = ChartStyle.Vermillion;
        // near the right edge the label goes to the left of the line, so it is never clipped by the frame
        bool leftOfLine = curve.SameDayHours > 0.55 * xMax;
        label.LabelAlignment = leftOfLine ? Alignment.UpperRight : Alignment.UpperLeft;
        label.OffsetX = leftOfLine ? -6 : 4;
        label.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        var marker = plot.Add.Marker(curve.SameDayHours, share, MarkerShape.FilledDiamond, 7, ChartStyle.Vermillion);
        marker.LegendText = string.Empty;

        plot.Axes.SetLimits(0, xMax, 0, 108);
        var yTicks = new ScottPlot.TickGenerators.NumericManual();
        for (int v = 0; v <= 100; v += 20)
        {
            yTicks.AddMajor(v, v.ToString(CultureInfo.InvariantCulture));
        }

        plot.Axes.Left.TickGenerator = yTicks;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(HourStep(xMax));
        plot.Title(ChartLabels.Get("reach.title", lang) + (curve.IsAssumption ? ChartLabels.Get("common.assumption", lang) : string.Empty));
        plot.XLabel(ChartLabels.Get("reach.x", lang));
        plot.YLabel(ChartLabels.Get("reach.y", lang));
        ChartStyle.AddFootnote(plot, ChartLabels.Format("reach.footnote", lang, ChartStyle.Count(curve.TotalMembers)));
        return ChartStyle.Finish(plot, font);
    }

    private static double NiceCeiling(double hours)
    {
        foreach (double step in new[] { 6.0, 12, 24, 48, 168 })
        {
            if (hours <= step * 8)
            {
                return Math.Ceiling(hours / step) * step;
            }
        }

        return Math.Ceiling(hours / 168) * 168;
    }

    private static double HourStep(double xMax) => xMax switch
    {
        <= 12 => 1,
        <= 24 => 2,
        <= 48 => 6,
        <= 96 => 12,
        <= 336 => 24,
        _ => 168,
    };
}
