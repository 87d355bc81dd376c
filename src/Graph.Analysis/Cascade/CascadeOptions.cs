namespace Depgraph.Analysis.Cascade;

/// <summary>User-facing settings of a cascade simulation, with defaults; <see cref="Validate"/> before use.</summary>
public sealed record CascadeOptions
{
    /// <summary>Largest accepted <see cref="Runs"/>.</summary>
    public const int MaxRuns = 10_000_000;

    /// <summary>Monte Carlo runs of the independent cascade (default 1000), in [1, 10,000,000].</summary>
    public int Runs { get; init; } = 1000;

    /// <summary>Random seed (default 42); the same seed gives bit-for-bit the same result on any number of threads.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Share of a vertex's incoming dependency strength that must have failed for it to fail (threshold model; default 0.5), in (0, 1].</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Worker threads (default <see cref="Environment.ProcessorCount"/>), 1 or more. Does not change the result.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Checks every setting and returns the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message names it and its range.</exception>
    public CascadeOptions Validate()
    {
        if (Runs < 1 || Runs > MaxRuns)
            throw new ArgumentOutOfRangeException(nameof(Runs), Runs, $"Runs must be in [1, {MaxRuns:N0}].");
        if (!(Threshold > 0 && Threshold <= 1))
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "Threshold must be in (0, 1]: the share of incoming dependency strength that must fail.");
        if (MaxDegreeOfParallelism < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be 1 or more.");
        return this;
    }

    /// <summary>Validates and returns the parameters the algorithms take.</summary>
    public CascadeParameters ToParameters()
    {
        Validate();
        return new CascadeParameters(Runs, Seed, Threshold, MaxDegreeOfParallelism);
    }
}
