namespace Depgraph.Reporting.Charts;

/// <summary>The font and language a chart is actually drawn with, as resolved by <see cref="ChartFonts.Resolve"/>.</summary>
/// <param name="Family">The font family name passed to ScottPlot's <c>plot.Font.Set</c>.</param>
/// <param name="Language">The language actually used: <see cref="ChartLanguage.English"/> when Japanese was asked for but no Japanese font exists.</param>
/// <param name="Requested">The language the caller asked for.</param>
/// <param name="Warning">
/// <see cref="ChartFonts.Warning"/> when Japanese was requested and had to fall back to English, otherwise <see langword="null"/>.
/// </param>
public sealed record ChartFontChoice(string Family, ChartLanguage Language, ChartLanguage Requested, string? Warning)
{
    /// <summary>Whether the requested language could not be honoured.</summary>
    public bool FellBack => Language != Requested;
}
