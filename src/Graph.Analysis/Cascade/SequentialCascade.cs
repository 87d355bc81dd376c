using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Cascade;

/// <summary>Settings of <see cref="SequentialCascade.Run"/>, with defaults; <see cref="Validate"/> before use.</summary>
public sealed record PrecisionOptions
{
    /// <summary>Target 95 % half-width of every reported failure probability, in (0, 0.5].</summary>
    public double HalfWidth { get; init; } = 0.005;

    /// <summary>Runs of the first batch (default 1000), in [1, <see cref="MaxRuns"/>].</summary>
    public int FirstBatch { get; init; } = 1000;

    /// <summary>Stop here even if the target is not met (default 1,000,000), in [<see cref="FirstBatch"/>, <see cref="CascadeOptions.MaxRuns"/>].</summary>
    public int MaxRuns { get; init; } = 1_000_000;

    /// <summary>Random seed (default 42).</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Worker threads (default <see cref="Environment.ProcessorCount"/>); does not change the result.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Checks every setting and returns the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message names it and its range.</exception>
    public PrecisionOptions Validate()
    {
        if (!(HalfWidth > 0 && HalfWidth <= 0.5))
            throw new ArgumentOutOfRangeException(nameof(HalfWidth), HalfWidth, "the precision (95 % half-width) must be in (0, 0.5], e.g. 0.005.");
        if (MaxRuns < 1 || MaxRuns > CascadeOptions.MaxRuns)
            throw new ArgumentOutOfRangeException(nameof(MaxRuns), MaxRuns, $"the run limit must be in [1, {CascadeOptions.MaxRuns:N0}].");
        if (FirstBatch < 1 || FirstBatch > MaxRuns)
            throw new ArgumentOutOfRangeException(nameof(FirstBatch), FirstBatch, $"the first batch must be in [1, {MaxRuns:N0}] (the run limit).");
        if (MaxDegreeOfParallelism < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be 1 or more.");
        return this;
    }
}

/// <summary>Result of <see cref="SequentialCascade.Run"/>.</summary>
/// <param name="Result">The cascade with the final run count (identical to <see cref="BitParallelCascade"/> run with that count and seed).</param>
/// <param name="Target">The half-width asked for.</param>
/// <param name="HalfWidth">The largest 95 % half-width achieved over the reported probabilities.</param>
/// <param name="Reached">True when <paramref name="HalfWidth"/> is below <paramref name="Target"/>; false when the run limit stopped it.</param>
/// <param name="Batches">The cumulative run count after each batch, ending with <c>Result.Runs</c>.</param>
public sealed record PrecisionResult(MonteCarloCascadeResult Result, double Target, double HalfWidth, bool Reached, IReadOnlyList<int> Batches);

/// <summary>
/// The independent cascade run until every reported failure probability is known to a requested precision
/// (sequential stopping).
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> The reported probabilities are those of the vertices that failed in some run and are not
/// sources. Each has the normal-approximation 95 % half-width 1.96 √(p̂(1 − p̂)/n). The simulation stops at the first
/// batch after which the largest half-width is below the target, or at the run limit.</para>
/// <para><b>Method.</b> After a batch ending at n runs with largest p̂(1 − p̂) = v, the next total is
/// max(2n, ⌈1.96² v / h²⌉) rounded up to a multiple of the first batch, capped at the limit. Run r's coins depend only
/// on (seed, r / 64, edge), so the first n runs of a longer simulation are exactly the earlier ones; each batch is computed
/// by rerunning from run 0 (the earlier runs repeat bit for bit), and the final result equals <see cref="BitParallelCascade.Run(CompactGraph, IReadOnlyList{int}, CascadeOptions, IProgress{CascadeProgress}?, CancellationToken)"/>
/// with the reported run count. The schedule depends only on the results, hence only on the seed: same seed, same
/// batches, same bytes for any number of threads. Total work is below twice the final run count.</para>
/// <para><b>Example.</b> a → b with probability 0.5, target 0.005: the first 1000 runs give a half-width ≈ 0.031, the
/// projection asks for ⌈3.84 · 0.25 / 0.005²⌉ = 38,416 → 39,000 runs, which meet it.</para>
/// <para>Caveat: a probability estimated as 0 or 1 has half-width 0 by this formula; such vertices are reported but do not
/// hold the simulation back.</para>
/// </remarks>
public static class SequentialCascade
{
    /// <summary>z for a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>Runs the cascade in batches until the precision is met or the run limit is reached.</summary>
    /// <param name="g">The dependency graph (supplier → dependant).</param>
    /// <param name="sources">Vertices that fail first.</param>
    /// <param name="options">Settings (validated here).</param>
    /// <param name="progress">Told of each batch's cumulative run count.</param>
    /// <param name="ct">Cancels.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option or a source is out of range.</exception>
    public static PrecisionResult Run(CompactGraph g, IReadOnlyList<int> sources, PrecisionOptions options,
        IProgress<int>? progress = null, CancellationToken ct = default)
    {
        Preconditions.NotNull(g, nameof(g));
        Preconditions.NotNull(options, nameof(options));
        options.Validate();
        var isSource = new bool[g.NodeCount];
        foreach (int s in GraphGuards.Sources(g, sources)) isSource[s] = true;
        var batches = new List<int>();
        int n = options.FirstBatch;
        while (true)
        {
            var r = BitParallelCascade.Run(g, sources, new CascadeOptions { Runs = n, Seed = options.Seed, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, null, ct);
            batches.Add(n);
            progress?.Report(n);
            double worst = 0;
            for (int v = 0; v < g.NodeCount; v++)
                if (!isSource[v] && r.FailureProbability[v] > 0) worst = Math.Max(worst, r.FailureProbability[v] * (1 - r.FailureProbability[v]));
            double half = HalfWidth(worst, n);
            if (half < options.HalfWidth || n >= options.MaxRuns)
                return new PrecisionResult(r, options.HalfWidth, half, half < options.HalfWidth, batches);
            double need = Math.Ceiling(Z95 * Z95 * worst / (options.HalfWidth * options.HalfWidth));
            long next = Math.Max(2L * n, (long)need);
            next = (next + options.FirstBatch - 1) / options.FirstBatch * options.FirstBatch;
            n = (int)Math.Min(next, options.MaxRuns);
        }
    }

    /// <summary>The 95 % half-width 1.96 √(v / n) of a proportion with variance term v = p(1 − p) from n runs.</summary>
    public static double HalfWidth(double variance, int runs) => Z95 * Math.Sqrt(variance / runs);
}
