using Depgraph.Core;

namespace Depgraph.Analysis.Uncertainty;

/// <summary>Which global method ranks the parameters.</summary>
public enum SensitivityMethod
{
    /// <summary>Variance-based Sobol indices (<see cref="SobolAnalysis"/>).</summary>
    Sobol,

    /// <summary>Morris elementary effects (<see cref="MorrisScreening"/>), for screening.</summary>
    Morris,
}

/// <summary>Settings of <see cref="CascadeSensitivity.Run"/>.</summary>
public sealed record SensitivityOptions
{
    /// <summary>Sobol or Morris (default Sobol).</summary>
    public SensitivityMethod Method { get; init; } = SensitivityMethod.Sobol;

    /// <summary>Sobol base sample N (default <see cref="SobolOptions.DefaultSamples"/>), or Morris trajectories (default 50 when this is left at the Sobol default).</summary>
    public int Samples { get; init; } = SobolOptions.DefaultSamples;

    /// <summary>Live-edge runs per evaluation (default 1024).</summary>
    public int Runs { get; init; } = 1024;

    /// <summary>Parameter sets for the 5–95 % intervals (default 500).</summary>
    public int IntervalSamples { get; init; } = UncertaintyIntervals.DefaultSamples;

    /// <summary>Bootstrap resamples (default 200).</summary>
    public int Bootstrap { get; init; } = 200;

    /// <summary>Seed (default 42).</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Worker threads; does not change the result.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}

/// <summary>One parameter's influence on one output.</summary>
/// <param name="Parameter">Index into the space's parameters.</param>
/// <param name="FirstOrder">Sobol S_i (NaN for Morris).</param>
/// <param name="Total">Sobol S_Ti (NaN for Morris).</param>
/// <param name="Ci95Total">Bootstrap interval of S_Ti.</param>
/// <param name="MuStar">Morris μ* (NaN for Sobol).</param>
/// <param name="Sigma">Morris σ (NaN for Sobol).</param>
/// <param name="SwingLow">Output with this parameter at its low end, the others central.</param>
/// <param name="SwingHigh">Output with this parameter at its high end.</param>
public sealed record Driver(int Parameter, double FirstOrder, double Total, Interval Ci95Total, double MuStar, double Sigma, double SwingLow, double SwingHigh)
{
    /// <summary>The ranking key: S_Ti for Sobol, μ* for Morris.</summary>
    public double Importance => double.IsNaN(Total) ? MuStar : Total;
}

/// <summary>The uncertainty and sensitivity of one output vertex's failure probability.</summary>
/// <param name="Vertex">The vertex.</param>
/// <param name="Central">Failure probability at the central (written) values.</param>
/// <param name="MonteCarloError">Binomial standard error of <paramref name="Central"/> (the simulation's own noise, separate from the parameter uncertainty).</param>
/// <param name="Interval90">5–95 % interval over the parameter ranges.</param>
/// <param name="Drivers">Every parameter, most important first (ties by parameter order).</param>
public sealed record OutputSensitivity(int Vertex, double Central, double MonteCarloError, Interval Interval90, IReadOnlyList<Driver> Drivers);

/// <summary>Result of <see cref="CascadeSensitivity.Run"/>.</summary>
/// <param name="Space">The parameters.</param>
/// <param name="Sources">The failed vertices.</param>
/// <param name="Options">The settings used.</param>
/// <param name="Evaluations">Model evaluations of the global method.</param>
/// <param name="Outputs">One per output vertex, in the order asked.</param>
public sealed record CascadeSensitivityResult(ParameterSpace Space, IReadOnlyList<int> Sources, SensitivityOptions Options, long Evaluations,
    IReadOnlyList<OutputSensitivity> Outputs)
{
    /// <summary>
    /// The parameters ranked by their largest importance over all outputs (the assumptions most worth surveying),
    /// with that largest value and the output it is reached on.
    /// </summary>
    public IReadOnlyList<(int Parameter, double Importance, int Output)> Priorities()
    {
        var best = new (double, int)[Space.Count];
        for (int j = 0; j < best.Length; j++) best[j] = (0, -1);
        foreach (var o in Outputs)
            foreach (var d in o.Drivers)
                if (d.Importance > best[d.Parameter].Item1) best[d.Parameter] = (d.Importance, o.Vertex);
        return Enumerable.Range(0, best.Length).Select(j => (j, best[j].Item1, best[j].Item2))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.j).ToList();
    }
}

/// <summary>
/// How sure is a cascade answer? Central value, 5–95 % interval over the assumed ranges, Monte Carlo error, and
/// the parameters that drive each output (Sobol or Morris, with the one-at-a-time swing for a tornado chart).
/// </summary>
public static class CascadeSensitivity
{
    /// <summary>
    /// Runs the independent cascade from <paramref name="sources"/> as a function of the probability ranges in
    /// <paramref name="space"/> (see <see cref="LiveEdgeCascadeModel"/>) and analyses every output vertex.
    /// </summary>
    /// <remarks>Three passes over one model (one set of live-edge samples): <see cref="UncertaintyIntervals"/>,
    /// <see cref="OneAtATimeSwing"/>, then <see cref="SobolAnalysis"/> or <see cref="MorrisScreening"/>. Identical
    /// bytes for any thread count.</remarks>
    /// <param name="space">Probability ranges resolved on the dependency graph.</param>
    /// <param name="sources">Failed vertices.</param>
    /// <param name="outputs">Output vertices.</param>
    /// <param name="options">Settings.</param>
    /// <param name="progress">Told of completed global-method evaluations.</param>
    /// <param name="ct">Cancels.</param>
    public static CascadeSensitivityResult Run(ParameterSpace space, IReadOnlyList<int> sources, IReadOnlyList<int> outputs,
        SensitivityOptions options, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        Preconditions.NotNull(space, nameof(space));
        Preconditions.NotNull(options, nameof(options));
        var model = new LiveEdgeCascadeModel(space, sources, outputs, options.Runs, options.Seed);
        var inputs = space.UnitDistributions;
        int threads = options.MaxDegreeOfParallelism, k = space.Count, m = outputs.Count;
        var central = model.Evaluate(space.CentralUnits());
        var intervals = k > 0 ? UncertaintyIntervals.Run(model, inputs, options.IntervalSamples, options.Seed, threads, ct) : null;
        var swing = OneAtATimeSwing.Run(model, inputs, threads, ct);
        SobolResult? sobol = null;
        MorrisResult? morris = null;
        long evaluations = 0;
        if (k > 0 && options.Method == SensitivityMethod.Sobol)
        {
            sobol = SobolAnalysis.Run(model, inputs, new SobolOptions
            {
                Samples = options.Samples, Seed = options.Seed, Bootstrap = options.Bootstrap, MaxDegreeOfParallelism = threads,
            }, progress, ct);
            evaluations = sobol.Evaluations;
        }
        else if (k > 0)
        {
            int r = options.Samples == SobolOptions.DefaultSamples ? 50 : options.Samples;
            morris = MorrisScreening.Run(model, inputs, r, 4, options.Seed, threads, ct);
            evaluations = morris.Evaluations;
        }
        var result = new OutputSensitivity[m];
        for (int o = 0; o < m; o++)
        {
            var drivers = new Driver[k];
            for (int j = 0; j < k; j++)
            {
                var s = sobol?.Outputs[o].Indices[j];
                var e = morris?.Effects[o][j];
                drivers[j] = new Driver(j, s?.FirstOrder ?? double.NaN, s?.Total ?? double.NaN, s?.Ci95Total ?? new Interval(double.NaN, double.NaN),
                    e?.MuStar ?? double.NaN, e?.Sigma ?? double.NaN, swing.AtLow[j][o], swing.AtHigh[j][o]);
            }
            var sorted = drivers.OrderByDescending(d => d.Importance).ThenBy(d => d.Parameter).ToArray();
            var iv = intervals?.Outputs[o].Interval90 ?? new Interval(central[o], central[o]);
            result[o] = new OutputSensitivity(outputs[o], central[o], model.StandardError(central[o]), iv, sorted);
        }
        return new CascadeSensitivityResult(space, [.. sources], options, evaluations, result);
    }
}
