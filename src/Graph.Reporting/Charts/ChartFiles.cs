namespace Depgraph.Reporting.Charts;

/// <summary>The files written by <see cref="ChartExport.Save"/>.</summary>
/// <param name="PngPath">The full path of the PNG (300 dpi unless another <see cref="ChartSize.Dpi"/> was given).</param>
/// <param name="SvgPath">The full path of the SVG.</param>
/// <param name="Size">The size both were rendered at.</param>
public sealed record ChartFiles(string PngPath, string SvgPath, ChartSize Size);
