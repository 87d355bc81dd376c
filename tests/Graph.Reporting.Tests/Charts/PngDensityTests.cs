using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

[Collection(ChartCollection.Name)]
public class PngDensityTests
{
    private static byte[] SmallPng() => new ScottPlot.Image(4, 3, ScottPlot.Colors.White).GetImageBytes(ScottPlot.ImageFormat.Png);

    [Theory]
    [InlineData(72)]
    [InlineData(300)]
    [InlineData(600)]
    public void SetDpi_RoundTrips_AndTheImageStillDecodes(int dpi)
    {
        byte[] png = PngDensity.SetDpi(SmallPng(), dpi);
        Assert.Equal(dpi, PngDensity.GetDpi(png));
        var image = new ScottPlot.Image(png);
        Assert.Equal((4, 3), (image.Width, image.Height));
    }

    [Fact]
    public void SetDpi_Twice_KeepsASinglePhysChunk()
    {
        byte[] once = PngDensity.SetDpi(SmallPng(), 300);
        byte[] twice = PngDensity.SetDpi(once, 300);
        Assert.Equal(once, twice);
        Assert.Equal(150, PngDensity.GetDpi(PngDensity.SetDpi(once, 150)));
    }

    [Fact]
    public void SetDpi_WritesTheKnownChunkBytes()
    {
        // 300 dpi = 11811 px/m = 0x00002E23; CRC of "pHYs" + data from Python zlib.crc32: 0x78A53F76.
        byte[] png = PngDensity.SetDpi(SmallPng(), 300);
        int at = 33; // right after the signature (8) and IHDR (25)
        Assert.Equal(new byte[] { 0, 0, 0, 9, (byte)'p', (byte)'H', (byte)'Y', (byte)'s', 0, 0, 0x2E, 0x23, 0, 0, 0x2E, 0x23, 1, 0x78, 0xA5, 0x3F, 0x76 }, png[at..(at + 21)]);
    }

    [Fact]
    public void Rejects_NonPng()
    {
        Assert.Throws<ArgumentException>(() => PngDensity.SetDpi([1, 2, 3], 300));
        Assert.Throws<ArgumentOutOfRangeException>(() => PngDensity.SetDpi(SmallPng(), 0));
        Assert.Null(PngDensity.GetDpi(SmallPng()));
    }
}
