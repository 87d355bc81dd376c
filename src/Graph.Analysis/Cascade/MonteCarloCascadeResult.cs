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
    int[] FailedCountsPerRun)
{
    /// <summary>The summary of per-run failed counts and per-vertex failure counts.</summary>
    internal static MonteCarloCascadeResult Summarise(int seed, int[] sources, int[] perRun, long[] totals)
    {
        int runs = perRun.Length;
        long sum = 0;
        foreach (int c in perRun) sum += c;
        double mean = (double)sum / runs;
        double ss = 0;
        foreach (int c in perRun) ss += (c - mean) * (c - mean);
        double stdev = runs > 1 ? Math.Sqrt(ss / (runs - 1)) : 0;
        var sorted = (int[])perRun.Clone();
        Array.Sort(sorted);
        var percentiles = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (int p in (int[])[5, 25, 50, 75, 95])
        {
            long rank = Math.Max(1, ((long)p * runs + 99) / 100);
            percentiles["p" + p.ToString(System.Globalization.CultureInfo.InvariantCulture)] = sorted[rank - 1];
        }
        var probability = new double[totals.Length];
        for (int v = 0; v < totals.Length; v++) probability[v] = (double)totals[v] / runs;
        return new MonteCarloCascadeResult(runs, seed, sources, mean, stdev,
            new System.Collections.ObjectModel.ReadOnlyDictionary<string, double>(percentiles), probability, perRun);
    }
}
