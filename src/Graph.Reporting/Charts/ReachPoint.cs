namespace Depgraph.Reporting.Charts;

/// <summary>One step of a reach curve: by <paramref name="Hours"/> after NISC issues an alert, <paramref name="CumulativeMembers"/> member organisations have it.</summary>
/// <param name="Hours">Hours after the alert (≥ 0).</param>
/// <param name="CumulativeMembers">Members reached by then, cumulative (≥ 0).</param>
public readonly record struct ReachPoint(double Hours, long CumulativeMembers);
