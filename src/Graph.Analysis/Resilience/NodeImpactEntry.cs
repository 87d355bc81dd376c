namespace Depgraph.Analysis.Resilience;

/// <summary>What the loss of one vertex costs the source: see <see cref="NodeImpact"/>.</summary>
/// <param name="Vertex">The failing vertex.</param>
/// <param name="ReachLost">Number of other vertices the source no longer reaches when <paramref name="Vertex"/> fails.</param>
/// <param name="MembersLost">Sum of <c>MemberWeight</c> over those vertices (member organisations cut off).</param>
public sealed record NodeImpactEntry(int Vertex, int ReachLost, long MembersLost);
