using Depgraph.Analysis.Reach;

namespace Depgraph.Reporting.Report;

/// <summary>Section 2: who receives an alert from the source, and how fast (from <see cref="ReachAnalysis.Run"/>).</summary>
/// <param name="Root">The source.</param>
/// <param name="Layer">The edge layer name, e.g. <c>shares_with:provide</c>.</param>
/// <param name="NodeCount">Nodes of the graph.</param>
/// <param name="ReachedCount">Nodes reached (the source included).</param>
/// <param name="ReachedMembers">Members reached.</param>
/// <param name="TotalMembers">All members.</param>
/// <param name="ByUnit">Members reached per unit, in the order of <see cref="OverviewSection.MembersByUnit"/>.</param>
/// <param name="Milestones">Members reached within 1 h, 4 h and 24 h (当日中).</param>
/// <param name="LastMemberHours">Earliest arrival at the last member reached; null when none is reached.</param>
/// <param name="Curve">The time-to-reach curve: cumulative members against hours.</param>
/// <param name="NotReachedByKind">Nodes not reached per kind token, in kind order.</param>
/// <param name="NotReached">Nodes not reached, by kind then id (ordinal).</param>
/// <param name="NotReachedAddressed">Nodes not reached although the flow is addressed to them: each has at least one incoming
/// link in the layer (someone is meant to pass information to it). The real gaps of the flow.</param>
/// <param name="CountedThroughAggregate">Named members not reached as nodes, counted in an aggregate member node that is reached
/// (attribute <c>included_in</c>).</param>
/// <param name="NotInFlowByKind">The other nodes not reached, per kind: no link of the layer leads to them (e.g. a CEPTOAR's
/// secretariat or an ISAC, linked by other relations), so they are not part of this flow.</param>
/// <param name="DelaysAreAssumed">True when edge delays are assumed planning figures (the curated dataset's channel defaults).</param>
public sealed record ReachSection(
    NodeRef Root,
    string Layer,
    int NodeCount,
    int ReachedCount,
    long ReachedMembers,
    long TotalMembers,
    IReadOnlyList<UnitCoverage> ByUnit,
    IReadOnlyList<ReachMilestone> Milestones,
    double? LastMemberHours,
    IReadOnlyList<ArrivalPoint> Curve,
    IReadOnlyList<(string Kind, int Count)> NotReachedByKind,
    IReadOnlyList<NodeRef> NotReached,
    bool DelaysAreAssumed,
    IReadOnlyList<NodeRef> NotReachedAddressed,
    IReadOnlyList<NodeRef> CountedThroughAggregate,
    IReadOnlyList<(string Kind, int Count)> NotInFlowByKind)
{
    /// <summary>Nodes among <see cref="ReachedCount"/> reached only through a conditional hand-over (水道's relay 「内容に応じ」).</summary>
    public IReadOnlyList<NodeRef> Conditional { get; init; } = [];

    /// <summary>Outside recipients (構成員以外の情報展開先) by unit: reached for certain, reached only conditionally (apart), total; empty when the graph has none.</summary>
    public IReadOnlyList<UnitCoverage> OutsideByUnit { get; init; } = [];

    /// <summary>ReachedMembers / TotalMembers (0 when there are no members).</summary>
    public double Share => TotalMembers > 0 ? (double)ReachedMembers / TotalMembers : 0;
}
