using Depgraph.Analysis.Uncertainty;

namespace Depgraph.Analysis.Tests.Uncertainty;

public class LatinHypercubeTests
{
    [Fact]
    public void Every_coordinate_has_one_point_per_stratum()
    {
        const int n = 50, k = 4;
        var x = LatinHypercube.Sample(n, k, 1);
        for (int j = 0; j < k; j++)
        {
            var strata = Enumerable.Range(0, n).Select(i => (int)(x[i * k + j] * n)).Order().ToArray();
            Assert.Equal(Enumerable.Range(0, n), strata);
        }
        Assert.Equal(x, LatinHypercube.Sample(n, k, 1));
        Assert.NotEqual(x, LatinHypercube.Sample(n, k, 2));
    }

    [Fact]
    public void Triangular_quantile_has_its_mode_at_the_central_value()
    {
        var d = new ParameterDistribution(0, 1, 0.25, RangeDistribution.Triangular);
        Assert.Equal(0, d.Quantile(0));
        Assert.Equal(1, d.Quantile(1), 12);
        Assert.Equal(0.25, d.Quantile(0.25), 12);
        var mean = Enumerable.Range(0, 10_000).Select(i => d.Quantile((i + 0.5) / 10_000)).Average();
        Assert.Equal((0 + 1 + 0.25) / 3, mean, 3);
    }
}
