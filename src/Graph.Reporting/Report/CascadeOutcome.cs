namespace Depgraph.Reporting.Report;

/// <summary>The Monte Carlo independent cascade after one outage (from <see cref="Depgraph.Analysis.Cascade.IndependentCascade.Run(Depgraph.Core.Compact.CompactGraph, IReadOnlyList{int}, Depgraph.Analysis.Cascade.CascadeOptions, IProgress{Depgraph.Analysis.Cascade.CascadeProgress}?, CancellationToken)"/>).</summary>
/// <param name="Origin">The sector whose outage starts the cascade.</param>
/// <param name="MeanFailed">Mean failed nodes per run (the origin included).</param>
/// <param name="StdevFailed">Standard deviation of failed nodes per run.</param>
/// <param name="P5">5th percentile of failed nodes per run.</param>
/// <param name="P95">95th percentile of failed nodes per run.</param>
/// <param name="Sectors">Every sector with its failure frequency, in dataset order (the origin included, at 1).</param>
public sealed record CascadeOutcome(NodeRef Origin, double MeanFailed, double StdevFailed, double P5, double P95, IReadOnlyList<SectorProbability> Sectors);
