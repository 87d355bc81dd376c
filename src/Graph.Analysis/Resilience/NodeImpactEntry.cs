namespace Depgraph.Analysis.Resilience;

/// <summary>What the loss of one vertex costs the source: see <see cref="NodeImpact"/>.</summary>
/// <param name="Vertex">The failing vertex.</param>
/// <param name="ReachLost">Number of other vertices the source no longer reaches when <paramref name="Vertex"/> fails.</param>
/// <param name="MembersLost">Sum of <c>MemberWeight</c> over those vertices (member organisations cut off).</param>
/// <param name="OutsideRecipientsLost">Sum of <c>OutsideRecipientWeight</c> over those vertices (構成員以外の情報展開先 cut off,
/// e.g. the 1,189 事業体 that 水道CEPTOAR構成員 relay to); counted apart from the members, never added to them.</param>
public sealed record NodeImpactEntry(int Vertex, int ReachLost, long MembersLost, long OutsideRecipientsLost = 0);
