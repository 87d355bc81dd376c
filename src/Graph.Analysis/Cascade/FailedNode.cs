namespace Depgraph.Analysis.Cascade;

/// <summary>A vertex that fails in a threshold cascade.</summary>
/// <param name="Vertex">Vertex index.</param>
/// <param name="Step">0 for a source; otherwise 1 + the largest step among the suppliers whose failures had reached it when it failed.</param>
/// <param name="Hours">Time of failure in hours (0 for a source).</param>
public sealed record FailedNode(int Vertex, int Step, double Hours);
