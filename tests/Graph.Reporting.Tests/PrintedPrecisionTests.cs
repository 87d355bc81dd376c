namespace Depgraph.Reporting.Tests;

public class PrintedPrecisionTests
{
    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(0.05, 1)]
    [InlineData(0.1, 0)]   // a half-width equal to the last digit is not below it
    [InlineData(0.8, 0)]
    [InlineData(2.5, -1)]
    [InlineData(25, -1)]   // never fewer digits than tens
    public void Decimals_keep_the_half_width_below_the_last_digit(double halfWidth, int decimals)
        => Assert.Equal(decimals, PrintedPrecision.Decimals(halfWidth));

    [Theory]
    [InlineData(0.794, 1, "79.4%")]
    [InlineData(0.794, 0, "79%")]
    [InlineData(0.794, -1, "80%")]
    [InlineData(0.755, -1, "80%")]
    [InlineData(0.05, -1, "10%")]
    public void Percent_prints_the_chosen_digits(double share, int decimals, string text)
        => Assert.Equal(text, PrintedPrecision.Percent(share, decimals));

    [Fact]
    public void Half_width_comes_from_the_widest_interval()
    {
        Assert.Equal(2.5, PrintedPrecision.MaxHalfWidthPoints([(0.70, 0.75), (0.5, 0.52)]), 9);
        Assert.Equal(-1, PrintedPrecision.PercentDecimals([(0.70, 0.75)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PrintedPrecision.Decimals(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PrintedPrecision.Decimals(double.NaN));
    }
}
