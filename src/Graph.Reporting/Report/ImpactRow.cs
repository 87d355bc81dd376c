namespace Depgraph.Reporting.Report;

/// <summary>One organisation's failure and what the source loses (from <see cref="Depgraph.Analysis.Resilience.NodeImpact"/>).</summary>
/// <param name="Node">The failing organisation.</param>
/// <param name="ReachLost">Other nodes no longer reached.</param>
/// <param name="MembersLost">Members no longer reached.</param>
public sealed record ImpactRow(NodeRef Node, int ReachLost, long MembersLost);
