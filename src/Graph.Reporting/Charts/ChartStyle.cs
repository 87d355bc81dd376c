using System.Globalization;
using ScottPlot;
using SkiaSharp;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// The shared look of every chart: the Okabe–Ito palette (safe for the common colour-vision
/// deficiencies), hatching where colour alone would be lost in grayscale printing, font sizes,
/// white background.
/// </summary>
/// <remarks>
/// <para>
/// Font sizes are ScottPlot layout units; <see cref="ChartExport"/> renders at 100 units per inch,
/// so 1 unit = 0.72 pt on paper (<see cref="TickFontSize"/> 10.5 ≈ 7.6 pt,
/// <see cref="TitleFontSize"/> 15 ≈ 10.8 pt).
/// </para>
/// <para>
/// Palette: Okabe, M. and Ito, K. (2008) "Color Universal Design (CUD): how to make figures and
/// presentations that are friendly to colorblind people", https://jfly.uni-koeln.de/color/.
/// Blue and vermillion have similar gray values, so every chart that distinguishes them also uses a
/// hatch or a marker shape.
/// </para>
/// </remarks>
public static class ChartStyle
{
    /// <summary>Okabe–Ito black (#000000).</summary>
    public static Color Black { get; } = Color.FromHex("#000000");

    /// <summary>Okabe–Ito orange (#E69F00).</summary>
    public static Color Orange { get; } = Color.FromHex("#E69F00");

    /// <summary>Okabe–Ito sky blue (#56B4E9).</summary>
    public static Color SkyBlue { get; } = Color.FromHex("#56B4E9");

    /// <summary>Okabe–Ito bluish green (#009E73).</summary>
    public static Color BluishGreen { get; } = Color.FromHex("#009E73");

    /// <summary>Okabe–Ito yellow (#F0E442).</summary>
    public static Color Yellow { get; } = Color.FromHex("#F0E442");

    /// <summary>Okabe–Ito blue (#0072B2): the primary data colour.</summary>
    public static Color Blue { get; } = Color.FromHex("#0072B2");

    /// <summary>Okabe–Ito vermillion (#D55E00): highlights (single routes, single points of failure).</summary>
    public static Color Vermillion { get; } = Color.FromHex("#D55E00");

    /// <summary>Okabe–Ito reddish purple (#CC79A7).</summary>
    public static Color ReddishPurple { get; } = Color.FromHex("#CC79A7");

    /// <summary>A neutral gray (#8C8C8C) for aggregates (「その他」), edges and reference lines.</summary>
    public static Color Neutral { get; } = Color.FromHex("#8C8C8C");

    /// <summary>Near-black text colour (#1A1A1A).</summary>
    public static Color Text { get; } = Color.FromHex("#1A1A1A");

    /// <summary>The categorical palette in order of use.</summary>
    public static IReadOnlyList<Color> Palette { get; } = [Blue, Orange, BluishGreen, Vermillion, ReddishPurple, SkyBlue, Yellow, Black];

    /// <summary>Title size in layout units (≈ 10.8 pt).</summary>
    public const float TitleFontSize = 15f;

    /// <summary>Axis label size in layout units (≈ 8.6 pt).</summary>
    public const float AxisLabelFontSize = 12f;

    /// <summary>Tick label size in layout units (≈ 7.6 pt).</summary>
    public const float TickFontSize = 10.5f;

    /// <summary>Legend text size in layout units (≈ 7.2 pt).</summary>
    public const float LegendFontSize = 10f;

    /// <summary>Value labels and annotations in layout units (≈ 6.5 pt).</summary>
    public const float AnnotationFontSize = 9f;

    /// <summary>Footnote size in layout units (≈ 6.1 pt).</summary>
    public const float FootnoteFontSize = 8.5f;

    /// <summary>The hatch that marks highlighted bars so they stay distinct in grayscale.</summary>
    /// <returns>A new diagonal stripe hatch.</returns>
    public static IHatch HighlightHatch() => new ScottPlot.Hatches.Striped();

    /// <summary>A count with thousands separators, invariant culture: 12345 → "12,345".</summary>
    /// <param name="value">The count.</param>
    /// <returns>The formatted count.</returns>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Creates a plot with the shared background, grid and frame, and resolves the font and language.</summary>
    internal static (Plot Plot, ChartFontChoice Font) Begin(Language language, ChartOptions? options)
    {
        ChartFontChoice font = ChartFonts.Resolve(language, options);
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Color.FromHex("#E3E3E3");
        plot.Axes.Color(Color.FromHex("#333333"));
        plot.Axes.Title.Label.ForeColor = Text;
        return (plot, font);
    }

    /// <summary>Applies sizes to every label and then the font family, last (ScottPlot sets fonts only on labels that exist).</summary>
    internal static Plot Finish(Plot plot, ChartFontChoice font)
    {
        plot.Axes.Title.Label.FontSize = TitleFontSize;
        plot.Axes.Title.Label.Bold = true;
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = TickFontSize;
            axis.TickLabelStyle.ForeColor = Text;
            if (axis.Label.FontSize > FootnoteFontSize + 0.01f)
            {
                axis.Label.FontSize = AxisLabelFontSize;
            }

            axis.Label.Bold = false;
            axis.Label.ForeColor = Text;
        }

        plot.Legend.FontSize = LegendFontSize;
        plot.Legend.OutlineColor = Color.FromHex("#BBBBBB");
        plot.Legend.SetBestFontOnEachRender = false;
        ApplyFont(plot, font.Family);
        return plot;
    }

    /// <summary>Serialises renders, which temporarily set ScottPlot's process-wide <c>Fonts.Default</c>.</summary>
    internal static readonly Lock FontLock = new();

    /// <summary>
    /// Sets <paramref name="family"/> on every label of <paramref name="plot"/> that exists now (call
    /// it last, after all labels are added): title, axis labels and ticks, colour bars, legend and its
    /// items, text annotations, bar value labels, line labels.
    /// </summary>
    /// <param name="plot">The plot.</param>
    /// <param name="family">A font family from <see cref="ChartFonts.Resolve"/>: the shipped font, a loaded font file or an installed family.</param>
    /// <remarks>
    /// Use this instead of ScottPlot's <c>plot.Font.Set</c>: in ScottPlot 5.1.59 that method gives
    /// Text plottables the <em>previous</em> process-wide default font (so a chart could show the
    /// font of the chart built before it) and changes <c>Fonts.Default</c> for the whole process.
    /// This method only touches <paramref name="plot"/>.
    /// </remarks>
    public static void ApplyFont(Plot plot, string family)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentException.ThrowIfNullOrWhiteSpace(family);
        _ = ChartFonts.LoadedTypeface(family); // registers the shipped font with ScottPlot before the first render
        ApplyFamily(plot, family);
    }

    private static void ApplyFamily(Plot plot, string family)
    {
        plot.Axes.Title.Label.FontName = family;
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = family;
            axis.TickLabelStyle.FontName = family;
        }

        foreach (IPanel panel in plot.Axes.GetPanels())
        {
            if (panel is ScottPlot.Panels.ColorBar bar)
            {
                bar.LabelStyle.FontName = family;
                bar.Axis.Label.FontName = family;
                bar.Axis.TickLabelStyle.FontName = family;
            }
        }

        plot.Legend.FontName = family;
        foreach (LegendItem item in plot.Legend.ManualItems)
        {
            item.LabelFontName = family;
        }

        foreach (ScottPlot.Plottables.BarPlot bars in plot.GetPlottables<ScottPlot.Plottables.BarPlot>())
        {
            bars.ValueLabelStyle.FontName = family;
        }

        foreach (ScottPlot.Plottables.Text text in plot.GetPlottables<ScottPlot.Plottables.Text>())
        {
            text.LabelFontName = family;
        }

        foreach (ScottPlot.Plottables.VerticalLine line in plot.GetPlottables<ScottPlot.Plottables.VerticalLine>())
        {
            line.LabelFontName = family;
        }
    }

    /// <summary>Adds a footnote line below the x axis (an extra bottom axis with only a label).</summary>
    internal static void AddFootnote(Plot plot, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        IXAxis axis = plot.Axes.AddBottomAxis();
        axis.TickGenerator = new ScottPlot.TickGenerators.EmptyTickGenerator();
        axis.MajorTickStyle.Length = 0;
        axis.MinorTickStyle.Length = 0;
        axis.FrameLineStyle.Width = 0;
        axis.Label.Text = text;
        axis.Label.FontSize = FootnoteFontSize;
        axis.Label.Bold = false;
        axis.Label.Alignment = Alignment.UpperCenter;
    }

    /// <summary>
    /// Shrinks the title and the bottom labels (all centred on the data area) that are wider than
    /// the room they have, so they are never clipped (down to 60 %).
    /// </summary>
    /// <returns>Whether any label changed.</returns>
    internal static bool FitWideLabels(Plot plot, double figureWidth, double bottomWidth)
    {
        bool changed = Fit(plot.Axes.Title.Label, Math.Min(figureWidth, bottomWidth) - 16);
        foreach (IAxis axis in plot.Axes.GetAxes(ScottPlot.Edge.Bottom))
        {
            changed |= Fit(axis.Label, bottomWidth - 16);
        }

        return changed;

        static bool Fit(LabelStyle label, double available)
        {
            if (string.IsNullOrEmpty(label.Text) || available <= 0)
            {
                return false;
            }

            float original = label.FontSize;
            float size = original;
            float floor = size * 0.6f;
            while (size > floor && Measure(label, size) > available)
            {
                size -= 0.5f;
            }

            label.FontSize = size;
            return size != original;
        }
    }

    private static double Measure(LabelStyle label, float size)
        => MeasureText(label.FontName, size, label.Text) * (label.Bold ? 1.05 : 1.0);

    /// <summary>Width in layout units of the widest line of <paramref name="text"/> in <paramref name="family"/> at <paramref name="size"/>.</summary>
    internal static double MeasureText(string family, float size, string text)
    {
        // A loaded font file (the shipped font) is shared and must not be disposed; a system typeface is ours.
        SKTypeface? loaded = ChartFonts.LoadedTypeface(family);
        using SKTypeface? system = loaded is null ? SKFontManager.Default.MatchFamily(family) : null;
        using var font = new SKFont(loaded ?? system ?? SKTypeface.Default, size);
        double widest = 0;
        foreach (string line in text.Split('\n'))
        {
            widest = Math.Max(widest, font.MeasureText(line));
        }

        return widest;
    }

    /// <summary>
    /// Breaks a long category label into two lines so it does not eat the plot: before a bracket
    /// 「（」/"(" when there is one, otherwise near the middle (at a space for Latin text).
    /// </summary>
    internal static string Wrap(string text, int maxChars = 18)
    {
        if (text.Length <= maxChars || text.Contains('\n', StringComparison.Ordinal))
        {
            return text;
        }

        int cut = text.IndexOfAny(['（', '(']);
        if (cut <= 0)
        {
            int middle = text.Length / 2;
            int space = text.LastIndexOf(' ', middle);
            cut = space > 0 ? space : middle;
        }

        return text[..cut].TrimEnd() + "\n" + text[cut..].TrimStart();
    }

    /// <summary>
    /// Writes a value label just right of the end of a horizontal bar. (A Text plottable rather than
    /// <c>Bar.Label</c>: ScottPlot 5.1 draws bar labels with a typeface cached across plots, which can be
    /// another chart's font.)
    /// </summary>
    internal static void AddValueLabels(Plot plot, ScottPlot.Plottables.BarPlot bars)
    {
        foreach (Bar bar in bars.Bars)
        {
            if (string.IsNullOrEmpty(bar.Label))
            {
                continue;
            }

            var text = plot.Add.Text(bar.Label, bar.Value, bar.Position);
            text.LabelAlignment = Alignment.MiddleLeft;
            text.OffsetX = 4;
            text.LabelFontSize = AnnotationFontSize;
            text.LabelFontColor = Text;
        }

        foreach (Bar bar in bars.Bars)
        {
            bar.Label = string.Empty;
        }
    }

    /// <summary>Replaces an axis' ticks by category labels at the given positions.</summary>
    internal static void CategoryTicks(IAxis axis, IReadOnlyList<double> positions, IReadOnlyList<string> labels)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int i = 0; i < positions.Count; i++)
        {
            ticks.AddMajor(positions[i], labels[i]);
        }

        axis.TickGenerator = ticks;
        axis.MinorTickStyle.Length = 0;
    }

    /// <summary>Throws a clear exception when <paramref name="value"/> is negative, NaN or infinite.</summary>
    internal static void RequireNonNegative(double value, string what, int index)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentException($"{what} at index {index} must be a finite non-negative number, got {value.ToString(CultureInfo.InvariantCulture)}.");
        }
    }
}
