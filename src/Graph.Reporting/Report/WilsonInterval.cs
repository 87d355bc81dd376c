namespace Depgraph.Reporting.Report;

/// <summary>The Wilson score interval of a binomial proportion: the interval used for Monte Carlo failure frequencies.</summary>
/// <remarks>
/// <para><b>Definition.</b> For k successes in n trials, p̂ = k / n and z the normal quantile of the level, the interval is
/// (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n). Unlike the normal (Wald) interval it stays inside [0, 1]
/// and is not empty at p̂ = 0 or 1, which matters for sectors that never or always fail in a simulation.</para>
/// <para><b>Example.</b> 0 failures in 1,000 runs: [0, 0.0038]; 500 in 1,000: [0.469, 0.531].</para>
/// <para><b>Reference.</b> E. B. Wilson, "Probable inference, the law of succession, and statistical inference",
/// Journal of the American Statistical Association 22(158), 1927, doi:10.1080/01621459.1927.10502953.</para>
/// </remarks>
public static class WilsonInterval
{
    /// <summary>z for a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>Computes the interval.</summary>
    /// <param name="successes">k, 0 ≤ k ≤ n.</param>
    /// <param name="trials">n, at least 1.</param>
    /// <param name="z">The normal quantile (default <see cref="Z95"/>), positive and finite.</param>
    /// <returns>(Low, High) with 0 ≤ Low ≤ k/n ≤ High ≤ 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static (double Low, double High) Compute(long successes, long trials, double z = Z95)
    {
        if (trials < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(trials), trials, "trials must be 1 or more.");
        }

        if (successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, "successes must be in [0, trials].");
        }

        if (!(z > 0) || double.IsInfinity(z))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "z must be positive and finite.");
        }

        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + (z2 / n);
        double centre = (p + (z2 / (2 * n))) / denominator;
        double half = z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        double low = Math.Clamp(centre - half, 0, p);
        double high = Math.Clamp(centre + half, p, 1);
        return (successes == 0 ? 0 : low, successes == trials ? 1 : high);
    }
}
