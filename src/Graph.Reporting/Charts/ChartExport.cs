using System.Text;
using ScottPlot;

namespace Depgraph.Reporting.Charts;

/// <summary>Writes a chart as PNG (with its dpi recorded) and SVG, each atomically and reproducibly.</summary>
/// <remarks>
/// <para>
/// The plot is laid out at <see cref="ChartSize.LayoutWidth"/> (1/100 inch units) and drawn at
/// <see cref="ChartSize.ScaleFactor"/> = dpi / 100, so a <see cref="ChartSize.Paper"/> chart is a
/// 1800 × 1050 px PNG whose text prints at the sizes of <see cref="ChartStyle"/>. The PNG gets a
/// <c>pHYs</c> chunk (see <see cref="PngDensity"/>) so it is placed at its printed size.
/// </para>
/// <para>
/// Reproducibility: the plot is rendered once in memory before the files are encoded (ScottPlot
/// measures some text on the first render, so a first render can differ from later ones), and the
/// SVG passes through <see cref="SvgNormalizer"/>. The same plot input gives byte-identical PNG and SVG.
/// Titles and footnotes wider than the figure are shrunk (down to 60 %) so they are never clipped;
/// this, and the scale factor during the render, are the only changes made to the plot
/// (the scale factor is restored).
/// </para>
/// <para>Each file is written to a temporary file in the same folder and then moved over the target, so no half-written chart is ever left behind.</para>
/// </remarks>
public static class ChartExport
{
    /// <summary>Saves <paramref name="plot"/> as <c>pathWithoutExtension.png</c> and <c>pathWithoutExtension.svg</c>.</summary>
    /// <param name="plot">The plot, typically from one of the chart methods.</param>
    /// <param name="pathWithoutExtension">Target path without extension, e.g. <c>out/coverage</c>; the folder is created.</param>
    /// <param name="size">Printed size and dpi; e.g. <see cref="ChartSize.Paper"/>.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plot"/> or <paramref name="pathWithoutExtension"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="pathWithoutExtension"/> is empty or names a folder.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is out of range.</exception>
    public static ChartFiles Save(Plot plot, string pathWithoutExtension, ChartSize size)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentException.ThrowIfNullOrWhiteSpace(pathWithoutExtension);
        size.Validate();
        string full = Path.GetFullPath(pathWithoutExtension);
        if (Path.EndsInDirectorySeparator(full) || Directory.Exists(full))
        {
            throw new ArgumentException($"'{pathWithoutExtension}' is a folder; give a file path without extension.", nameof(pathWithoutExtension));
        }

        (byte[] png, string svg) = Render(plot, size);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string pngPath = full + ".png";
        string svgPath = full + ".svg";
        WriteAtomically(pngPath, png);
        WriteAtomically(svgPath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(svg));
        return new ChartFiles(pngPath, svgPath, size);
    }

    /// <summary>Renders <paramref name="plot"/> to PNG bytes (with dpi) and normalised SVG text without writing files.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="size">Printed size and dpi.</param>
    /// <returns>The PNG bytes and the SVG text.</returns>
    public static (byte[] Png, string Svg) Render(Plot plot, ChartSize size)
    {
        ArgumentNullException.ThrowIfNull(plot);
        size.Validate();
        lock (ChartStyle.FontLock)
        {
            // Some ScottPlot labels read the process-wide default font while rendering.
            string previousFont = Fonts.Default;
            Fonts.Default = plot.Axes.Title.Label.FontName;
            try
            {
                return RenderScaled(plot, size);
            }
            finally
            {
                Fonts.Default = previousFont;
            }
        }
    }

    private static (byte[] Png, string Svg) RenderScaled(Plot plot, ChartSize size)
    {
        double previousScale = plot.ScaleFactor;
        plot.ScaleFactor = size.ScaleFactor;
        try
        {
            int w = size.PixelWidth;
            int h = size.PixelHeight;
            plot.RenderInMemory(w, h);
            // Labels centred on the data area may use it plus the narrower side margin (in layout units). ScottPlot's
            // FigureRect is in pixels and its DataRect in layout units (pixels / ScaleFactor): bring both to layout units.
            PixelRect data = plot.LastRender.DataRect;
            PixelRect figure = plot.LastRender.FigureRect;
            double figureLeft = figure.Left / size.ScaleFactor, figureRight = figure.Right / size.ScaleFactor;
            double margin = Math.Max(0, Math.Min(data.Left - figureLeft, figureRight - data.Right));
            double centredWidth = data.Width + (2 * margin);
            if (ChartStyle.FitWideLabels(plot, size.LayoutWidth, centredWidth))
            {
                plot.RenderInMemory(w, h);
            }

            byte[] png = PngDensity.SetDpi(plot.GetImageBytes(w, h, ImageFormat.Png), size.Dpi);
            string svg = SvgNormalizer.Normalize(plot.GetSvgXml(w, h));
            return (png, svg);
        }
        finally
        {
            plot.ScaleFactor = previousScale;
        }
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        string temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
