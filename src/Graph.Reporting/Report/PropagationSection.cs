namespace Depgraph.Reporting.Report;

/// <summary>Section 4: how failures propagate over the dependency layer.</summary>
/// <param name="Available">False when the graph lacks the sectors or dependencies the section needs; then only <paramref name="Note"/> is set.</param>
/// <param name="Note">Why the section is left out (English; the writers print their own localized note).</param>
/// <param name="Layer">The edge layer name, e.g. <c>depends_on,supplies</c>.</param>
/// <param name="IsAssumption">True while any dependency edge rests on an assumption: every table and chart of the section says so.</param>
/// <param name="Runs">Monte Carlo runs per outage.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Outcomes">One Monte Carlo result per simulated outage.</param>
/// <param name="Threshold">Threshold of the linear-threshold cascade.</param>
/// <param name="ThresholdFailed">Sectors that fail in the deterministic linear-threshold cascade from the first origin, with their hour of failure, in order of failure.</param>
/// <param name="PathFrom">Start of the listed paths.</param>
/// <param name="PathTo">End of the listed paths.</param>
/// <param name="Paths">The k shortest paths, fastest first.</param>
/// <param name="DependencyEdgeCount">Dependency edges between sectors (non-zero cells of the matrix).</param>
/// <param name="Uncertainty">Intervals over the assumed ranges and the assumptions that drive the results; null when no dependency probability has a range.</param>
public sealed partial record PropagationSection(
    bool Available,
    string? Note,
    string Layer,
    bool IsAssumption,
    int Runs,
    int Seed,
    IReadOnlyList<CascadeOutcome> Outcomes,
    double Threshold,
    IReadOnlyList<(NodeRef Sector, double Hours)> ThresholdFailed,
    NodeRef? PathFrom,
    NodeRef? PathTo,
    IReadOnlyList<PathRow> Paths,
    int DependencyEdgeCount,
    PropagationUncertainty? Uncertainty = null);
