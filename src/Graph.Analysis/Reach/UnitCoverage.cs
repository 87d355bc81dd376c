namespace Depgraph.Analysis.Reach;

/// <summary>Members reached in one unit (社, 団体, 市区町村 …).</summary>
/// <param name="Unit">The unit as the source writes it; <c>member</c> for plain member nodes without counts.</param>
/// <param name="Reached">Members in this unit held by reached vertices.</param>
/// <param name="Total">Members in this unit in the whole graph.</param>
public sealed record UnitCoverage(string Unit, long Reached, long Total);
