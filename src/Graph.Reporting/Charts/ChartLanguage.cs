namespace Depgraph.Reporting.Charts;

/// <summary>The language of a chart's title, axis labels, legends and footnotes.</summary>
/// <remarks>
/// Japanese needs a Japanese font at render time (see <see cref="ChartFonts"/>). When none is
/// installed the charts fall back to <see cref="English"/> and <see cref="ChartFontChoice.Warning"/>
/// says so, because ScottPlot silently drops or boxes glyphs the font lacks.
/// </remarks>
public enum ChartLanguage
{
    /// <summary>日本語: the default for committee papers.</summary>
    Japanese = 0,

    /// <summary>English.</summary>
    English = 1,
}
