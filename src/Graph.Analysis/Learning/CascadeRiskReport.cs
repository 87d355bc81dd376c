using System.Collections.ObjectModel;

namespace Depgraph.Analysis.Learning;

/// <summary>What a <see cref="CascadeRiskModel"/> was trained on and how well it predicts vertices it never saw.</summary>
/// <param name="Model">The learner: <c>fasttree_regression</c>.</param>
/// <param name="NodeCount">Vertices of the graph.</param>
/// <param name="SampleSize">Sources simulated (training plus held out).</param>
/// <param name="TrainingCount">Sources the model was fitted on.</param>
/// <param name="HeldOutCount">Sources held out; the metrics below are measured on them only.</param>
/// <param name="RunsPerSource">Monte Carlo runs per sampled source.</param>
/// <param name="Seed">The seed of sample, split, simulation and trainer.</param>
/// <param name="HeldOutR2">Coefficient of determination 1 − SS_res / SS_tot on the held-out sources (NaN when their simulated sizes are all equal; may be negative: worse than predicting their mean).</param>
/// <param name="HeldOutMae">Mean absolute error, in failed vertices, on the held-out sources.</param>
/// <param name="HeldOutSpearman">Spearman rank correlation of predicted and simulated sizes on the held-out sources (average ranks for ties; NaN when either side is constant): how well the ranking can be trusted.</param>
/// <param name="Features">Feature names, in column order (<see cref="NodeFeatures.Names"/>).</param>
/// <param name="Sample">Every sampled source with its simulated size, in sampling order.</param>
public sealed record CascadeRiskReport(
    string Model,
    int NodeCount,
    int SampleSize,
    int TrainingCount,
    int HeldOutCount,
    int RunsPerSource,
    int Seed,
    double HeldOutR2,
    double HeldOutMae,
    double HeldOutSpearman,
    ReadOnlyCollection<string> Features,
    ReadOnlyCollection<SimulatedSource> Sample);
