namespace Depgraph.Analysis.Reach;

/// <summary>Members (or outside recipients) reached in one unit (社, 団体, 市区町村 …).</summary>
/// <param name="Unit">The unit as the source writes it; <c>member</c> for plain member nodes without counts.</param>
/// <param name="Reached">Counted on vertices reached for certain.</param>
/// <param name="Total">In this unit in the whole graph.</param>
/// <param name="Conditional">Counted on vertices reached only through a conditional edge; not part of <paramref name="Reached"/>.</param>
public sealed record UnitCoverage(string Unit, long Reached, long Total, long Conditional = 0);
