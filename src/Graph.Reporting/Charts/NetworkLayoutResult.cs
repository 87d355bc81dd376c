namespace Depgraph.Reporting.Charts;

/// <summary>The output of <see cref="NetworkLayout.Compute"/>.</summary>
/// <param name="Nodes">Placed nodes, by layer then left to right.</param>
/// <param name="Edges">Links as index pairs into <paramref name="Nodes"/> (deduplicated, smaller index first, sorted).</param>
public sealed record NetworkLayoutResult(IReadOnlyList<PlacedNode> Nodes, IReadOnlyList<(int A, int B)> Edges);
