namespace Depgraph.Reporting.Charts;

/// <summary>
/// The printed size of a chart: inches and dots per inch. The PNG is
/// <see cref="PixelWidth"/> × <see cref="PixelHeight"/> pixels; the layout is computed at
/// 100 layout units per inch and scaled by <see cref="ScaleFactor"/> (ScottPlot's
/// <c>Plot.ScaleFactor</c>), so fonts and lines keep their printed size at any dpi.
/// </summary>
/// <param name="WidthInches">Width in inches (0.5–40).</param>
/// <param name="HeightInches">Height in inches (0.5–40).</param>
/// <param name="Dpi">Dots per inch (72–1200); 300 for print.</param>
/// <remarks>
/// Font sizes in <see cref="ChartStyle"/> are layout units: 1 unit = 1/100 inch = 0.72 pt, so a
/// 11-unit tick label prints at about 8 pt on paper.
/// <example><c>ChartSize.Paper</c> is 6 in × 3.5 in at 300 dpi = 1800 × 1050 px.</example>
/// </remarks>
public readonly record struct ChartSize(double WidthInches, double HeightInches, int Dpi)
{
    /// <summary>6 in × 3.5 in at 300 dpi (1800 × 1050 px): a half-page figure in an A4 paper.</summary>
    public static ChartSize Paper { get; } = new(6, 3.5, 300);

    /// <summary>6 in × 5 in at 300 dpi (1800 × 1500 px): bar charts with 20+ categories.</summary>
    public static ChartSize PaperTall { get; } = new(6, 5, 300);

    /// <summary>6.5 in × 6.5 in at 300 dpi (1950 × 1950 px): the 15 × 15 dependency heatmap.</summary>
    public static ChartSize Square { get; } = new(6.5, 6.5, 300);

    /// <summary>10 in × 5.625 in (16:9) at 300 dpi (3000 × 1688 px): a full slide, for the network drawing.</summary>
    public static ChartSize Slide { get; } = new(10, 5.625, 300);

    /// <summary>Width in pixels: round(<see cref="WidthInches"/> × <see cref="Dpi"/>).</summary>
    public int PixelWidth => (int)Math.Round(WidthInches * Dpi, MidpointRounding.AwayFromZero);

    /// <summary>Height in pixels: round(<see cref="HeightInches"/> × <see cref="Dpi"/>).</summary>
    public int PixelHeight => (int)Math.Round(HeightInches * Dpi, MidpointRounding.AwayFromZero);

    /// <summary>ScottPlot's scale factor for this dpi: <see cref="Dpi"/> / 100.</summary>
    public double ScaleFactor => Dpi / 100.0;

    /// <summary>Width in layout units (1/100 inch), the width ScottPlot lays the figure out in.</summary>
    public double LayoutWidth => PixelWidth / ScaleFactor;

    /// <summary>Throws when a dimension is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension or the dpi is out of range or not finite.</exception>
    public void Validate()
    {
        if (!(WidthInches >= 0.5 && WidthInches <= 40))
        {
            throw new ArgumentOutOfRangeException(nameof(WidthInches), WidthInches, "Chart width must be between 0.5 and 40 inches.");
        }

        if (!(HeightInches >= 0.5 && HeightInches <= 40))
        {
            throw new ArgumentOutOfRangeException(nameof(HeightInches), HeightInches, "Chart height must be between 0.5 and 40 inches.");
        }

        if (Dpi < 72 || Dpi > 1200)
        {
            throw new ArgumentOutOfRangeException(nameof(Dpi), Dpi, "Chart dpi must be between 72 and 1200.");
        }
    }
}
