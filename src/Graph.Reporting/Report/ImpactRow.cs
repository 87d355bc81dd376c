namespace Depgraph.Reporting.Report;

/// <summary>One organisation's failure and what the source loses (from <see cref="Depgraph.Analysis.Resilience.NodeImpact"/>).</summary>
/// <param name="Node">The failing organisation.</param>
/// <param name="ReachLost">Other nodes no longer reached.</param>
/// <param name="MembersLost">Members no longer reached.</param>
/// <param name="MembersByUnit">The members cut off, by unit (empty on a graph without units); their total is <paramref name="MembersLost"/>.</param>
/// <param name="OutsideRecipientsLost">Outside recipients (構成員以外の情報展開先) cut off, total over units; never added to the members.</param>
/// <param name="OutsideByUnit">The outside recipients cut off, by unit.</param>
public sealed record ImpactRow(NodeRef Node, int ReachLost, long MembersLost, IReadOnlyList<Depgraph.Core.Model.MemberCount> MembersByUnit,
    long OutsideRecipientsLost, IReadOnlyList<Depgraph.Core.Model.MemberCount> OutsideByUnit)
{
    /// <summary>
    /// The part of <see cref="OutsideByUnit"/> (and of <see cref="OutsideRecipientsLost"/>) that the source reaches only under a
    /// condition (「内容に応じ」), by unit; the report shows it apart, marked 「（条件付き）」, never summed into the certain count.
    /// </summary>
    public IReadOnlyList<Depgraph.Core.Model.MemberCount> ConditionalOutsideByUnit { get; init; } = [];
}
