namespace Depgraph.Analysis.Comparison;

/// <summary>What the failure of one node cuts off from the source.</summary>
/// <param name="Nodes">Other nodes no longer reached.</param>
/// <param name="Members">Member organisations among them (sum of member weights).</param>
/// <param name="OutsideRecipients">Outside recipients (構成員以外の情報展開先) among them.</param>
public readonly record struct ImpactCounts(int Nodes, long Members, int OutsideRecipients);
