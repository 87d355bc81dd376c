namespace Depgraph.Learning;

/// <summary>User-facing settings of <see cref="CascadeRiskModel.Train"/>, with defaults; <see cref="Validate"/> checks them up front.</summary>
public sealed record CascadeRiskOptions
{
    /// <summary>Smallest accepted <see cref="SampleSize"/>.</summary>
    public const int MinSampleSize = 10;

    /// <summary>Largest accepted <see cref="SampleSize"/>.</summary>
    public const int MaxSampleSize = 1_000_000;

    /// <summary>Largest accepted <see cref="RunsPerSource"/>.</summary>
    public const int MaxRunsPerSource = 100_000;

    /// <summary>
    /// Source vertices drawn uniformly without replacement (seeded) for which the Monte Carlo expected cascade size is
    /// computed (default 1000), in [10, 1,000,000]. A graph with fewer vertices uses all of them.
    /// </summary>
    public int SampleSize { get; init; } = 1000;

    /// <summary>
    /// Share of the sample (default 0.1), in [0, 0.5], taken as the vertices with the largest <c>expected_walks_6</c>
    /// (ties by index) instead of uniformly: a uniform sample of a large graph rarely contains its few hubs, and a
    /// regression model cannot predict cascades far larger than any it was shown. 0 gives a purely uniform sample.
    /// </summary>
    public double TopProxyShare { get; init; } = 0.1;

    /// <summary>Monte Carlo runs of the independent cascade from each sampled source (default 200), in [1, 100,000].</summary>
    public int RunsPerSource { get; init; } = 200;

    /// <summary>Random seed (default 42) of the sample, the split, the simulation and the trainer; same seed, same model.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Share of the sample held out to measure the model (default 0.2), in [0.05, 0.5]; at least 2 vertices are held out.</summary>
    public double TestFraction { get; init; } = 0.2;

    /// <summary>Boosted regression trees (default 100), in [1, 10,000].</summary>
    public int NumberOfTrees { get; init; } = 100;

    /// <summary>Leaves per tree (default 20), in [2, 1024].</summary>
    public int NumberOfLeaves { get; init; } = 20;

    /// <summary>Shrinkage of each tree's contribution (default 0.2), in (0, 1].</summary>
    public double LearningRate { get; init; } = 0.2;

    /// <summary>Threads for the Monte Carlo simulation (default <see cref="Environment.ProcessorCount"/>), 1 or more. Does not change the result; the trainer always uses one thread.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Checks every setting and returns the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message names it and its range.</exception>
    public CascadeRiskOptions Validate()
    {
        if (SampleSize < MinSampleSize || SampleSize > MaxSampleSize)
            throw new ArgumentOutOfRangeException(nameof(SampleSize), SampleSize, $"SampleSize must be in [{MinSampleSize}, {MaxSampleSize:N0}]: the number of sources simulated to train and test the model.");
        if (RunsPerSource < 1 || RunsPerSource > MaxRunsPerSource)
            throw new ArgumentOutOfRangeException(nameof(RunsPerSource), RunsPerSource, $"RunsPerSource must be in [1, {MaxRunsPerSource:N0}].");
        if (!(TestFraction >= 0.05 && TestFraction <= 0.5))
            throw new ArgumentOutOfRangeException(nameof(TestFraction), TestFraction, "TestFraction must be in [0.05, 0.5]: the share of the sample held out to measure the model.");
        if (!(TopProxyShare >= 0 && TopProxyShare <= 0.5))
            throw new ArgumentOutOfRangeException(nameof(TopProxyShare), TopProxyShare, "TopProxyShare must be in [0, 0.5]: the share of the sample taken from the vertices with the most probable long walks.");
        if (NumberOfTrees < 1 || NumberOfTrees > 10_000)
            throw new ArgumentOutOfRangeException(nameof(NumberOfTrees), NumberOfTrees, "NumberOfTrees must be in [1, 10,000].");
        if (NumberOfLeaves < 2 || NumberOfLeaves > 1024)
            throw new ArgumentOutOfRangeException(nameof(NumberOfLeaves), NumberOfLeaves, "NumberOfLeaves must be in [2, 1024].");
        if (!(LearningRate > 0 && LearningRate <= 1))
            throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "LearningRate must be in (0, 1].");
        if (MaxDegreeOfParallelism < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be 1 or more.");
        return this;
    }
}
