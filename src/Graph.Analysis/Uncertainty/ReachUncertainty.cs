using Depgraph.Core;

namespace Depgraph.Analysis.Uncertainty;

/// <summary>The spread of one arrival time over the assumed delay ranges.</summary>
/// <param name="Central">Earliest arrival (hours) at the written delays; +∞ when not reached.</param>
/// <param name="Interval90">5th–95th percentile over the parameter sets (both +∞ when not reached).</param>
public sealed record ArrivalUncertainty(double Central, Interval Interval90);

/// <summary>Result of <see cref="ReachUncertainty.Run"/>.</summary>
/// <param name="Space">The varied parameters (only delay ranges act).</param>
/// <param name="Sources">Where the alert starts.</param>
/// <param name="Samples">Parameter sets sampled.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Nodes">One per vertex, by vertex index.</param>
/// <param name="Targets">When every target vertex is reached (the latest of their arrivals), or null when no targets were given.</param>
public sealed record ReachUncertaintyResult(ParameterSpace Space, IReadOnlyList<int> Sources, int Samples, int Seed,
    IReadOnlyList<ArrivalUncertainty> Nodes, ArrivalUncertainty? Targets);

/// <summary>
/// Earliest arrival under delay uncertainty: per vertex, the arrival hours at the written delays and the 5–95 %
/// interval over the assumed delay ranges, and the same for "every target reached" (the latest arrival among a set,
/// e.g. all 金融 members).
/// </summary>
/// <remarks>
/// <para><b>Method.</b> Latin-hypercube parameter sets (<see cref="UncertaintyIntervals"/>), each a Dijkstra run with
/// the sampled delays substituted (<see cref="ArrivalTimeModel"/>); the targets' latest arrival is taken per set, then its
/// percentiles. Deterministic (no Monte Carlo error: arrival is a shortest path), O(Samples · (n + m) log n).</para>
/// <para><b>Example.</b> s → a → t with delays uniform on [1, 3] and [2, 6]: t's central arrival is 6 h, its interval
/// about [4.3, 7.7] h.</para>
/// <para>Identical for any number of threads.</para>
/// </remarks>
public static class ReachUncertainty
{
    /// <summary>Runs the analysis.</summary>
    /// <param name="space">Delay ranges resolved on the information graph.</param>
    /// <param name="sources">Where the alert starts (hour 0).</param>
    /// <param name="targets">Vertices that must all be reached, or null.</param>
    /// <param name="samples">Parameter sets, ≥ 2.</param>
    /// <param name="seed">Seed.</param>
    /// <param name="threads">Worker threads; does not change the result.</param>
    /// <param name="ct">Cancels.</param>
    /// <exception cref="ArgumentOutOfRangeException">A vertex is out of range or <paramref name="samples"/> &lt; 2.</exception>
    public static ReachUncertaintyResult Run(ParameterSpace space, IReadOnlyList<int> sources, IReadOnlyList<int>? targets,
        int samples = UncertaintyIntervals.DefaultSamples, int seed = 42, int threads = 1, CancellationToken ct = default)
    {
        Preconditions.NotNull(space, nameof(space));
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 2);
        int n = space.Graph.NodeCount;
        var model = new ArrivalTimeModel(space, sources, Enumerable.Range(0, n).ToArray());
        var central = model.CreateEvaluator();
        var c = new double[n];
        central.Evaluate(space.CentralUnits(), c);
        var t = targets?.Distinct().ToArray();
        if (t is not null) foreach (int v in t) Preconditions.ValidVertex(v, n, nameof(targets));
        var nodes = new ArrivalUncertainty[n];
        ArrivalUncertainty? latest = null;
        if (space.Count == 0)
        {
            for (int v = 0; v < n; v++) nodes[v] = new ArrivalUncertainty(c[v], new Interval(c[v], c[v]));
            if (t is not null) { double l = Latest(c, t); latest = new ArrivalUncertainty(l, new Interval(l, l)); }
        }
        else
        {
            var r = UncertaintyIntervals.Run(model, space.UnitDistributions, samples, seed, threads, ct);
            for (int v = 0; v < n; v++)
                nodes[v] = new ArrivalUncertainty(c[v], double.IsPositiveInfinity(c[v])
                    ? new Interval(double.PositiveInfinity, double.PositiveInfinity) : r.Outputs[v].Interval90);
            if (t is not null)
            {
                var col = new double[samples];
                for (int i = 0; i < samples; i++) col[i] = Latest(r.Values.AsSpan(i * n, n), t);
                Array.Sort(col);
                double l = Latest(c, t);
                latest = new ArrivalUncertainty(l, double.IsPositiveInfinity(l)
                    ? new Interval(double.PositiveInfinity, double.PositiveInfinity)
                    : new Interval(SobolAnalysis.Quantile(col, 0.05), SobolAnalysis.Quantile(col, 0.95)));
            }
        }
        return new ReachUncertaintyResult(space, GraphGuards.Sources(space.Graph, sources), samples, seed, nodes, latest);
    }

    private static double Latest(ReadOnlySpan<double> arrival, int[] targets)
    {
        double max = 0;
        foreach (int v in targets) max = Math.Max(max, arrival[v]);
        return max;
    }
}
