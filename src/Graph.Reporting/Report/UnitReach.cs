namespace Depgraph.Reporting.Report;

/// <summary>Members of one unit reached (member nodes only; recipients outside the membership are not members).</summary>
/// <param name="Unit">The unit as the source writes it (社, 市区町村 …; <c>member</c> for member nodes without counts).</param>
/// <param name="Reached">Members in this unit that receive the alert.</param>
/// <param name="Total">Members in this unit.</param>
public sealed record UnitReach(string Unit, long Reached, long Total);
