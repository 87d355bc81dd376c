using Depgraph.Reporting.Report;

namespace Depgraph.Reporting.Tests.Report;

public sealed class WilsonIntervalTests
{
    [Theory]
    [InlineData(0, 1000, 0.0, 0.003826)]
    [InlineData(1000, 1000, 0.996174, 1.0)]
    [InlineData(500, 1000, 0.469070, 0.530930)]
    [InlineData(1, 10, 0.017876, 0.404150)]
    public void Known_values(long k, long n, double low, double high)
    {
        (double l, double h) = WilsonInterval.Compute(k, n);
        Assert.Equal(low, l, 5);
        Assert.Equal(high, h, 5);
    }

    [Fact]
    public void Matches_the_textbook_formula_and_contains_the_estimate()
    {
        var rng = new Random(5);
        for (int i = 0; i < 2000; i++)
        {
            long n = 1 + rng.Next(5000);
            long k = rng.NextInt64(n + 1);
            (double l, double h) = WilsonInterval.Compute(k, n);
            double p = (double)k / n, z = WilsonInterval.Z95;
            // the interval is the set of q with (p - q)^2 <= z^2 q (1 - q) / n: its ends solve the quadratic
            double a = 1 + (z * z / n), b = -((2 * p) + (z * z / n)), c = p * p;
            double root = Math.Sqrt(Math.Max(0, (b * b) - (4 * a * c)));
            Assert.Equal((-b - root) / (2 * a), l, 9);
            Assert.Equal((-b + root) / (2 * a), h, 9);
            Assert.InRange(p, l, h);
            Assert.InRange(l, 0, 1);
            Assert.InRange(h, 0, 1);
        }
    }

    [Fact]
    public void Guards()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(-1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(11, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(1, 10, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(1, 10, double.NaN));
    }
}
