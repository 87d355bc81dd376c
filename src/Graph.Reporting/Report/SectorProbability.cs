using Depgraph.Analysis.Cascade;

namespace Depgraph.Reporting.Report;

/// <summary>How often a sector failed in the Monte Carlo cascade, with its Wilson interval.</summary>
/// <param name="Sector">The sector.</param>
/// <param name="Failures">Runs in which it failed.</param>
/// <param name="Probability">Failures / runs (exactly <c>MonteCarloCascadeResult.FailureProbability</c>).</param>
/// <param name="Low">Lower end of the 95 % Wilson interval.</param>
/// <param name="High">Upper end of the 95 % Wilson interval.</param>
public sealed record SectorProbability(NodeRef Sector, long Failures, double Probability, double Low, double High)
{
    /// <summary>
    /// Vertex <paramref name="vertex"/>'s failure frequency in a Monte Carlo cascade with its 95 % Wilson interval
    /// (<see cref="WilsonInterval"/>): the one place where report, charts and notebooks turn a simulated frequency into an interval.
    /// </summary>
    /// <param name="sector">The names of the vertex.</param>
    /// <param name="result">The Monte Carlo result.</param>
    /// <param name="vertex">The vertex in the simulated graph.</param>
    /// <returns>The frequency and its interval, the interval widened to contain the frequency.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="vertex"/> is not a vertex of the result.</exception>
    public static SectorProbability Of(NodeRef sector, MonteCarloCascadeResult result, int vertex)
    {
        ArgumentNullException.ThrowIfNull(sector);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(vertex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(vertex, result.FailureProbability.Length);
        double p = result.FailureProbability[vertex];
        long failures = (long)Math.Round(p * result.Runs); // FailureProbability is failures / runs
        (double low, double high) = WilsonInterval.Compute(failures, result.Runs);
        return new SectorProbability(sector, failures, p, Math.Min(low, p), Math.Max(high, p));
    }
}
