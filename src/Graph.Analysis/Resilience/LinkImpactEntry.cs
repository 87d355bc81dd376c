namespace Depgraph.Analysis.Resilience;

/// <summary>What the loss of one link costs the source: see <see cref="LinkImpact"/>.</summary>
/// <param name="Source">The link's tail vertex.</param>
/// <param name="Target">The link's head vertex.</param>
/// <param name="ReachLost">Number of vertices the source no longer reaches when every Source→Target edge fails (Target included when it is cut off).</param>
/// <param name="MembersLost">Sum of <c>MemberWeight</c> over those vertices.</param>
/// <param name="OutsideRecipientsLost">Sum of <c>OutsideRecipientWeight</c> over those vertices (構成員以外の情報展開先), apart from the members.</param>
public sealed record LinkImpactEntry(int Source, int Target, int ReachLost, long MembersLost, long OutsideRecipientsLost = 0);
