namespace Depgraph.Analysis.Selection;

/// <summary>A node whose id or name contains the text searched for.</summary>
/// <param name="Vertex">The vertex.</param>
/// <param name="Sector">Its (first) sector, or -1.</param>
public sealed record NodeMatch(int Vertex, int Sector);
