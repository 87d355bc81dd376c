namespace Depgraph.Analysis.Cascade;

/// <summary>Result of a deterministic linear threshold cascade.</summary>
/// <param name="Sources">The distinct sources, in input order.</param>
/// <param name="Threshold">The threshold used.</param>
/// <param name="Failed">Failed vertices: sources first (by id, ordinal), then by hours, step, id (ordinal).</param>
public sealed record ThresholdCascadeResult(IReadOnlyList<int> Sources, double Threshold, IReadOnlyList<FailedNode> Failed);
