using Depgraph.Learning;

namespace Depgraph.Learning.Tests;

public class RegressionMetricsTests
{
    [Fact]
    public void Spearman_known_values()
    {
        Assert.Equal(0.5, RegressionMetrics.Spearman([1, 2, 3], [10, 30, 20]), 12);
        Assert.Equal(1, RegressionMetrics.Spearman([1, 2, 3, 4], [1, 4, 9, 16]), 12);      // monotone, not linear
        Assert.Equal(-1, RegressionMetrics.Spearman([1, 2, 3, 4], [8, 4, 2, 1]), 12);
        Assert.True(double.IsNaN(RegressionMetrics.Spearman([1, 2, 3], [5, 5, 5])));
        Assert.True(double.IsNaN(RegressionMetrics.Spearman([1], [1])));
    }

    [Fact]
    public void Ties_share_the_average_rank()
    {
        Assert.Equal([1.5, 1.5, 3, 4.5, 4.5], RegressionMetrics.Ranks([2, 2, 5, 9, 9]));
        Assert.Equal([3, 1, 2], RegressionMetrics.Ranks([7, -1, 0]));
        // x = (1,2,2,3) ranks (1,2.5,2.5,4); y = (1,2,3,4): Pearson of the ranks = 4.5 / sqrt(4.5·5).
        Assert.Equal(4.5 / Math.Sqrt(4.5 * 5), RegressionMetrics.Spearman([1, 2, 2, 3], [1, 2, 3, 4]), 12);
    }

    [Fact]
    public void R2_and_mae_known_values()
    {
        Assert.Equal(1, RegressionMetrics.RSquared([1, 2, 3], [1, 2, 3]));
        Assert.Equal(0, RegressionMetrics.RSquared([1, 2, 3], [2, 2, 2]));      // predicting the mean
        Assert.Equal(1 - 8.0 / 2, RegressionMetrics.RSquared([1, 2, 3], [3, 2, 1]));
        Assert.True(double.IsNaN(RegressionMetrics.RSquared([4, 4], [1, 2])));
        Assert.Equal(1, RegressionMetrics.MeanAbsoluteError([1, 2, 3], [2, 1, 4]));
        Assert.True(double.IsNaN(RegressionMetrics.MeanAbsoluteError([], [])));
        Assert.Throws<ArgumentException>(() => RegressionMetrics.MeanAbsoluteError([1], [1, 2]));
    }
}
