namespace Depgraph.Analysis.Uncertainty;

/// <summary>The Sobol indices of one parameter for one output.</summary>
/// <param name="FirstOrder">S_i: share of the output variance explained by this parameter alone.</param>
/// <param name="Total">S_Ti: share of the variance that involves this parameter (alone or with others).</param>
/// <param name="Ci95FirstOrder">Bootstrap 95 % percentile interval of <paramref name="FirstOrder"/>.</param>
/// <param name="Ci95Total">Bootstrap 95 % percentile interval of <paramref name="Total"/>.</param>
public sealed record SobolIndex(double FirstOrder, double Total, Interval Ci95FirstOrder, Interval Ci95Total);

/// <summary>The Sobol analysis of one output.</summary>
/// <param name="Mean">Mean of the output over the samples.</param>
/// <param name="Variance">Variance of the output (0: the output does not move, every index is 0).</param>
/// <param name="Indices">One per parameter, in parameter order.</param>
public sealed record SobolOutput(double Mean, double Variance, IReadOnlyList<SobolIndex> Indices);

/// <summary>Result of <see cref="SobolAnalysis.Run"/>.</summary>
/// <param name="Samples">Base sample size N.</param>
/// <param name="Evaluations">Model evaluations, N·(k + 2).</param>
/// <param name="Seed">The seed used.</param>
/// <param name="Outputs">One per model output.</param>
public sealed record SobolResult(int Samples, long Evaluations, int Seed, IReadOnlyList<SobolOutput> Outputs);
