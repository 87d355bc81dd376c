using System.Collections.ObjectModel;

namespace Depgraph.Learning;

/// <summary>What a <see cref="CascadeRiskModel"/> was trained on and how well it predicts vertices it never saw.</summary>
/// <param name="Model">The learner: <c>fasttree_regression</c>.</param>
/// <param name="NodeCount">Vertices of the graph.</param>
/// <param name="SampleSize">Sources simulated (training plus held out).</param>
/// <param name="TopProxyCount">Of those, the vertices taken for their large <c>expected_walks_6</c>; the others were drawn uniformly.</param>
/// <param name="TrainingCount">Sources the model was fitted on.</param>
/// <param name="RunsPerSource">Monte Carlo runs per sampled source.</param>
/// <param name="Seed">The seed of sample, split, simulation and trainer.</param>
/// <param name="HeldOut">Accuracy on every held-out source (uniform and top-proxy alike).</param>
/// <param name="HeldOutUniform">Accuracy on the uniformly drawn held-out sources only: what to expect for a typical vertex.</param>
/// <param name="Features">Feature names, in column order (<see cref="NodeFeatures.Names"/>).</param>
/// <param name="Sample">Every sampled source with its simulated size, in split order (held-out first).</param>
public sealed record CascadeRiskReport(
    string Model,
    int NodeCount,
    int SampleSize,
    int TopProxyCount,
    int TrainingCount,
    int RunsPerSource,
    int Seed,
    HeldOutMetrics HeldOut,
    HeldOutMetrics HeldOutUniform,
    ReadOnlyCollection<string> Features,
    ReadOnlyCollection<SimulatedSource> Sample);
