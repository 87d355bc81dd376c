namespace Depgraph.Learning;

/// <summary>Accuracy of a <see cref="CascadeRiskModel"/> on sampled sources it was not trained on.</summary>
/// <param name="Count">Held-out sources measured.</param>
/// <param name="R2">Coefficient of determination 1 − SS_res / SS_tot (NaN when the simulated sizes are all equal; negative when worse than predicting their mean).</param>
/// <param name="Mae">Mean absolute error, in failed vertices.</param>
/// <param name="Spearman">Spearman rank correlation of predicted and simulated sizes (average ranks for ties; NaN when either side is constant): how far the ranking can be trusted.</param>
public sealed record HeldOutMetrics(int Count, double R2, double Mae, double Spearman)
{
    /// <summary>Measures <paramref name="predicted"/> against <paramref name="simulated"/>.</summary>
    public static HeldOutMetrics Measure(IReadOnlyList<double> simulated, IReadOnlyList<double> predicted) => new(
        simulated.Count,
        RegressionMetrics.RSquared(simulated, predicted),
        RegressionMetrics.MeanAbsoluteError(simulated, predicted),
        RegressionMetrics.Spearman(simulated, predicted));
}
