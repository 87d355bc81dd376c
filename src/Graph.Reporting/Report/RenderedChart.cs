using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>A rendered chart: the bytes of <c>charts/Name.png</c> and the text of <c>charts/Name.svg</c>.</summary>
/// <param name="Name">File stem under <c>charts/</c>.</param>
/// <param name="Size">Printed size (the PNG is <see cref="ChartSize.PixelWidth"/> × <see cref="ChartSize.PixelHeight"/>).</param>
/// <param name="Png">PNG bytes with their dpi recorded.</param>
/// <param name="Svg">Normalised SVG text.</param>
/// <param name="Caption">The figure caption in both languages.</param>
/// <param name="RestsOnAssumption">True when the chart rests on the assumed dependency matrix.</param>
public sealed record RenderedChart(string Name, ChartSize Size, byte[] Png, string Svg, LocalizedName Caption, bool RestsOnAssumption)
{
    /// <summary>Path of the PNG relative to the report folder (forward slashes).</summary>
    public string PngPath => "charts/" + Name + ".png";

    /// <summary>Path of the SVG relative to the report folder (forward slashes).</summary>
    public string SvgPath => "charts/" + Name + ".svg";
}
