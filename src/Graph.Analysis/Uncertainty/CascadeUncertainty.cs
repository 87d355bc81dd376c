using Depgraph.Core;

namespace Depgraph.Analysis.Uncertainty;

/// <summary>Settings of <see cref="CascadeUncertainty.Run"/>, with defaults; <see cref="Validate"/> before use.</summary>
public sealed record CascadeUncertaintyOptions
{
    /// <summary>Largest accepted <see cref="Samples"/>.</summary>
    public const int MaxSamples = 1_000_000;

    /// <summary>Largest accepted <see cref="Runs"/>.</summary>
    public const int MaxRuns = 1_000_000;

    /// <summary>Latin-hypercube parameter sets (default <see cref="UncertaintyIntervals.DefaultSamples"/>), in [2, 1,000,000].</summary>
    public int Samples { get; init; } = UncertaintyIntervals.DefaultSamples;

    /// <summary>Live-edge cascade runs per parameter set (default 1024, rounded up to a multiple of 64), in [1, 1,000,000].</summary>
    public int Runs { get; init; } = 1024;

    /// <summary>Seed of both the parameter sets and the live-edge samples (default 42).</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Worker threads (default <see cref="Environment.ProcessorCount"/>); does not change the result.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Checks every setting and returns the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message names it and its range.</exception>
    public CascadeUncertaintyOptions Validate()
    {
        if (Samples < 2 || Samples > MaxSamples) throw new ArgumentOutOfRangeException(nameof(Samples), Samples, $"Samples must be in [2, {MaxSamples:N0}].");
        if (Runs < 1 || Runs > MaxRuns) throw new ArgumentOutOfRangeException(nameof(Runs), Runs, $"Runs must be in [1, {MaxRuns:N0}].");
        if (MaxDegreeOfParallelism < 1) throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be 1 or more.");
        return this;
    }
}

/// <summary>How sure one vertex's failure probability is.</summary>
/// <param name="Vertex">The vertex.</param>
/// <param name="Central">Failure probability at the written (central) values.</param>
/// <param name="MonteCarloError">Binomial standard error of <paramref name="Central"/>, √(p(1 − p)/runs): the simulation's
/// own noise, which more runs shrink.</param>
/// <param name="Mean">Mean over the parameter sets.</param>
/// <param name="Interval90">5th–95th percentile over the parameter sets: the spread the assumed ranges cause, which more
/// runs do not shrink.</param>
public sealed record NodeUncertainty(int Vertex, double Central, double MonteCarloError, double Mean, Interval Interval90);

/// <summary>Result of <see cref="CascadeUncertainty.Run"/>.</summary>
/// <param name="Space">The varied parameters.</param>
/// <param name="Sources">The failed vertices.</param>
/// <param name="Options">The settings used.</param>
/// <param name="Runs">Live-edge runs per parameter set actually used (a multiple of 64).</param>
/// <param name="Nodes">One per vertex of the graph, by vertex index.</param>
public sealed record CascadeUncertaintyResult(ParameterSpace Space, IReadOnlyList<int> Sources, CascadeUncertaintyOptions Options, int Runs,
    IReadOnlyList<NodeUncertainty> Nodes);

/// <summary>
/// The independent cascade under parameter uncertainty: per vertex, the failure probability at the written values,
/// its 5–95 % interval over the assumed probability ranges, and the Monte Carlo error, kept apart.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> <see cref="UncertaintyIntervals"/> draws <c>Samples</c> parameter sets by Latin hypercube
/// (McKay, Beckman, Conover 1979, doi:10.1080/00401706.1979.10489755) in the unit cube of <see cref="ParameterSpace"/>;
/// for each set (and the central point) <see cref="LiveEdgeCascadeModel"/> estimates every vertex's failure probability
/// from the same <c>Runs</c> live-edge samples (common random numbers), so the spread between sets is the parameters'
/// doing, not resampling noise. The Monte Carlo error reported beside it is the binomial standard error of the central
/// estimate. O(Samples · Runs/64 · (n + m)).</para>
/// <para><b>Example.</b> s → a → t with both probabilities uniform on [0.2, 0.6] (central 0.4): t's central value is
/// about 0.16, its interval roughly [0.06, 0.29].</para>
/// <para>Identical bytes for any number of threads.</para>
/// </remarks>
public static class CascadeUncertainty
{
    /// <summary>Runs the analysis; every vertex of <paramref name="space"/>'s graph is an output.</summary>
    /// <param name="space">Probability ranges resolved on the dependency graph (supplier → dependant); other parameters have no effect.</param>
    /// <param name="sources">Failed vertices.</param>
    /// <param name="options">Settings (validated here).</param>
    /// <param name="ct">Cancels.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option or a source is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static CascadeUncertaintyResult Run(ParameterSpace space, IReadOnlyList<int> sources, CascadeUncertaintyOptions options,
        CancellationToken ct = default)
    {
        Preconditions.NotNull(space, nameof(space));
        Preconditions.NotNull(options, nameof(options));
        options.Validate();
        int n = space.Graph.NodeCount;
        var model = new LiveEdgeCascadeModel(space, sources, Enumerable.Range(0, n).ToArray(), options.Runs, options.Seed);
        var central = model.Evaluate(space.CentralUnits());
        var nodes = new NodeUncertainty[n];
        if (space.Count == 0)
        {
            for (int v = 0; v < n; v++)
                nodes[v] = new NodeUncertainty(v, central[v], model.StandardError(central[v]), central[v], new Interval(central[v], central[v]));
        }
        else
        {
            var r = UncertaintyIntervals.Run(model, space.UnitDistributions, options.Samples, options.Seed, options.MaxDegreeOfParallelism, ct);
            for (int v = 0; v < n; v++)
                nodes[v] = new NodeUncertainty(v, central[v], model.StandardError(central[v]), r.Outputs[v].Mean, r.Outputs[v].Interval90);
        }
        return new CascadeUncertaintyResult(space, GraphGuards.Sources(space.Graph, sources), options, model.Runs, nodes);
    }
}
