namespace Depgraph.Analysis.Reach;

/// <summary>Member-weighted coverage: how many member organisations the reached vertices stand for.</summary>
/// <param name="ReachedMembers">Sum of <see cref="Depgraph.Core.Compact.CompactGraph.MemberWeight"/> over vertices reached for certain.</param>
/// <param name="TotalMembers">Sum over all vertices.</param>
/// <param name="Share">ReachedMembers / TotalMembers, 0 when the graph has no members.</param>
/// <param name="ByUnit">Per unit, sorted by total (descending) then unit (ordinal).</param>
/// <param name="ConditionalMembers">Members on vertices reached only through a conditional edge (not in <paramref name="ReachedMembers"/>).</param>
public sealed record MemberCoverage(long ReachedMembers, long TotalMembers, double Share, IReadOnlyList<UnitCoverage> ByUnit, long ConditionalMembers = 0);
