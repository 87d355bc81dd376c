namespace Depgraph.Reporting.Report;

/// <summary>One link's failure and what the source loses (from <see cref="Depgraph.Analysis.Resilience.LinkImpact"/>).</summary>
/// <param name="From">The link's tail.</param>
/// <param name="To">The link's head.</param>
/// <param name="ReachLost">Nodes no longer reached.</param>
/// <param name="MembersLost">Members no longer reached.</param>
public sealed record LinkImpactRow(NodeRef From, NodeRef To, int ReachLost, long MembersLost);
