using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>The inputs of the report's charts, mapped from the analysis results (see <see cref="ReportCharts"/>).</summary>
/// <param name="Coverage">Members per CEPTOAR grouped by sector.</param>
/// <param name="Reach">The time-to-reach curve; null when the graph has no members.</param>
/// <param name="Impacts">Every organisation whose failure cuts anyone off (the chart draws the top 15).</param>
/// <param name="Redundancy">Vertex-disjoint routes to each CEPTOAR.</param>
/// <param name="Dependency">The sector × sector dependency strengths (row dependant, column supplier); null without sectors.</param>
/// <param name="Cascade">Failure probability per sector after the first simulated outage; null when propagation is not available.</param>
/// <param name="Network">The layered network with single points of failure marked.</param>
/// <param name="Tornado">One result's swing over each assumed range (one-at-a-time); null without ranged assumptions.</param>
public sealed record ReportChartData(
    IReadOnlyList<CeptoarMembers> Coverage,
    ReachCurve? Reach,
    IReadOnlyList<NodeImpactBar> Impacts,
    IReadOnlyList<CeptoarRedundancy> Redundancy,
    DependencyMatrix? Dependency,
    CascadeChartData? Cascade,
    NetworkDiagram Network,
    TornadoData? Tornado = null)
{
    /// <summary>Sobol indices of one result over every ranged assumption (<see cref="SobolChart"/>); null without ranged assumptions or when not computed.</summary>
    public SobolData? Sobol { get; init; }
}

/// <summary>The input of the report's tornado chart (<see cref="TornadoChart"/>).</summary>
/// <param name="Result">What the result is.</param>
/// <param name="Central">The result at the written values.</param>
/// <param name="Drivers">The assumptions with their swings (Sobol indices NaN: not computed for the report).</param>
public sealed record TornadoData(LocalizedName Result, double Central, IReadOnlyList<SensitivityDriver> Drivers);

/// <summary>The input of the report's Sobol chart (<see cref="SobolChart"/>) and what its caption states.</summary>
/// <param name="Result">What the result is, e.g. P(金融 fails | 電力 outage).</param>
/// <param name="Drivers">Every ranged assumption with its first-order and total index and their bootstrap intervals.</param>
/// <param name="Samples">Base sample size N of the estimator (N·(k + 2) model evaluations for k assumptions).</param>
/// <param name="Runs">Live-edge cascade runs per evaluation (common random numbers).</param>
/// <param name="Bootstrap">Bootstrap resamples behind the 95 % intervals.</param>
/// <param name="IsAssumption">True when the ranges varied are assumptions (decided from the provenance of the dependency edges).</param>
public sealed record SobolData(LocalizedName Result, IReadOnlyList<SensitivityDriver> Drivers, int Samples, int Runs, int Bootstrap, bool IsAssumption);
