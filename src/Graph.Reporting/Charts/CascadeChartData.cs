namespace Depgraph.Reporting.Charts;

/// <summary>Input of <see cref="CascadeChart"/>: per-sector failure probabilities after an outage of <paramref name="Origin"/>.</summary>
/// <param name="Origin">The sector whose outage starts the cascade, e.g. 「電力」/"electricity".</param>
/// <param name="Sectors">One row per sector.</param>
/// <param name="Runs">Monte Carlo runs behind the estimates (&gt; 0), shown in the footnote.</param>
/// <param name="IntervalLevel">Coverage of the [Low, High] interval, e.g. 0.95 (0 &lt; level &lt; 1).</param>
/// <param name="IsAssumption">True while the dependency strengths are assumptions: the title gets 「（仮定）」 and a footnote.</param>
public sealed record CascadeChartData(
    LocalizedName Origin,
    IReadOnlyList<SectorFailureProbability> Sectors,
    int Runs,
    double IntervalLevel = 0.95,
    bool IsAssumption = true);
