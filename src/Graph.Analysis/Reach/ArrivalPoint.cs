namespace Depgraph.Analysis.Reach;

/// <summary>One step of the "time to reach" curve.</summary>
/// <param name="Hours">Hours after the alert leaves the sources.</param>
/// <param name="Members">Members reached by then (cumulative).</param>
/// <param name="Share">Members / all members of the graph (0 when it has none).</param>
public sealed record ArrivalPoint(double Hours, long Members, double Share);
