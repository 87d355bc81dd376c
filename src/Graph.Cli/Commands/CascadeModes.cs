using Depgraph.Analysis.Cascade;
using Depgraph.Analysis.Uncertainty;
using Depgraph.Cli.Infrastructure;

namespace Depgraph.Cli.Commands;

/// <summary>
/// The optional modes of <c>depgraph cascade</c>, checked before anything is loaded or run: <c>--uncertainty
/// [--samples N]</c> (intervals over the assumed ranges) and <c>--precision H [--max-runs N]</c> (sequential stopping).
/// </summary>
/// <param name="Uncertainty">Settings of <c>--uncertainty</c>, or null.</param>
/// <param name="Precision">Settings of <c>--precision</c>, or null.</param>
internal sealed record CascadeModes(CascadeUncertaintyOptions? Uncertainty, PrecisionOptions? Precision)
{
    /// <summary>Checks the combination and the values; throws <see cref="UsageException"/> naming the option.</summary>
    public static CascadeModes Validate(bool uncertainty, int? samples, double? precision, int? maxRuns, int? runs, CascadeOptions options, bool threshold)
    {
        if (samples is not null && !uncertainty) throw new UsageException("--samples is for --uncertainty (the parameter sets); the Monte Carlo runs are --runs");
        if (maxRuns is not null && precision is null) throw new UsageException("--max-runs is for --precision");
        if (uncertainty && threshold) throw new UsageException("--uncertainty applies to the independent cascade, not the threshold model");
        if (precision is not null && threshold) throw new UsageException("--precision applies to the independent cascade (the threshold model is deterministic)");
        if (uncertainty && precision is not null)
            throw new UsageException("--precision and --uncertainty cannot be combined: with --uncertainty the Monte Carlo error is reported per node (raise --runs to shrink it)");
        try
        {
            var u = uncertainty
                ? new CascadeUncertaintyOptions { Samples = samples ?? UncertaintyIntervals.DefaultSamples, Runs = runs ?? 1024, Seed = options.Seed }.Validate()
                : null;
            var p = precision is { } h
                ? new PrecisionOptions { HalfWidth = h, FirstBatch = runs ?? 1000, MaxRuns = maxRuns ?? Math.Max(1_000_000, runs ?? 0), Seed = options.Seed }.Validate()
                : null;
            return new CascadeModes(u, p);
        }
        catch (ArgumentOutOfRangeException e)
        {
            string name = e.ParamName switch
            {
                nameof(CascadeUncertaintyOptions.Samples) => "--samples",
                nameof(PrecisionOptions.HalfWidth) => "--precision",
                nameof(PrecisionOptions.MaxRuns) => "--max-runs",
                _ => "--runs",
            };
            throw new UsageException($"{name}: {e.Message.Split(" (Parameter", 2)[0]}");
        }
    }
}
