namespace Depgraph.Reporting.Charts;

/// <summary>One sector's failure probability with its Monte Carlo interval, for <see cref="CascadeChart"/>.</summary>
/// <param name="Sector">The sector.</param>
/// <param name="Probability">Estimated probability that the sector fails (0–1).</param>
/// <param name="Low">Lower end of the interval (0 ≤ Low ≤ Probability).</param>
/// <param name="High">Upper end of the interval (Probability ≤ High ≤ 1).</param>
public sealed record SectorFailureProbability(LocalizedName Sector, double Probability, double Low, double High);
