namespace Depgraph.Analysis.Cascade;

/// <summary>Summary of a Monte Carlo independent cascade. Failed counts include the sources.</summary>
/// <param name="Runs">Number of runs.</param>
/// <param name="Seed">The seed used.</param>
/// <param name="Sources">The distinct sources, in input order.</param>
/// <param name="MeanFailed">Mean number of failed vertices per run.</param>
/// <param name="StdevFailed">Sample standard deviation (n − 1 denominator) of failed vertices per run; 0 for one run.</param>
/// <param name="Percentiles">Keys <c>p5, p25, p50, p75, p95</c>: nearest-rank percentiles of the per-run counts
/// (the value at rank ⌈p/100 · Runs⌉ of the sorted counts).</param>
/// <param name="FailureProbability">Per vertex, the share of runs in which it failed (sources 1).</param>
/// <param name="FailedCountsPerRun">Per run index, the number of failed vertices.</param>
public sealed record MonteCarloCascadeResult(
    int Runs,
    int Seed,
    IReadOnlyList<int> Sources,
    double MeanFailed,
    double StdevFailed,
    IReadOnlyDictionary<string, double> Percentiles,
    double[] FailureProbability,
    int[] FailedCountsPerRun);
