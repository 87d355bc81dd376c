namespace Depgraph.Analysis.Uncertainty;

/// <summary>
/// The range of one uncertain number: low, high, central value and shape. Immutable; <see cref="Quantile"/> maps
/// a uniform draw in [0, 1] to a value, which is how every sampler in this folder draws.
/// </summary>
/// <param name="Low">Smallest value.</param>
/// <param name="High">Largest value (≥ <paramref name="Low"/>).</param>
/// <param name="Central">The value used when the parameter is not varied (the written value; the mode of a triangular range).</param>
/// <param name="Shape">Uniform (default) or triangular.</param>
public sealed record ParameterDistribution(double Low, double High, double Central, RangeDistribution Shape = RangeDistribution.Uniform)
{
    /// <summary>Uniform on [low, high], centred at the midpoint.</summary>
    public static ParameterDistribution Uniform(double low, double high) => new ParameterDistribution(low, high, (low + high) / 2).Validate();

    /// <summary>Checks low ≤ central ≤ high and finiteness; returns this.</summary>
    /// <exception cref="ArgumentException">The range is empty, reversed or not finite, or the central value lies outside it.</exception>
    public ParameterDistribution Validate()
    {
        if (!double.IsFinite(Low) || !double.IsFinite(High) || !double.IsFinite(Central))
            throw new ArgumentException($"range [{Low}, {High}] (central {Central}) must be finite numbers.");
        if (Low > High) throw new ArgumentException($"range low {Low} is above high {High}; swap them.");
        if (Central < Low || Central > High) throw new ArgumentException($"central value {Central} lies outside its range [{Low}, {High}].");
        return this;
    }

    /// <summary>Width of the range.</summary>
    public double Width => High - Low;

    /// <summary>The value at cumulative probability <paramref name="u"/> ∈ [0, 1] (inverse CDF).</summary>
    /// <remarks>Triangular with mode c on [a, b]: x = a + √(u (b − a)(c − a)) for u &lt; (c − a)/(b − a), else
    /// b − √((1 − u)(b − a)(b − c)).</remarks>
    public double Quantile(double u)
    {
        double a = Low, b = High;
        if (b <= a) return a;
        if (Shape == RangeDistribution.Uniform) return a + (b - a) * u;
        double c = Central, w = b - a, fc = (c - a) / w;
        return u < fc ? a + Math.Sqrt(u * w * (c - a)) : b - Math.Sqrt((1 - u) * w * (b - c));
    }
}
