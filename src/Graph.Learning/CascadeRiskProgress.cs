namespace Depgraph.Learning;

/// <summary>Progress of <see cref="CascadeRiskModel.Train"/>.</summary>
/// <param name="Stage"><c>features</c>, <c>simulate</c> (Monte Carlo from the sampled sources) or <c>train</c>.</param>
/// <param name="Completed">Units of the stage done (sources simulated; 0 or 1 otherwise).</param>
/// <param name="Total">Units of the stage.</param>
public sealed record CascadeRiskProgress(string Stage, int Completed, int Total)
{
    /// <summary>Completed share of the stage in [0, 1].</summary>
    public double Fraction => Total == 0 ? 1 : (double)Completed / Total;
}
