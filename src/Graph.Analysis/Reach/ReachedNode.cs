namespace Depgraph.Analysis.Reach;

/// <summary>A vertex an alert reaches.</summary>
/// <param name="Vertex">Vertex index.</param>
/// <param name="Hops">Fewest hand-overs from a source (breadth-first search); 0 for a source.</param>
/// <param name="ArrivalHours">Earliest arrival in hours (Dijkstra), possibly along a path with more hops; 0 for a source.</param>
/// <param name="Conditional">True when every path from the sources to it crosses a conditional edge
/// (<see cref="ReachOptions.ConditionalEdges"/>): the vertex receives the alert only when the condition holds.</param>
public sealed record ReachedNode(int Vertex, int Hops, double ArrivalHours, bool Conditional = false);
