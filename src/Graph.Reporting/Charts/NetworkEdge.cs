namespace Depgraph.Reporting.Charts;

/// <summary>A link of the <see cref="NetworkChart"/> drawing between two node ids (drawn as a line; direction is not shown).</summary>
/// <param name="From">Id of one end, usually the upper layer.</param>
/// <param name="To">Id of the other end.</param>
public readonly record struct NetworkEdge(string From, string To);
