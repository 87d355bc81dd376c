namespace Depgraph.Reporting.Report;

/// <summary>One link's failure and what the source loses (from <see cref="Depgraph.Analysis.Resilience.LinkImpact"/>).</summary>
/// <param name="From">The link's tail.</param>
/// <param name="To">The link's head.</param>
/// <param name="ReachLost">Nodes no longer reached.</param>
/// <param name="MembersLost">Members no longer reached.</param>
/// <param name="MembersByUnit">The members cut off, by unit (empty on a graph without units).</param>
/// <param name="OutsideRecipientsLost">Outside recipients (構成員以外の情報展開先) cut off, total over units; never added to the members.</param>
/// <param name="OutsideByUnit">The outside recipients cut off, by unit.</param>
public sealed record LinkImpactRow(NodeRef From, NodeRef To, int ReachLost, long MembersLost, IReadOnlyList<Depgraph.Core.Model.MemberCount> MembersByUnit,
    long OutsideRecipientsLost, IReadOnlyList<Depgraph.Core.Model.MemberCount> OutsideByUnit)
{
    /// <summary>
    /// The part of <see cref="OutsideByUnit"/> (and of <see cref="OutsideRecipientsLost"/>) that the source reaches only under a
    /// condition (「内容に応じ」), by unit; the report shows it apart, marked 「（条件付き）」, never summed into the certain count.
    /// </summary>
    public IReadOnlyList<Depgraph.Core.Model.MemberCount> ConditionalOutsideByUnit { get; init; } = [];
}
