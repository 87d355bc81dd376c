namespace Depgraph.Reporting.Report;

/// <summary>How many members have an alert within <paramref name="Hours"/> of its issue.</summary>
/// <param name="Hours">Hours after the alert (1, 4 and 24 in the report).</param>
/// <param name="Members">Members reached by then.</param>
/// <param name="Share">Members / all members (0 when the graph has none).</param>
public sealed record ReachMilestone(double Hours, long Members, double Share);
