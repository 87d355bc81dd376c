namespace Depgraph.Reporting.Charts;

/// <summary>One bar of <see cref="CeptoarCoverageChart"/>: the members a CEPTOAR covers.</summary>
/// <param name="Sector">The sector (分野), e.g. 「金融」/"Finance".</param>
/// <param name="Ceptoar">The CEPTOAR, e.g. 「銀行等CEPTOAR」.</param>
/// <param name="Members">Members covered (all units added up; must be ≥ 0).</param>
/// <param name="Parts">Members by unit when units mix (<see cref="UnitParts.Checked"/>): the bar's label then shows them,
/// 「279（272 社、7 機関）」, and the axis says 延べ組織数; null otherwise.</param>
public sealed record CeptoarMembers(LocalizedName Sector, LocalizedName Ceptoar, long Members, IReadOnlyList<MemberCount>? Parts = null);
