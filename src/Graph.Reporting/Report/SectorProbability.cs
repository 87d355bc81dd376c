namespace Depgraph.Reporting.Report;

/// <summary>How often a sector failed in the Monte Carlo cascade, with its Wilson interval.</summary>
/// <param name="Sector">The sector.</param>
/// <param name="Failures">Runs in which it failed.</param>
/// <param name="Probability">Failures / runs (exactly <c>MonteCarloCascadeResult.FailureProbability</c>).</param>
/// <param name="Low">Lower end of the 95 % Wilson interval.</param>
/// <param name="High">Upper end of the 95 % Wilson interval.</param>
public sealed record SectorProbability(NodeRef Sector, long Failures, double Probability, double Low, double High);
