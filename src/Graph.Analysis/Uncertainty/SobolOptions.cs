namespace Depgraph.Analysis.Uncertainty;

/// <summary>Settings of a Sobol analysis, with defaults; <see cref="Validate"/> before use.</summary>
public sealed record SobolOptions
{
    /// <summary>Default base sample size N (the analysis evaluates the model N·(k + 2) times).</summary>
    public const int DefaultSamples = 8192;

    /// <summary>Base sample size N (default 8192), in [16, 10,000,000].</summary>
    public int Samples { get; init; } = DefaultSamples;

    /// <summary>Random seed (default 42).</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Bootstrap resamples for the confidence intervals (default 200; 0 gives no intervals).</summary>
    public int Bootstrap { get; init; } = 200;

    /// <summary>Worker threads (default <see cref="Environment.ProcessorCount"/>). Does not change the result.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Checks every setting and returns the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public SobolOptions Validate()
    {
        if (Samples < 16 || Samples > 10_000_000) throw new ArgumentOutOfRangeException(nameof(Samples), Samples, "Samples must be in [16, 10,000,000].");
        if (Bootstrap < 0 || Bootstrap > 100_000) throw new ArgumentOutOfRangeException(nameof(Bootstrap), Bootstrap, "Bootstrap must be in [0, 100,000].");
        if (MaxDegreeOfParallelism < 1) throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be 1 or more.");
        return this;
    }
}
