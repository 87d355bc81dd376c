using System.Buffers.Binary;
using System.Xml.Linq;
using Depgraph.Reporting.Charts;
using ScottPlot;

namespace Depgraph.Reporting.Tests.Charts;

internal static class ChartTestKit
{
    /// <summary>Fails (never skips) when the shipped Japanese font is not beside the assembly.</summary>
    public static string RequireJapaneseFont()
    {
        string? family = ChartFonts.FindJapaneseFont();
        Assert.True(family is not null, ChartFonts.Warning + ": the build copies src/Graph.Reporting/Fonts/ipaexg.ttf to " + ChartFonts.ShippedFontPath);
        return family!;
    }

    public static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.Length > 24 && png[1] == (byte)'P' && png[2] == (byte)'N' && png[3] == (byte)'G', "not a PNG");
        return ((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4)), (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4)));
    }

    public static XDocument ParseSvg(string svg) => XDocument.Parse(svg);

    public static IReadOnlyList<XElement> TextElements(string svg)
        => ParseSvg(svg).Descendants().Where(e => e.Name.LocalName == "text").ToList();

    public static string AllSvgText(string svg) => string.Join("\n", TextElements(svg).Select(t => t.Value.Trim()));

    public static string TempDir()
    {
        string dir = Path.Combine(Path.GetTempPath(), "depgraph-chart-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static IReadOnlyList<double> BarValues(Plot plot)
        => plot.GetPlottables<ScottPlot.Plottables.BarPlot>().First().Bars.Select(b => b.Value).ToList();

    public static string Title(Plot plot) => plot.Axes.Title.Label.Text;

    /// <summary>Grayscale pixels of the top <paramref name="rows"/> rows (the title band).</summary>
    public static byte[,] TopBand(byte[] png, int rows)
    {
        byte[,] gray = new ScottPlot.Image(png).GetArrayGrayscale();
        int w = gray.GetLength(1);
        var band = new byte[rows, w];
        for (int y = 0; y < rows; y++)
        {
            for (int x = 0; x < w; x++)
            {
                band[y, x] = gray[y, x];
            }
        }

        return band;
    }

    public static int DarkPixels(byte[,] gray)
    {
        int n = 0;
        foreach (byte b in gray)
        {
            if (b < 128)
            {
                n++;
            }
        }

        return n;
    }

    public static int DifferentPixels(byte[,] a, byte[,] b)
    {
        int n = 0;
        for (int y = 0; y < a.GetLength(0); y++)
        {
            for (int x = 0; x < a.GetLength(1); x++)
            {
                if (a[y, x] != b[y, x])
                {
                    n++;
                }
            }
        }

        return n;
    }
}
