namespace Depgraph.Analysis.Cascade;

/// <summary>Progress of a Monte Carlo cascade.</summary>
/// <param name="CompletedRuns">Runs finished so far.</param>
/// <param name="TotalRuns">Runs requested.</param>
public sealed record CascadeProgress(int CompletedRuns, int TotalRuns)
{
    /// <summary>Completed share in [0, 1].</summary>
    public double Fraction => TotalRuns == 0 ? 1 : (double)CompletedRuns / TotalRuns;
}
