using Depgraph.Core;

namespace Depgraph.Analysis.Uncertainty;

/// <summary>The spread of one output over the parameter ranges.</summary>
/// <param name="Central">The output at the central parameter values.</param>
/// <param name="Mean">Mean over the samples.</param>
/// <param name="Interval90">5th and 95th percentiles over the samples (type-7 quantiles).</param>
/// <param name="Min">Smallest sampled value.</param>
/// <param name="Max">Largest sampled value.</param>
public sealed record OutputInterval(double Central, double Mean, Interval Interval90, double Min, double Max);

/// <summary>Result of <see cref="UncertaintyIntervals.Run"/>.</summary>
/// <param name="Samples">Parameter sets sampled.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Outputs">One per model output.</param>
/// <param name="Values">Row-major sampled outputs (sample i, output o at i·outputs + o), for charts and further statistics.</param>
public sealed record IntervalResult(int Samples, int Seed, IReadOnlyList<OutputInterval> Outputs, double[] Values);

/// <summary>Uncertainty propagation: how far each output moves over the parameter ranges.</summary>
public static class UncertaintyIntervals
{
    /// <summary>Default number of parameter sets.</summary>
    public const int DefaultSamples = 500;

    /// <summary>
    /// Samples <paramref name="samples"/> parameter sets by Latin hypercube (seeded), evaluates the model on each and
    /// on the central point, and reports per output the central value, the mean, the 5–95 % interval and the extremes.
    /// </summary>
    /// <remarks>The interval is over parameter uncertainty only; the model's own Monte Carlo error (if any) is a
    /// separate figure the caller reports beside it (e.g. the binomial standard error of a cascade estimate).
    /// Identical for any number of threads.</remarks>
    /// <param name="model">The model.</param>
    /// <param name="inputs">One distribution per parameter.</param>
    /// <param name="samples">Parameter sets, ≥ 2.</param>
    /// <param name="seed">Seed.</param>
    /// <param name="threads">Worker threads.</param>
    /// <param name="ct">Cancels.</param>
    public static IntervalResult Run(IUncertaintyModel model, IReadOnlyList<ParameterDistribution> inputs, int samples = DefaultSamples,
        int seed = 42, int threads = 1, CancellationToken ct = default)
    {
        Preconditions.NotNull(model, nameof(model));
        Preconditions.NotNull(inputs, nameof(inputs));
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 2);
        int k = model.ParameterCount, m = model.OutputCount;
        if (inputs.Count != k) throw new ArgumentException($"{inputs.Count} distributions for {k} parameters.", nameof(inputs));
        var u = LatinHypercube.Sample(samples, k, seed, stream: 0x7000_0000);
        var x = new double[(long)(samples + 1) * k];
        for (int j = 0; j < k; j++) x[j] = inputs[j].Central;
        for (int i = 0; i < samples; i++)
            for (int j = 0; j < k; j++) x[(long)(i + 1) * k + j] = inputs[j].Quantile(u[(long)i * k + j]);
        var y = ModelRunner.Evaluate(model, x, samples + 1, threads, null, ct);
        var outputs = new OutputInterval[m];
        var col = new double[samples];
        for (int o = 0; o < m; o++)
        {
            double sum = 0;
            for (int i = 0; i < samples; i++) sum += col[i] = y[(long)(i + 1) * m + o];
            Array.Sort(col);
            outputs[o] = new OutputInterval(y[o], sum / samples,
                new Interval(SobolAnalysis.Quantile(col, 0.05), SobolAnalysis.Quantile(col, 0.95)), col[0], col[^1]);
        }
        return new IntervalResult(samples, seed, outputs, y.AsSpan(m).ToArray());
    }
}
