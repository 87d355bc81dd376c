namespace Depgraph.Analysis.Reach;

/// <summary>The answer to "who receives an alert from these sources, how soon, and how many members is that".</summary>
/// <param name="Sources">The distinct sources, in input order.</param>
/// <param name="Reached">Reached vertices (sources included), sorted by arrival, then hops, then id (ordinal); those reached
/// only through a conditional edge are flagged <see cref="ReachedNode.Conditional"/>.</param>
/// <param name="NotReached">The other vertices, sorted by id (ordinal).</param>
/// <param name="Coverage">Member-weighted coverage of <paramref name="Reached"/>, certain and conditional apart.</param>
/// <param name="OutsideRecipients">Outside recipients (<see cref="Depgraph.Core.Model.NodeKind.External"/> vertices with counts)
/// by unit, certain and conditional apart; empty when the graph has none.</param>
public sealed record ReachResult(IReadOnlyList<int> Sources, IReadOnlyList<ReachedNode> Reached, IReadOnlyList<int> NotReached, MemberCoverage Coverage,
    IReadOnlyList<UnitCoverage>? OutsideRecipients = null)
{
    /// <summary>The vertices reached only through a conditional edge, in <see cref="Reached"/> order.</summary>
    public IEnumerable<ReachedNode> Conditional => Reached.Where(r => r.Conditional);
}
