using Depgraph.Core;

namespace Depgraph.Learning;

/// <summary>Goodness-of-fit measures for predictions against observed values (used for the held-out report).</summary>
public static class RegressionMetrics
{
    /// <summary>Coefficient of determination 1 − Σ(y − ŷ)² / Σ(y − ȳ)²; NaN when <paramref name="actual"/> is constant or empty.</summary>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static double RSquared(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        Check(actual, predicted);
        if (actual.Count == 0) return double.NaN;
        double mean = actual.Average(), res = 0, tot = 0;
        for (int i = 0; i < actual.Count; i++)
        {
            res += (actual[i] - predicted[i]) * (actual[i] - predicted[i]);
            tot += (actual[i] - mean) * (actual[i] - mean);
        }
        return tot == 0 ? double.NaN : 1 - res / tot;
    }

    /// <summary>Mean absolute error Σ|y − ŷ| / n; NaN when empty.</summary>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static double MeanAbsoluteError(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        Check(actual, predicted);
        if (actual.Count == 0) return double.NaN;
        double s = 0;
        for (int i = 0; i < actual.Count; i++) s += Math.Abs(actual[i] - predicted[i]);
        return s / actual.Count;
    }

    /// <summary>
    /// Spearman's rank correlation: the Pearson correlation of the ranks, tied values sharing their average rank.
    /// NaN when fewer than two values or when either side is constant. Example: (1, 2, 3) against (10, 30, 20) gives 0.5.
    /// </summary>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static double Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        Check(x, y);
        if (x.Count < 2) return double.NaN;
        return Pearson(Ranks(x), Ranks(y));
    }

    /// <summary>Ranks 1..n, ties sharing their average rank.</summary>
    public static double[] Ranks(IReadOnlyList<double> values)
    {
        Preconditions.NotNull(values, nameof(values));
        int n = values.Count;
        var order = Enumerable.Range(0, n).OrderBy(i => values[i]).ThenBy(i => i).ToArray();
        var ranks = new double[n];
        for (int i = 0; i < n;)
        {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) j++;
            double r = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) ranks[order[k]] = r;
            i = j + 1;
        }
        return ranks;
    }

    private static double Pearson(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average(), sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? double.NaN : sab / Math.Sqrt(saa * sbb);
    }

    private static void Check(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        Preconditions.NotNull(a, "actual");
        Preconditions.NotNull(b, "predicted");
        if (a.Count != b.Count) throw new ArgumentException($"The lists differ in length ({a.Count} and {b.Count}).");
    }
}
