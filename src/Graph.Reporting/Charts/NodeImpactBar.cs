namespace Depgraph.Reporting.Charts;

/// <summary>One organisation's failure impact for <see cref="NodeImpactChart"/>.</summary>
/// <param name="Name">The organisation.</param>
/// <param name="MembersLost">Member organisations cut off (no longer reached) if it fails (≥ 0).</param>
/// <param name="ReachLost">Nodes (organisations) no longer reached if it fails (≥ 0).</param>
/// <param name="OutsideRecipientsLost">Outside recipients (構成員以外の情報展開先) cut off if it fails (≥ 0), drawn as a bar of its
/// own, never added to the members.</param>
public sealed record NodeImpactBar(LocalizedName Name, long MembersLost, int ReachLost, long OutsideRecipientsLost = 0)
{
    /// <summary>The members lost by unit when units mix (<see cref="UnitParts.Checked"/>): the label shows them; null otherwise.</summary>
    public IReadOnlyList<MemberCount>? Parts { get; init; }
}
