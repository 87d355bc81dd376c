using Depgraph.Core;

namespace Depgraph.Analysis.Uncertainty;

/// <summary>The outputs when one parameter moves to its low or high end, the others held at their central values.</summary>
/// <param name="Central">Outputs at the central point, one per output.</param>
/// <param name="AtLow">[parameter][output]: outputs with that parameter at its low end.</param>
/// <param name="AtHigh">[parameter][output]: outputs with that parameter at its high end.</param>
public sealed record SwingResult(double[] Central, double[][] AtLow, double[][] AtHigh)
{
    /// <summary>|high − low| of output <paramref name="output"/> for parameter <paramref name="parameter"/>.</summary>
    public double Width(int parameter, int output) => Math.Abs(AtHigh[parameter][output] - AtLow[parameter][output]);
}

/// <summary>One-at-a-time swing (the numbers behind a tornado chart).</summary>
public static class OneAtATimeSwing
{
    /// <summary>
    /// Evaluates the model at the central point and, for every parameter, at its low and its high end with the
    /// other parameters central (2k + 1 evaluations, on <paramref name="threads"/> threads; the result does not
    /// depend on their number).
    /// </summary>
    /// <remarks>Local, not global: it ignores interactions (compare with <see cref="SobolAnalysis"/>'s total
    /// index), but it answers the analyst's first question, "how far does this answer move across this range?".</remarks>
    /// <param name="model">The model.</param>
    /// <param name="inputs">One distribution per parameter (low, high, central).</param>
    /// <param name="threads">Worker threads.</param>
    /// <param name="ct">Cancels.</param>
    public static SwingResult Run(IUncertaintyModel model, IReadOnlyList<ParameterDistribution> inputs, int threads = 1, CancellationToken ct = default)
    {
        Preconditions.NotNull(model, nameof(model));
        Preconditions.NotNull(inputs, nameof(inputs));
        int k = model.ParameterCount, m = model.OutputCount;
        if (inputs.Count != k) throw new ArgumentException($"{inputs.Count} distributions for {k} parameters.", nameof(inputs));
        int rows = 2 * k + 1;
        var x = new double[rows * k];
        for (int r = 0; r < rows; r++)
            for (int j = 0; j < k; j++) x[r * k + j] = inputs[j].Central;
        for (int i = 0; i < k; i++)
        {
            x[(1 + 2 * i) * k + i] = inputs[i].Low;
            x[(2 + 2 * i) * k + i] = inputs[i].High;
        }
        var y = ModelRunner.Evaluate(model, x, rows, threads, null, ct);
        var low = new double[k][];
        var high = new double[k][];
        for (int i = 0; i < k; i++)
        {
            low[i] = y.AsSpan((1 + 2 * i) * m, m).ToArray();
            high[i] = y.AsSpan((2 + 2 * i) * m, m).ToArray();
        }
        return new SwingResult(y.AsSpan(0, m).ToArray(), low, high);
    }
}
