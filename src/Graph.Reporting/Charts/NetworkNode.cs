namespace Depgraph.Reporting.Charts;

/// <summary>A node of the <see cref="NetworkChart"/> drawing.</summary>
/// <param name="Id">Unique id (ordinal comparison), e.g. "nisc", "ceptoar:bank".</param>
/// <param name="Layer">Layer index from the top: 0 NISC, 1 ministries, 2 CEPTOARs, 3 member groups (≥ 0).</param>
/// <param name="Name">Display name.</param>
/// <param name="Members">Size value: member organisations the node stands for (≥ 0); drawn on a log scale. For NISC or a ministry, pass the members it reaches.</param>
/// <param name="IsSpof">True if the node is a single point of failure (drawn with a vermillion ring).</param>
public sealed record NetworkNode(string Id, int Layer, LocalizedName Name, long Members, bool IsSpof);
