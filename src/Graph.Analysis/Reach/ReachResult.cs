namespace Depgraph.Analysis.Reach;

/// <summary>The answer to "who receives an alert from these sources, how soon, and how many members is that".</summary>
/// <param name="Sources">The distinct sources, in input order.</param>
/// <param name="Reached">Reached vertices (sources included), sorted by arrival, then hops, then id (ordinal).</param>
/// <param name="NotReached">The other vertices, sorted by id (ordinal).</param>
/// <param name="Coverage">Member-weighted coverage of <paramref name="Reached"/>.</param>
public sealed record ReachResult(IReadOnlyList<int> Sources, IReadOnlyList<ReachedNode> Reached, IReadOnlyList<int> NotReached, MemberCoverage Coverage);
